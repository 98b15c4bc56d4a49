// timeline-bench: release-build benchmarks, printed as JSON with the machine they ran on.
//
//     swift run -c release timeline-bench            # the default set
//     swift run -c release timeline-bench --runs 9   # more samples per measure
let arguments = Array(CommandLine.arguments.dropFirst())
let runs = arguments.firstIndex(of: "--runs").flatMap {
  arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil
}
BenchmarkSuite(runs: max(1, runs ?? 5)).run()
