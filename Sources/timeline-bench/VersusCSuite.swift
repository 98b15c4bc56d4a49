import Foundation
import PangoText
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineScene
import TimelineSynthetic
import Timelines

/// Issue 13's comparison with a plain C program (`Benchmarks/c-timeline`, cairo + Pango, a naive
/// layout, cairo's own PNG writer and SVG surface), every row measured in one run, the two
/// programs alternating so that a busy minute of the machine slows both:
///
/// 1. the seed to PNG + SVG as a whole process (median of `runs`, at least 9), target ≤ 0.65×;
/// 2. seed-size files to PNG + SVG: `timeline batch -j 2` against the C program's loop over the
///    same files in one process, targets ≥ 100 files/s and ≥ 5×;
/// 3. 10,000 events to PNG + SVG, whole process: time and peak memory, targets < 0.4 s, < 100 MB;
/// 4. 1,000 / 10,000 / 100,000 events laid out and drawn in-process (the 10,000-event input
///    limit applies to files, not to a `Timeline` built in memory), time per n·log₂n.
struct VersusCSuite {
  var runs: Int
  /// The `timeline` binary to measure (a `--static-swift-stdlib` build, say); by default the
  /// one next to this bench.
  var timelineBinary: String?
  /// How many seed-size files the batch row renders.
  var batchFiles = 150

  /// The C program, built by `scripts/build-c-timeline.sh` (run here when missing).
  static let cBinary = ".build/c-timeline"

  func run() {
    let loadAtStart = loadAverage
    // Absolute, since the batch runs in its own folder.
    let given = timelineBinary.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    guard let binary = given ?? BenchmarkSuite.timelineBinary else {
      fail("build the timeline binary first: swift build -c release")
    }
    let cBinary = FileManager.default.currentDirectoryPath + "/" + Self.cBinary
    if !FileManager.default.isExecutableFile(atPath: cBinary) {
      _ = ChildProcess.run("/bin/bash", ["scripts/build-c-timeline.sh"], in: ".")
    }
    guard FileManager.default.isExecutableFile(atPath: cBinary) else {
      fail("cannot build \(Self.cBinary): run scripts/build-c-timeline.sh (needs gcc and libpango1.0-dev)")
    }
    let seedURL = URL(fileURLWithPath: "seeds/kazakhstan-2022.yaml")
    guard let data = try? Data(contentsOf: seedURL),
      let seed = try? TimelineLoader.load(data: data, fileName: seedURL.path).timeline
    else { fail("run from the repository root (seeds/ not found)") }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-versus-c-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let renderer = TimelineRenderer()
    var rows: [String] = []

    // 1. The seed, one process each.
    let seedScene = renderer.layout(seed).scene
    write(
      CComparisonInput.tsv(seed, width: Int(seedScene.width), height: Int(seedScene.height)), to: "\(scratch)/seed.tsv")
    let seedRuns = max(9, runs)
    let (ours, theirs) = interleaved(
      runs: seedRuns,
      (binary, ["render", seedURL.path, "-o", "\(scratch)/seed.png", "-o", "\(scratch)/seed.svg"]),
      (cBinary, ["\(scratch)/seed.tsv", "\(scratch)/seed-c"]))
    let seedRatio = ours.medianMs / theirs.medianMs
    rows.append(
      row(
        "seed PNG+SVG, whole process (median of \(seedRuns))",
        ours: "\(ms(ours.medianMs)) ms (CPU \(ms(ours.medianCPUMs)))",
        c: "\(ms(theirs.medianMs)) ms (CPU \(ms(theirs.medianCPUMs)))",
        ratio: "\(two(seedRatio))× (target ≤ 0.65×; CPU \(two(ours.medianCPUMs / theirs.medianCPUMs))×)",
        met: seedRatio <= 0.65))

    // 2. Seed-size files: our batch with two workers, the C program's loop in one process.
    let text = String(decoding: data, as: UTF8.self)
    var pairs: [String] = []
    for index in 0..<batchFiles {
      let folder = "\(scratch)/batch/in/part-\(index / 50)"
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let title = "Kazakhstan’s January 2022 protests (\(index))"
      write(
        text.replacingOccurrences(of: "title: Kazakhstan’s January 2022 protests", with: "title: \(title)"),
        to: "\(folder)/seed-\(index).yaml")
      var copy = seed
      copy.title = title
      let tsv = "\(scratch)/batch/c/seed-\(index).tsv"
      try? FileManager.default.createDirectory(atPath: "\(scratch)/batch/c", withIntermediateDirectories: true)
      write(CComparisonInput.tsv(copy, width: Int(seedScene.width), height: Int(seedScene.height)), to: tsv)
      pairs += [tsv, "\(scratch)/batch/c/seed-\(index)"]
    }
    let batchRuns = max(3, min(runs, 5))
    let (batch, loop) = interleaved(
      runs: batchRuns, folder: "\(scratch)/batch",
      (binary, ["batch", "in", "--out", "out", "-T", "png,svg", "--force", "-j", "2"]), (cBinary, pairs))
    let ourRate = Double(batchFiles) / (batch.medianMs / 1000)
    let cRate = Double(batchFiles) / (loop.medianMs / 1000)
    rows.append(
      row(
        "\(batchFiles) seed-size files PNG+SVG (median of \(batchRuns))",
        ours: "\(one(ourRate)) files/s (batch -j 2; CPU \(ms(batch.medianCPUMs / Double(batchFiles))) ms a file)",
        c: "\(one(cRate)) renders/s (one process; CPU \(ms(loop.medianCPUMs / Double(batchFiles))) ms a file)",
        ratio: "\(two(ourRate / cRate))× (targets ≥ 100 files/s, ≥ 5×)", met: ourRate >= 100 && ourRate >= 5 * cRate))

    // 3. 10,000 events, one process each.
    var rng = SplitMix64(seed: 10_000)
    let big = SyntheticTimeline.make(events: 10_000, using: &rng)
    let bigScene = renderer.layout(big).scene
    write(SyntheticEventFile.yaml(big), to: "\(scratch)/big.yaml")
    write(CComparisonInput.tsv(big, width: Int(bigScene.width), height: Int(bigScene.height)), to: "\(scratch)/big.tsv")
    let bigRuns = max(5, min(runs, 9))
    let (bigOurs, bigTheirs) = interleaved(
      runs: bigRuns,
      (binary, ["render", "\(scratch)/big.yaml", "-o", "\(scratch)/big.png", "-o", "\(scratch)/big.svg"]),
      (cBinary, ["\(scratch)/big.tsv", "\(scratch)/big-c"]))
    rows.append(
      row(
        "10,000 events PNG+SVG, whole process (median of \(bigRuns))",
        ours: "\(ms(bigOurs.medianMs)) ms (CPU \(ms(bigOurs.medianCPUMs))), \(one(bigOurs.medianMiB)) MiB",
        c: "\(ms(bigTheirs.medianMs)) ms (CPU \(ms(bigTheirs.medianCPUMs))), \(one(bigTheirs.medianMiB)) MiB",
        ratio: "\(two(bigOurs.medianMs / bigTheirs.medianMs))× (targets < 400 ms, < 100 MB)",
        met: bigOurs.medianMs < 400 && bigOurs.medianMiB * 1.048_576 < 100))

    // 3b. 100,000 events, one process, the input limits raised tenfold for the benchmark.
    var hugeRng = SplitMix64(seed: 100_000)
    let huge = SyntheticTimeline.make(events: 100_000, using: &hugeRng)
    write(SyntheticEventFile.yaml(huge), to: "\(scratch)/huge.yaml")
    setenv("TIMELINE_BENCHMARK_LIMITS", "10", 1)
    let hugeRun = ChildProcess.run(
      binary, ["render", "\(scratch)/huge.yaml", "-o", "\(scratch)/huge.png", "-o", "\(scratch)/huge.svg"], in: ".")
    unsetenv("TIMELINE_BENCHMARK_LIMITS")
    if let hugeRun, hugeRun.status == 0 {
      let growth = hugeRun.milliseconds / bigOurs.medianMs
      let nLogNGrowth = 100_000 * log2(100_000.0) / (10_000 * log2(10_000.0))
      rows.append(
        row(
          "100,000 events PNG+SVG, whole process (TIMELINE_BENCHMARK_LIMITS=10, one run)",
          ours: "\(ms(hugeRun.milliseconds)) ms (CPU \(ms(hugeRun.cpuMilliseconds))), \(one(hugeRun.peakMiB)) MiB",
          c: "",
          ratio: "\(two(growth))× the 10,000-event time (n·log₂n would give \(two(nLogNGrowth))×)", met: nil))
    } else {
      FileHandle.standardError.write(Data("timeline-bench: the 100,000-event render failed\n".utf8))
    }

    // 4. Scaling, in-process: layout + PNG + SVG.
    var scaling: [(size: Int, layout: Double, drawing: Double, canvas: String)] = []
    for size in [1_000, 10_000, 100_000] {
      var rng = SplitMix64(seed: UInt64(size))
      let timeline = SyntheticTimeline.make(events: size, using: &rng)
      let repeats = size > 10_000 ? 1 : max(3, min(runs, 5))
      let layout = Measurement.time("layout.\(size)", runs: repeats) {
        PangoTextMeasurer.forgetMeasurements()
        _ = renderer.layout(timeline)
      }
      let scene = renderer.layout(timeline).scene
      do {
        _ = try SceneRendering.render(scene, as: .png, options: renderer.renderOptions)
        _ = try SceneRendering.render(scene, as: .svg, options: renderer.renderOptions)
      } catch {
        fail("\(size) events: \(error)")
      }
      let drawing = Measurement.time("drawing.\(size)", runs: repeats) {
        _ = try? SceneRendering.render(scene, as: .png, options: renderer.renderOptions)
        _ = try? SceneRendering.render(scene, as: .svg, options: renderer.renderOptions)
      }
      scaling.append((size, layout.median, drawing.median, "\(Int(scene.width))×\(Int(scene.height))"))
    }
    for entry in scaling {
      let nLogN = Double(entry.size) * log2(Double(entry.size))
      rows.append(
        row(
          "\(entry.size) events, in-process (no input limit), canvas \(entry.canvas)",
          ours: "layout \(ms(entry.layout)) ms + PNG+SVG \(ms(entry.drawing)) ms", c: "",
          ratio: "\(two((entry.layout + entry.drawing) * 1_000_000 / nLogN)) ns per n·log₂n "
            + "(layout \(two(entry.layout * 1_000_000 / nLogN)))", met: nil))
    }

    print("Load average at the start: \(loadAtStart)")
    print("| work | timeline | plain C (cairo + Pango) | ratio / target | met? |")
    print("|---|---|---|---|---|")
    for line in rows { print(line) }
    print("\nMachine: \(MachineInfo.json)")
    print("Load average at the end: \(loadAverage)")
  }

  /// Writes the C program's input for the event file at `path` (any format `timeline` reads),
  /// on the canvas `timeline render` would draw it at by default.
  static func writeInput(from path: String, to output: String) {
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      let timeline = try TimelineLoader.load(data: data, fileName: path).timeline
      let scene = TimelineRenderer().layout(timeline).scene
      let tsv = CComparisonInput.tsv(timeline, width: Int(scene.width), height: Int(scene.height))
      try Data(tsv.utf8).write(to: URL(fileURLWithPath: output))
    } catch {
      FileHandle.standardError.write(Data("timeline-bench: \(path): \(error)\n".utf8))
      exit(65)
    }
  }

  /// Medians of wall time and peak memory of some runs of one command.
  struct ProcessMedian {
    var medianMs: Double
    var medianMiB: Double
    /// User plus system time of the process and the workers it waited for: steadier than wall
    /// time when other work shares the cores.
    var medianCPUMs: Double
  }

  /// Runs two commands `runs` times each, alternating (after one unmeasured run of each).
  private func interleaved(
    runs: Int, folder: String = ".", _ first: (String, [String]), _ second: (String, [String])
  ) -> (ProcessMedian, ProcessMedian) {
    var a: [ChildProcess.Outcome] = []
    var b: [ChildProcess.Outcome] = []
    for round in -1..<runs {
      guard let x = ChildProcess.run(first.0, first.1, in: folder), x.status == 0,
        let y = ChildProcess.run(second.0, second.1, in: folder), y.status == 0
      else { fail("\(first.0) or \(second.0) failed (\(first.1.prefix(3)))") }
      if round >= 0 {
        a.append(x)
        b.append(y)
      }
    }
    func median(_ values: [Double]) -> Double { Measurement(name: "", samples: values).median }
    return (
      ProcessMedian(
        medianMs: median(a.map(\.milliseconds)), medianMiB: median(a.map(\.peakMiB)),
        medianCPUMs: median(a.map(\.cpuMilliseconds))),
      ProcessMedian(
        medianMs: median(b.map(\.milliseconds)), medianMiB: median(b.map(\.peakMiB)),
        medianCPUMs: median(b.map(\.cpuMilliseconds)))
    )
  }

  private var loadAverage: String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)).map { String($0.prefix(14)) } ?? "?"
  }

  private func row(_ work: String, ours: String, c: String, ratio: String, met: Bool?) -> String {
    "| \(work) | \(ours) | \(c) | \(ratio) | \(met.map { $0 ? "yes" : "no" } ?? "") |"
  }

  private func write(_ text: String, to path: String) {
    do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch { fail("cannot write \(path): \(error)") }
  }

  private func ms(_ value: Double) -> String { String(format: "%.0f", value) }
  private func one(_ value: Double) -> String { String(format: "%.1f", value) }
  private func two(_ value: Double) -> String { String(format: "%.2f", value) }

  private func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("timeline-bench: \(message)\n".utf8))
    exit(70)
  }
}
