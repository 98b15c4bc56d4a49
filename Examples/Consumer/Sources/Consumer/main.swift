import Foundation
import Timelines

// A timeline built in code…
let built = Timeline(
  title: "Apollo 11",
  timezone: "UTC",
  events: [
    Event(index: 0, time: .point(EventDate(year: 1969, month: 7, day: 16)), title: "Launch"),
    Event(
      index: 1,
      time: .range(start: EventDate(year: 1969, month: 7, day: 20), end: EventDate(year: 1969, month: 7, day: 21)),
      title: "On the Moon"),
    Event(index: 2, time: .point(EventDate(year: 1969, month: 7, day: 24)), title: "Splashdown"),
  ])

// …and one loaded from YAML (a file's bytes would do the same), with every problem reported.
let yaml = """
  title: Kazakhstan's January 2022 protests
  events:
    - { date: 2022-01-02, title: Protests break out over LPG prices }
    - { start: 2022-01-05, end: 2022-01-19, title: State of emergency }
  """
let loaded = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "events.yaml")
for warning in loaded.warnings { print(warning) }

let renderer = TimelineRenderer(layout: LayoutOptions(width: 1200), render: RenderOptions(scale: 2))
let png = try renderer.render(built, as: .png)  // Data; nothing touches the disk
let svg = try renderer.render(loaded.timeline, as: .svg)
print("PNG: \(png.count) bytes, SVG: \(svg.count) bytes")
