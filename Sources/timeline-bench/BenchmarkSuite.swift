import Foundation
import PangoText
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineScene
import TimelineSynthetic

/// The benchmarks: the seed in-process and as a whole process, and layout and rendering of
/// generated timelines of growing size.
struct BenchmarkSuite {
  var runs: Int

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
    results.append(Measurement.time("seed.layout", runs: runs) { _ = renderer.layout(seed) })
    for format in OutputFormat.allCases {
      results.append(
        Measurement.time("seed.render.\(format.rawValue)", runs: runs) { _ = try? renderer.render(seed, as: format) })
    }
    if let process = wholeProcess() { results.append(process) }
    for size in [10, 100, 1000, 10_000, 100_000] {
      var rng = SplitMix64(seed: UInt64(size))
      let timeline = SyntheticTimeline.make(events: size, using: &rng)
      results.append(Measurement.time("synthetic.\(size).layout", runs: runs) { _ = renderer.layout(timeline) })
      guard size <= 10_000 else { continue }
      let scene = renderer.layout(timeline).scene
      let name = "synthetic.\(size).render.png (\(Int(scene.width))x\(Int(scene.height)))"
      do {
        _ = try SceneRendering.render(scene, as: .png, options: renderer.renderOptions)
        results.append(
          Measurement.time(name, runs: runs) {
            _ = try? SceneRendering.render(scene, as: .png, options: renderer.renderOptions)
          })
      } catch {
        FileHandle.standardError.write(Data("timeline-bench: \(name): \(error)\n".utf8))
      }
    }
    let lines = results.map { "    " + $0.json }.joined(separator: ",\n")
    print("{\n  \"machine\": \(MachineInfo.json),\n  \"results\": [\n\(lines)\n  ]\n}")
  }

  /// The demo (seed to PNG, SVG and PDF) as a whole process, if the `timeline` binary sits
  /// next to this one.
  private func wholeProcess() -> Measurement? {
    let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let binary = bench.deletingLastPathComponent().appendingPathComponent("timeline")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else { return nil }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return Measurement.time("seed.demo.process.png+svg+pdf", runs: runs) {
      let process = Process()
      process.executableURL = binary
      process.currentDirectoryURL = folder
      process.standardOutput = FileHandle.nullDevice
      try? process.run()
      process.waitUntilExit()
    }
  }
}
