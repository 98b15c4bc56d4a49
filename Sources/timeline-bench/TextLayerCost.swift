import Foundation
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineScene
import Timelines

/// What the SVG text layer of issue 11 costs: the size of the SVG and the median time to
/// render it from a laid-out scene, with and without the layer, the two timed in alternation so
/// that the machine's drift falls on both.
///
///     swift run -c release timeline-bench --text-layer-cost [--runs 21]
struct TextLayerCost {
  var runs: Int

  func run() {
    let cases: [(String, Orientation)] = [
      ("seeds/kazakhstan-2022.yaml", .horizontal), ("seeds/software-releases.yaml", .horizontal),
      ("seeds/software-releases.yaml", .vertical),
    ]
    for (path, orientation) in cases {
      guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)),
        let timeline = try? TimelineLoader.load(data: data, fileName: path).timeline
      else {
        FileHandle.standardError.write(Data("timeline-bench: run from the repository root (\(path) not found)\n".utf8))
        exit(66)
      }
      var renderer = TimelineRenderer()
      renderer.layoutOptions.orientation = orientation
      let scene = renderer.layout(timeline).scene
      var with = RenderOptions()
      with.svgTextLayer = true
      var without = with
      without.svgTextLayer = false
      let sizes = [with, without].map { (try? SceneRendering.render(scene, as: .svg, options: $0).count) ?? 0 }
      var samples: [[Double]] = [[], []]
      for _ in 0...runs {
        for (index, options) in [with, without].enumerated() {
          let start = DispatchTime.now().uptimeNanoseconds
          _ = try? SceneRendering.render(scene, as: .svg, options: options)
          samples[index].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
      }
      // The first round warms up.
      let medians = samples.map { Measurement(name: "", samples: Array($0.dropFirst())).median }
      print(
        "{\"file\": \"\(path)\", \"orientation\": \"\(orientation)\", \"events\": \(timeline.events.count), \"text_runs\": \(scene.textRuns.count), "
          + "\"svg_bytes_with_layer\": \(sizes[0]), \"svg_bytes_without\": \(sizes[1]), "
          + "\"median_ms_with_layer\": \(Measurement.format(medians[0])), "
          + "\"median_ms_without\": \(Measurement.format(medians[1])), \"runs\": \(runs)}")
    }
  }
}
