import Foundation
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineSynthetic
import Timelines

/// The shown-in-full measure of issue 9: the share of events whose own label shows the
/// whole title (see ``LayoutGeometry/eventsShownInFull``).
///
///     swift run -c release timeline-bench --shown-in-full
enum ShownInFull {
  static func share(_ layout: TimelineLayoutResult, events: Int) -> Double {
    events > 0 ? Double(layout.geometry.eventsShownInFull) / Double(events) : 1
  }

  /// Prints one line per example in `seeds/` and per random set, at the default width.
  static func run() {
    let renderer = TimelineRenderer()
    let folder = URL(fileURLWithPath: "seeds")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".yaml") }.sorted()
    for name in names {
      let url = folder.appendingPathComponent(name)
      guard let data = try? Data(contentsOf: url),
        let timeline = try? TimelineLoader.load(data: data, fileName: url.path).timeline
      else { continue }
      report(name, timeline: timeline, renderer: renderer)
    }
    for (count, seed) in [(15, 1), (30, 2), (45, 3), (60, 4), (100, 5), (300, 6)] {
      var rng = SplitMix64(seed: UInt64(seed))
      report("random \(count) events", timeline: SyntheticTimeline.make(events: count, using: &rng), renderer: renderer)
    }
  }

  private static func report(_ name: String, timeline: Timeline, renderer: TimelineRenderer) {
    let layout = renderer.layout(timeline)
    let share = Self.share(layout, events: timeline.events.count)
    let canvas = "\(Int(layout.scene.width)) × \(Int(layout.scene.height))"
    let percent = String(format: "%5.1f %%", share * 100)
    print("\(percent)  \(timeline.events.count) events  \(canvas)  \(name)")
  }
}
