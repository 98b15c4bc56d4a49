import Foundation
import TimelineSynthetic

/// `timeline-bench --worst-case`: each family of issue 10 at the documented limits, in every
/// input format, rendered by a whole `timeline` process; wall time and peak memory (medians),
/// the exit status, and whether the case met the target (under 2 s and 500 MiB).
struct WorstCaseSuite {
  var runs: Int
  /// Only the cases whose name contains this text, when set.
  var filter: String?

  static let targetMilliseconds = 2_000.0
  static let targetMiB = 500.0

  /// Writes every case into `folder` with a `cases.tsv` naming each (name, family, file, output,
  /// arguments). Run in a child process of its own, so that the memory the generated inputs took
  /// never counts as the measured processes' (a `posix_spawn` child starts from its parent's
  /// peak resident size).
  static func write(to folder: String) throws {
    var manifest = ""
    for input in WorstCaseInputs.all(size: .atTheLimits) {
      try Data(input.bytes).write(to: URL(fileURLWithPath: "\(folder)/\(input.fileName)"))
      manifest +=
        [input.name, input.family, input.fileName, input.output, input.arguments.joined(separator: " ")]
        .joined(separator: "\t") + "\n"
    }
    try Data(manifest.utf8).write(to: URL(fileURLWithPath: "\(folder)/cases.tsv"))
  }

  func run() {
    guard let binary = BenchmarkSuite.timelineBinary else {
      FileHandle.standardError.write(Data("timeline-bench: build the timeline binary first\n".utf8))
      exit(69)
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-worst-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    guard ChildProcess.run(bench, ["--write-worst-case", scratch], in: scratch)?.status == 0,
      let manifest = try? String(contentsOfFile: "\(scratch)/cases.tsv", encoding: .utf8)
    else {
      FileHandle.standardError.write(Data("timeline-bench: could not write the worst cases\n".utf8))
      exit(73)
    }
    var lines: [String] = []
    var missed: [String] = []
    for row in manifest.split(separator: "\n") {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 5 else { continue }
      let (name, family, fileName, output) = (fields[0], fields[1], fields[2], fields[3])
      guard filter.map({ name.contains($0) }) ?? true else { continue }
      let extra = fields[4].split(separator: " ").map(String.init)
      let bytes = (try? FileManager.default.attributesOfItem(atPath: "\(scratch)/\(fileName)")[.size] as? Int) ?? 0
      let arguments = ["render", fileName, "-o", "out.\(output)"] + extra
      let outcomes = (0..<runs).compactMap { _ in ChildProcess.run(binary, arguments, in: scratch) }
      guard let first = outcomes.first else { continue }
      let time = Measurement(name: name, samples: outcomes.map(\.milliseconds))
      let memory = Measurement(name: name, samples: outcomes.map(\.peakMiB), unit: "MiB")
      let cpu = Measurement(name: name, samples: outcomes.map(\.cpuMilliseconds))
      // wait4's status: the exit code sits in the second byte when the low seven bits are zero.
      let exitCode = first.status & 0x7f == 0 ? (first.status >> 8) & 0xff : 128 + (first.status & 0x7f)
      let met = time.median < Self.targetMilliseconds && memory.median < Self.targetMiB
      if !met { missed.append(name) }
      lines.append(
        "    {\"family\": \"\(family)\", \"case\": \"\(name)\", \"input_bytes\": \(bytes), "
          + "\"output\": \"\(output)\", \"exit\": \(exitCode), "
          + "\"median_ms\": \(Measurement.format(time.median)), \"median_cpu_ms\": \(Measurement.format(cpu.median)), \"max_ms\": \(Measurement.format(time.samples.max() ?? 0)), "
          + "\"median_peak_mib\": \(Measurement.format(memory.median)), \"runs\": \(outcomes.count), "
          + "\"within_target\": \(met)}")
      FileHandle.standardError.write(
        Data(
          "\(name): exit \(exitCode), \(Int(time.median)) ms, \(Int(cpu.median)) ms CPU, \(Int(memory.median)) MiB\n"
            .utf8))
    }
    let missedList = missed.map { "\"\($0)\"" }.joined(separator: ", ")
    print(
      "{\n  \"machine\": \(MachineInfo.json),\n  \"target\": {\"ms\": \(Int(Self.targetMilliseconds)), "
        + "\"mib\": \(Int(Self.targetMiB))},\n  \"results\": [\n\(lines.joined(separator: ",\n"))\n  ],\n"
        + "  \"missed_target\": [\(missedList)]\n}")
  }
}
