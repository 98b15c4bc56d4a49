import Foundation
import PangoText
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineScene
import TimelineSynthetic
import Timelines

/// The benchmarks of issue 5: the seed to PNG+SVG in-process and as a whole process; layout
/// and rendering of 10 to 10,000 generated events; batch throughput over 1,000 seed-size
/// files; peak memory of whole processes.
struct BenchmarkSuite {
  var runs: Int
  /// Leave out the batch over 1,000 files (about a minute).
  var skipBatch = false

  func run() {
    var results: [Measurement] = []
    let seedURL = URL(fileURLWithPath: "seeds/kazakhstan-2022.yaml")
    guard let data = try? Data(contentsOf: seedURL),
      let seed = try? TimelineLoader.load(data: data, fileName: seedURL.path).timeline
    else {
      FileHandle.standardError.write(Data("timeline-bench: run from the repository root (seeds/ not found)\n".utf8))
      exit(66)
    }
    let renderer = TimelineRenderer()
    results.append(
      Measurement.time("seed.load", runs: runs) { _ = try? TimelineLoader.load(data: data, fileName: "s") })
    // Layouts are timed with an empty measurement cache, as the first layout of a process runs.
    results.append(
      Measurement.time("seed.layout", runs: runs) {
        PangoTextMeasurer.forgetMeasurements()
        _ = renderer.layout(seed)
      })
    for format in OutputFormat.allCases {
      results.append(
        Measurement.time("seed.render.\(format.rawValue)", runs: runs) { _ = try? renderer.render(seed, as: format) })
    }
    results.append(
      Measurement.time("seed.in-process.png+svg (load, layout, both formats)", runs: runs) {
        PangoTextMeasurer.forgetMeasurements()
        guard let loaded = try? TimelineLoader.load(data: data, fileName: "seed.yaml") else { return }
        let scene = renderer.layout(loaded.timeline).scene
        _ = try? SceneRendering.render(scene, as: .png, options: renderer.renderOptions)
        _ = try? SceneRendering.render(scene, as: .svg, options: renderer.renderOptions)
      })
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-bench-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let binary = Self.timelineBinary
    if let binary {
      results += wholeProcess(
        "seed.process.png+svg", binary: binary,
        arguments: ["render", seedURL.path, "-o", "\(scratch)/seed.png", "-o", "\(scratch)/seed.svg"], in: scratch)
    }
    for size in [10, 100, 1000, 10_000] {
      var rng = SplitMix64(seed: UInt64(size))
      let timeline = SyntheticTimeline.make(events: size, using: &rng)
      results.append(
        Measurement.time("synthetic.\(size).layout", runs: runs) {
          PangoTextMeasurer.forgetMeasurements()
          _ = renderer.layout(timeline)
        })
      let scene = renderer.layout(timeline).scene
      results.append(
        Measurement.time("synthetic.\(size).render.png+svg (\(Int(scene.width))x\(Int(scene.height)))", runs: runs) {
          _ = try? SceneRendering.render(scene, as: .png, options: renderer.renderOptions)
          _ = try? SceneRendering.render(scene, as: .svg, options: renderer.renderOptions)
        })
      if let binary, size == 10_000 {
        let file = "\(scratch)/synthetic-\(size).yaml"
        try? Data(SyntheticEventFile.yaml(timeline).utf8).write(to: URL(fileURLWithPath: file))
        results += wholeProcess(
          "synthetic.\(size).process.png+svg", binary: binary,
          arguments: ["render", file, "-o", "\(scratch)/s.png", "-o", "\(scratch)/s.svg"], in: scratch)
      }
    }
    if let binary, !skipBatch {
      results += batch(binary: binary, seed: data, scratch: scratch)
    }
    let lines = results.map { "    " + $0.json }.joined(separator: ",\n")
    print("{\n  \"machine\": \(MachineInfo.json),\n  \"results\": [\n\(lines)\n  ]\n}")
  }

  /// The `timeline` binary next to this one, if built.
  static var timelineBinary: String? {
    let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let binary = bench.deletingLastPathComponent().appendingPathComponent("timeline").path
    return FileManager.default.isExecutableFile(atPath: binary) ? binary : nil
  }

  /// A whole `timeline` process: wall time and peak memory, medians over the runs.
  private func wholeProcess(_ name: String, binary: String, arguments: [String], in folder: String) -> [Measurement] {
    _ = ChildProcess.run(binary, arguments, in: folder)
    let outcomes = (0..<runs).compactMap { _ in ChildProcess.run(binary, arguments, in: folder) }
    guard outcomes.allSatisfy({ $0.status == 0 }) else {
      FileHandle.standardError.write(Data("timeline-bench: \(name) failed\n".utf8))
      return []
    }
    return [
      Measurement(name: name, samples: outcomes.map(\.milliseconds)),
      Measurement(name: "\(name) peak memory", samples: outcomes.map(\.peakMiB), unit: "MiB"),
    ]
  }

  /// `timeline batch` over 1,000 copies of the seed (each with its own title, so no two are
  /// alike) to PNG and SVG, with `--force` so every run renders every file.
  private func batch(binary: String, seed: Data, scratch: String) -> [Measurement] {
    let count = 1000
    let text = String(decoding: seed, as: UTF8.self)
    for index in 0..<count {
      let folder = "\(scratch)/batch/in/part-\(index / 100)"
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let copy = text.replacingOccurrences(
        of: "title: Kazakhstan’s January 2022 protests", with: "title: Kazakhstan’s January 2022 protests (\(index))")
      try? Data(copy.utf8).write(to: URL(fileURLWithPath: "\(folder)/seed-\(index).yaml"))
    }
    let arguments = ["batch", "in", "--out", "out", "-T", "png,svg", "--force"]
    let runs = max(1, min(self.runs, 3))
    let outcomes = (0..<runs).compactMap { _ in ChildProcess.run(binary, arguments, in: "\(scratch)/batch") }
    guard outcomes.count == runs, outcomes.allSatisfy({ $0.status == 0 }) else {
      FileHandle.standardError.write(Data("timeline-bench: batch failed\n".utf8))
      return []
    }
    return [
      Measurement(name: "batch.1000-seed-copies.png+svg", samples: outcomes.map(\.milliseconds)),
      Measurement(
        name: "batch.1000-seed-copies.png+svg throughput",
        samples: outcomes.map { Double(count) / ($0.milliseconds / 1000) },
        unit: "files/s"),
    ]
  }
}
