import Foundation
import Timelines

// A timeline built in code: events are numbered in order, colours and zones are checked values…
var built = Timeline(
  title: "Apollo 11",
  categories: [Category(id: "flight", label: "Flight", hexColor: try HexColor("#0072b2"))],
  events: [
    Event(time: .point(EventDate(year: 1969, month: 7, day: 16)), title: "Launch", category: "flight"),
    Event(
      time: .range(start: EventDate(year: 1969, month: 7, day: 20), end: EventDate(year: 1969, month: 7, day: 21)),
      title: "On the Moon"),
    Event(time: .point(EventDate(year: 1969, month: 7, day: 24)), title: "Splashdown", category: "flight"),
  ])
built.zone = try TimeZoneName("America/New_York")
for problem in built.validate() { print(problem) }  // none: warnings and errors, as for a file

// …and one loaded from YAML (a file's bytes would do the same), with every problem reported.
let yaml = """
  title: Kazakhstan's January 2022 protests
  events:
    - { date: 2022-01-02, title: Protests break out over LPG prices }
    - { start: 2022-01-05, end: 2022-01-19, title: State of emergency }
  """
let loaded = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "events.yaml")
for warning in loaded.warnings { print(warning) }

// What the command's options do: a 170 mm column at 300 dpi; limits are checked, not clamped.
let layout = LayoutOptions(width: try Length(parsing: "170mm").pixels)
try layout.check()
let renderer = TimelineRenderer(layout: layout, render: try RenderOptions(dpi: 300))
let png = try renderer.render(built, as: .png)  // Data; nothing touches the disk
let svg = try renderer.render(loaded.timeline, as: .svg)
print("PNG: \(png.count) bytes, SVG: \(svg.count) bytes")

// The alt text and the layout as JSON (`--alt-text`, `-o layout.json`), and the file format's schema.
let laidOut = renderer.layout(built)
print(AltText.summary(of: built))
print("layout: \(LayoutExport.json(laidOut, timeline: built).count) bytes, schema: \(TimelineSchema.data.count) bytes")
