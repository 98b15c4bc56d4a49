import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a batch's jobs, in this process or spread over worker processes, and reports each
/// result as it arrives.
///
/// Rendering holds a process-wide font lock (cairo 1.16 and Pango are not safe to use from
/// two threads at once), so parallel work needs processes: each worker is this executable
/// run as `timeline batch <same arguments> --worker`, which plans the same jobs, then reads
/// job numbers on stdin and answers each with one JSON line. Jobs are handed out one at a
/// time, so a slow file never holds up the others. A worker that dies (a crash, a kill)
/// fails only the job it had, and a new worker takes over the rest.
final class BatchScheduler: @unchecked Sendable {
  private let jobs: [BatchJob]
  private let lock = NSLock()
  private var next = 0
  private let report: @Sendable (Int, BatchResult) -> Void

  init(jobs: [BatchJob], report: @escaping @Sendable (Int, BatchResult) -> Void) {
    self.jobs = jobs
    self.report = report
  }

  /// Renders every job in this process, in order.
  func runInProcess(force: Bool) {
    for (index, job) in jobs.enumerated() { report(index, BatchWorker.perform(job, force: force)) }
  }

  /// Renders every job on `workers` processes started as `executable arguments`, and
  /// returns when all have reported.
  func runInWorkers(_ workers: Int, executable: String, arguments: [String]) {
    let group = DispatchGroup()
    for _ in 0..<max(1, min(workers, jobs.count)) {
      group.enter()
      let thread = Thread { [self] in
        feedWorkers(executable: executable, arguments: arguments)
        group.leave()
      }
      thread.stackSize = 1 << 20
      thread.start()
    }
    group.wait()
  }

  private func take() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < jobs.count else { return nil }
    next += 1
    return next - 1
  }

  /// One worker slot: starts a worker process and feeds it jobs until none are left,
  /// starting a new process if one dies.
  private func feedWorkers(executable: String, arguments: [String]) {
    var pending = take()
    while let current = pending {
      guard let worker = try? WorkerProcess(executable: executable, arguments: arguments) else {
        report(
          current,
          BatchResult(outcome: .failed, status: ExitStatus.ioError, messages: ["error: cannot start a worker process"]))
        pending = take()
        continue
      }
      var index = current
      while true {
        guard let result = worker.perform(index: index, input: jobs[index].input) else {
          let how = worker.finish()
          report(
            index,
            BatchResult(
              outcome: .failed, status: ExitStatus.ioError,
              messages: ["error: \(jobs[index].input): the worker rendering it stopped (\(how)); nothing was written"]
            ))
          break
        }
        report(index, result)
        guard let following = take() else {
          _ = worker.finish()
          return
        }
        index = following
      }
      pending = take()
    }
  }
}

/// A running `timeline batch … --worker` with pipes to and from it.
private final class WorkerProcess {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private var buffer = Data()

  init(executable: String, arguments: [String]) throws {
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = input
    process.standardOutput = output
    try process.run()
  }

  /// Sends one job and waits for its result; `nil` if the worker is gone.
  func perform(index: Int, input path: String) -> BatchResult? {
    // The path as a JSON string: a file name may hold a tab or a newline.
    guard let quoted = try? JSONEncoder().encode(path) else { return nil }
    let request = Data("\(index)\t".utf8) + quoted + Data("\n".utf8)
    guard StandardStreams.write(fileDescriptor: input.fileHandleForWriting.fileDescriptor, request) else { return nil }
    guard let line = readLine() else { return nil }
    return try? JSONDecoder().decode(BatchResult.self, from: line)
  }

  private func readLine() -> Data? {
    let fd = output.fileHandleForReading.fileDescriptor
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = buffer[buffer.startIndex..<newline]
        buffer = Data(buffer[(newline + 1)...])
        return Data(line)
      }
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return nil }
      buffer.append(contentsOf: chunk[0..<count])
    }
  }

  /// Closes the worker's stdin so it exits, waits, and says how it ended.
  func finish() -> String {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    switch process.terminationReason {
    case .uncaughtSignal: return "signal \(process.terminationStatus)"
    default: return "exit status \(process.terminationStatus)"
    }
  }
}
