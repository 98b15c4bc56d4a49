import Foundation
import PangoText
import TimelineRendering
import TimelineSynthetic
import Timelines

/// `timeline-bench --layout-only N [--runs R]`: the layout of N generated events alone, the way the
/// default set measures it (empty measurement cache each run), for profiling one stage under
/// `valgrind --tool=callgrind` or `perf` without the rest of the suite.
enum LayoutOnly {
  static func run(events: Int, runs: Int) {
    var generator = SplitMix64(seed: UInt64(events))
    let timeline = SyntheticTimeline.make(events: events, using: &generator)
    let renderer = TimelineRenderer()
    let measurement = Measurement.time("synthetic.\(events).layout", runs: runs) {
      PangoTextMeasurer.forgetMeasurements()
      _ = renderer.layout(timeline)
    }
    print(measurement.json)
  }
}
