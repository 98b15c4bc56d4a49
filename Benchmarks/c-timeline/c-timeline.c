/*
 * c-timeline: the plain C comparison program of issue 13.
 *
 * Draws a timeline with cairo and Pango (pangocairo) and a deliberately naive layout, the way
 * one would write it by hand: a title, a horizontal time axis with evenly spaced day ticks,
 * periods as translucent bands, ranges as bars in round-robin lanes below the axis, points as
 * dots on stems with their titles in round-robin rows above it (wrapped to 220 px, at most
 * three lines, ellipsized). Every item is drawn once into an image surface, written with
 * cairo's own PNG writer (cairo_surface_write_to_png), and once into cairo's SVG surface.
 *
 * Input: the TSV that `timeline-bench --versus-c` (or `--write-c-input`) writes from our own
 * model of an event file, so both programs draw the same events on the same canvas:
 *
 *     WIDTH <tab> HEIGHT <tab> TITLE
 *     KIND <tab> START <tab> END <tab> #RRGGBB <tab> TITLE      (one line per item)
 *
 * KIND is P (point), R (range) or B (band: a period); START and END are seconds since
 * 1970-01-01 on the timeline's wall clock (our AxisTime).
 *
 * Usage:
 *     c-timeline IN.tsv OUT            writes OUT.png and OUT.svg (one render per process)
 *     c-timeline IN1.tsv OUT1 IN2.tsv OUT2 ...   the loop mode: every pair in one process
 *
 * Built by scripts/build-c-timeline.sh (gcc -O2 and pkg-config pangocairo).
 */
#include <cairo-svg.h>
#include <cairo.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
  char kind;
  double start, end;
  double r, g, b;
  char *title;
} Item;

typedef struct {
  int width, height;
  char *title;
  Item *items;
  size_t count;
} Chart;

static void fail(const char *what, const char *detail) {
  fprintf(stderr, "c-timeline: %s: %s\n", what, detail);
  exit(1);
}

/* Splits `line` at tabs into at most `max` fields (in place); returns how many. */
static int split_tabs(char *line, char **fields, int max) {
  int n = 0;
  char *p = line;
  while (n < max) {
    fields[n++] = p;
    char *tab = strchr(p, '\t');
    if (!tab) break;
    *tab = '\0';
    p = tab + 1;
  }
  char *nl = strpbrk(fields[n - 1], "\r\n");
  if (nl) *nl = '\0';
  return n;
}

static Chart read_chart(const char *path) {
  FILE *file = fopen(path, "r");
  if (!file) fail("cannot open", path);
  Chart chart = {0};
  size_t capacity = 64;
  chart.items = malloc(capacity * sizeof(Item));
  char *line = NULL;
  size_t size = 0;
  char *fields[5];
  if (getline(&line, &size, file) < 0 || split_tabs(line, fields, 3) != 3) fail("bad header", path);
  chart.width = atoi(fields[0]);
  chart.height = atoi(fields[1]);
  chart.title = strdup(fields[2]);
  while (getline(&line, &size, file) >= 0) {
    if (split_tabs(line, fields, 5) != 5) continue;
    if (chart.count == capacity) {
      capacity *= 2;
      chart.items = realloc(chart.items, capacity * sizeof(Item));
    }
    Item *item = &chart.items[chart.count++];
    item->kind = fields[0][0];
    item->start = strtod(fields[1], NULL);
    item->end = strtod(fields[2], NULL);
    unsigned rgb = (unsigned)strtoul(fields[3] + 1, NULL, 16);
    item->r = ((rgb >> 16) & 0xFF) / 255.0;
    item->g = ((rgb >> 8) & 0xFF) / 255.0;
    item->b = (rgb & 0xFF) / 255.0;
    item->title = strdup(fields[4]);
  }
  free(line);
  fclose(file);
  if (chart.width <= 0 || chart.height <= 0) fail("bad canvas size", path);
  return chart;
}

static void free_chart(Chart *chart) {
  for (size_t i = 0; i < chart->count; i++) free(chart->items[i].title);
  free(chart->items);
  free(chart->title);
}

static void show_text(cairo_t *cr, PangoLayout *layout, const char *text, double x, double y, int width) {
  pango_layout_set_text(layout, text, -1);
  pango_layout_set_width(layout, width > 0 ? width * PANGO_SCALE : -1);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
}

/* The whole drawing: the same calls for the image and the SVG surface. */
static void draw(cairo_t *cr, const Chart *chart) {
  const double margin = 40, axis_y = chart->height * 0.55;
  const int label_rows = 6, lanes = 8, label_width = 220;
  double first = INFINITY, last = -INFINITY;
  for (size_t i = 0; i < chart->count; i++) {
    first = fmin(first, chart->items[i].start);
    last = fmax(last, chart->items[i].end);
  }
  if (!(last > first)) last = first + 86400;
  double scale = (chart->width - 2 * margin) / (last - first);
#define X(t) (margin + ((t) - first) * scale)

  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);

  PangoLayout *layout = pango_cairo_create_layout(cr);
  PangoFontDescription *title_font = pango_font_description_from_string("Inter, DejaVu Sans Bold 22px");
  PangoFontDescription *label_font = pango_font_description_from_string("Inter, DejaVu Sans 13px");
  PangoFontDescription *tick_font = pango_font_description_from_string("Inter, DejaVu Sans 11px");
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height(layout, -3);

  cairo_set_source_rgb(cr, 0.1, 0.1, 0.12);
  pango_layout_set_font_description(layout, title_font);
  show_text(cr, layout, chart->title, margin, 16, chart->width - 2 * (int)margin);

  /* Periods: translucent bands over the whole plot, titled at the top. */
  pango_layout_set_font_description(layout, label_font);
  for (size_t i = 0; i < chart->count; i++) {
    const Item *item = &chart->items[i];
    if (item->kind != 'B') continue;
    cairo_set_source_rgba(cr, 0.5, 0.5, 0.55, 0.15);
    cairo_rectangle(cr, X(item->start), 64, fmax(1, X(item->end) - X(item->start)), chart->height - 104);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.4);
    show_text(cr, layout, item->title, X(item->start) + 4, 66, label_width);
  }

  /* The axis and ten ticks labelled with their dates. */
  cairo_set_source_rgb(cr, 0.2, 0.2, 0.25);
  cairo_set_line_width(cr, 2);
  cairo_move_to(cr, margin, axis_y);
  cairo_line_to(cr, chart->width - margin, axis_y);
  cairo_stroke(cr);
  pango_layout_set_font_description(layout, tick_font);
  for (int tick = 0; tick <= 10; tick++) {
    double t = first + (last - first) * tick / 10.0;
    time_t seconds = (time_t)floor(t);
    struct tm when;
    gmtime_r(&seconds, &when);
    char text[32];
    strftime(text, sizeof text, "%Y-%m-%d", &when);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, X(t), axis_y - 4);
    cairo_line_to(cr, X(t), axis_y + 4);
    cairo_stroke(cr);
    show_text(cr, layout, text, X(t) - 30, axis_y + 8, -1);
  }

  /* Ranges: bars in round-robin lanes below the axis, titled inside. */
  pango_layout_set_font_description(layout, label_font);
  size_t range_index = 0, point_index = 0;
  for (size_t i = 0; i < chart->count; i++) {
    const Item *item = &chart->items[i];
    if (item->kind != 'R') continue;
    double y = axis_y + 30 + (range_index++ % lanes) * 26;
    double x = X(item->start), w = fmax(4, X(item->end) - x);
    cairo_set_source_rgb(cr, item->r, item->g, item->b);
    cairo_rectangle(cr, x, y, w, 20);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    pango_layout_set_height(layout, -1);
    show_text(cr, layout, item->title, x + 4, y + 2, (int)fmax(20, w - 8));
    pango_layout_set_height(layout, -3);
  }

  /* Points: a dot on the axis, a stem up to the title in one of the rows above. */
  double row_height = (axis_y - 110) / label_rows;
  for (size_t i = 0; i < chart->count; i++) {
    const Item *item = &chart->items[i];
    if (item->kind != 'P') continue;
    double x = X(item->start);
    double y = 100 + (point_index++ % label_rows) * row_height;
    cairo_set_source_rgb(cr, item->r, item->g, item->b);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, x, axis_y);
    cairo_line_to(cr, x, y);
    cairo_stroke(cr);
    cairo_arc(cr, x, axis_y, 5, 0, 2 * M_PI);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.12);
    show_text(cr, layout, item->title, x + 4, y, label_width);
  }
#undef X
  pango_font_description_free(title_font);
  pango_font_description_free(label_font);
  pango_font_description_free(tick_font);
  g_object_unref(layout);
}

static void render(const char *input, const char *output) {
  Chart chart = read_chart(input);
  size_t length = strlen(output);
  char *path = malloc(length + 5);

  cairo_surface_t *image = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, chart.width, chart.height);
  cairo_t *cr = cairo_create(image);
  draw(cr, &chart);
  cairo_destroy(cr);
  sprintf(path, "%s.png", output);
  if (cairo_surface_write_to_png(image, path) != CAIRO_STATUS_SUCCESS) fail("cannot write", path);
  cairo_surface_destroy(image);

  sprintf(path, "%s.svg", output);
  cairo_surface_t *svg = cairo_svg_surface_create(path, chart.width, chart.height);
  cr = cairo_create(svg);
  draw(cr, &chart);
  cairo_destroy(cr);
  cairo_surface_finish(svg);
  if (cairo_surface_status(svg) != CAIRO_STATUS_SUCCESS) fail("cannot write", path);
  cairo_surface_destroy(svg);

  free(path);
  free_chart(&chart);
}

int main(int argc, char **argv) {
  if (argc < 3 || argc % 2 == 0) {
    fprintf(stderr, "usage: c-timeline IN.tsv OUT [IN2.tsv OUT2 ...]   (writes OUT.png and OUT.svg)\n");
    return 64;
  }
  for (int i = 1; i + 1 < argc; i += 2) render(argv[i], argv[i + 1]);
  return 0;
}
