/*
 * png-levers: issue 13's measurement of PNG encoding choices on decoded example images.
 *
 * Reads an opaque PNG (cairo decodes it), filters its RGB pixels the way a strategy says,
 * compresses with libdeflate's zlib writer at a level, and prints the compressed size and the
 * CPU time per encode (best of REPEATS). Run under `valgrind --tool=callgrind` for instruction
 * counts. The strategies:
 *   sad3   None/Sub/Up by the smallest sum of absolute differences, a row equal to the one above
 *          written as Up without looking (what PNGEncoding does today)
 *   up     Up for every row
 *   sub    Sub for every row
 *   subup  Up when the row equals the one above, otherwise Sub
 *   sad2   Sub/Up by the smallest sum of absolute differences (no None)
 *
 *     png-levers IMAGE.png STRATEGY LEVEL [REPEATS]
 *
 * Built by: gcc -O2 -o .build/png-levers Benchmarks/png-levers/png-levers.c \
 *             $(pkg-config --cflags --libs cairo libdeflate)
 */
#include <cairo.h>
#include <libdeflate.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int magnitude(unsigned char v) { return v < 128 ? v : 256 - v; }

static void filter(const unsigned char *px, int w, int h, const char *strategy, unsigned char *out) {
  size_t row = (size_t)w * 3;
  static const unsigned char zeros[1 << 16];
  for (int y = 0; y < h; y++) {
    const unsigned char *cur = px + y * row;
    const unsigned char *prev = y > 0 ? cur - row : zeros;
    unsigned char *o = out + y * (row + 1);
    int same = y > 0 && memcmp(cur, prev, row) == 0;
    int type;
    if (!strcmp(strategy, "up")) type = 2;
    else if (!strcmp(strategy, "sub")) type = 1;
    else if (!strcmp(strategy, "subup")) type = same ? 2 : 1;
    else if (same) type = 2;
    else {
      long none = 0, sub = 0, up = 0;
      for (size_t i = 0; i < row; i++) {
        none += magnitude(cur[i]);
        sub += magnitude(cur[i] - (i >= 3 ? cur[i - 3] : 0));
        up += magnitude(cur[i] - prev[i]);
      }
      if (!strcmp(strategy, "sad2")) type = up <= sub ? 2 : 1;
      else type = (up <= sub && up <= none) ? 2 : (sub <= none ? 1 : 0);
    }
    o[0] = (unsigned char)type;
    for (size_t i = 0; i < row; i++) {
      unsigned char left = i >= 3 ? cur[i - 3] : 0;
      o[1 + i] = type == 0 ? cur[i] : type == 1 ? (unsigned char)(cur[i] - left) : (unsigned char)(cur[i] - prev[i]);
    }
  }
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: png-levers IMAGE.png STRATEGY LEVEL [REPEATS]\n");
    return 64;
  }
  cairo_surface_t *image = cairo_image_surface_create_from_png(argv[1]);
  if (cairo_surface_status(image) != CAIRO_STATUS_SUCCESS) return 66;
  int w = cairo_image_surface_get_width(image), h = cairo_image_surface_get_height(image);
  int stride = cairo_image_surface_get_stride(image);
  const unsigned char *argb = cairo_image_surface_get_data(image);
  int level = atoi(argv[3]), repeats = argc > 4 ? atoi(argv[4]) : 5;
  const char *strategy = argv[2];
  size_t size = (size_t)w * h * 3, filtered = (size_t)h * (w * 3 + 1);
  unsigned char *px = malloc(size), *buffer = malloc(filtered);
  for (int y = 0; y < h; y++) {
    const unsigned int *row = (const unsigned int *)(argb + (size_t)y * stride);
    for (int x = 0; x < w; x++) {
      unsigned char *o = px + ((size_t)y * w + x) * 3;
      o[0] = (unsigned char)(row[x] >> 16);
      o[1] = (unsigned char)(row[x] >> 8);
      o[2] = (unsigned char)row[x];
    }
  }
  struct libdeflate_compressor *c = libdeflate_alloc_compressor(level);
  size_t bound = libdeflate_zlib_compress_bound(c, filtered), written = 0;
  unsigned char *out = malloc(bound);
  double best = 1e9;
  for (int r = 0; r < repeats; r++) {
    struct timespec a, b;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
    filter(px, w, h, strategy, buffer);
    written = libdeflate_zlib_compress(c, buffer, filtered, out, bound);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
    double ms = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
    if (ms < best) best = ms;
  }
  printf("%s\t%s\tlevel %d\t%zu bytes\t%.2f ms\n", argv[1], strategy, level, written, best);
  cairo_surface_destroy(image);
  return 0;
}
