// timeline-bench: release-build benchmarks, printed as JSON with the machine they ran on.
//
//     swift run -c release timeline-bench            # the default set
//     swift run -c release timeline-bench --runs 9   # more samples per measure
//     swift run -c release timeline-bench --no-batch # without the 1,000-file batch
//     swift run -c release timeline-bench --write-synthetic DIR 200   # event files for a batch
//     swift run -c release timeline-bench --shown-in-full  # share of titles shown in full
//     swift run -c release timeline-bench --layout-only 10000 [--runs 9]  # one layout, for profiling
//     swift run -c release timeline-bench --worst-case [--runs 3] [--only NAME]  # issue 10's limits
//     swift run -c release timeline-bench --text-layer-cost [--runs 21]  # SVG with and without it
//     swift run -c release timeline-bench --versus-c [--runs 9] [--timeline BINARY]  # issue 13, against C
//     swift run -c release timeline-bench --write-c-input EVENTS.yaml OUT.tsv  # the C program's input
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
if let flag = arguments.firstIndex(of: "--write-synthetic") {
  guard arguments.count > flag + 2, let count = Int(arguments[flag + 2]) else {
    FileHandle.standardError.write(Data("usage: timeline-bench --write-synthetic DIR COUNT [EVENTS]\n".utf8))
    exit(64)
  }
  let events = arguments.count > flag + 3 ? Int(arguments[flag + 3]) : nil
  do {
    try SyntheticFolder.write(to: arguments[flag + 1], count: count, events: events)
  } catch {
    FileHandle.standardError.write(Data("timeline-bench: \(error)\n".utf8))
    exit(73)
  }
  exit(0)
}
if arguments.contains("--shown-in-full") {
  ShownInFull.run()
  exit(0)
}
let runs = arguments.firstIndex(of: "--runs").flatMap {
  arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil
}
if let flag = arguments.firstIndex(of: "--write-worst-case"), arguments.indices.contains(flag + 1) {
  do {
    try WorstCaseSuite.write(to: arguments[flag + 1])
  } catch {
    FileHandle.standardError.write(Data("timeline-bench: \(error)\n".utf8))
    exit(73)
  }
  exit(0)
}
if let flag = arguments.firstIndex(of: "--layout-only"), arguments.indices.contains(flag + 1),
  let events = Int(arguments[flag + 1])
{
  LayoutOnly.run(events: events, runs: max(1, runs ?? 5))
  exit(0)
}
if arguments.contains("--worst-case") {
  let only = arguments.firstIndex(of: "--only").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
  WorstCaseSuite(runs: max(1, runs ?? 3), filter: only).run()
  exit(0)
}
if arguments.contains("--text-layer-cost") {
  TextLayerCost(runs: max(1, runs ?? 21)).run()
  exit(0)
}
if let flag = arguments.firstIndex(of: "--write-c-input") {
  guard arguments.count > flag + 2 else {
    FileHandle.standardError.write(Data("usage: timeline-bench --write-c-input EVENTS OUT.tsv\n".utf8))
    exit(64)
  }
  VersusCSuite.writeInput(from: arguments[flag + 1], to: arguments[flag + 2])
  exit(0)
}
if arguments.contains("--versus-c") {
  let binary = arguments.firstIndex(of: "--timeline").flatMap {
    arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil
  }
  VersusCSuite(runs: max(1, runs ?? 9), timelineBinary: binary).run()
  exit(0)
}
BenchmarkSuite(runs: max(1, runs ?? 5), skipBatch: arguments.contains("--no-batch")).run()
