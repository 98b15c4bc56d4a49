import Foundation
import TimelineCommandCore

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
/// run as `timeline batch --worker`, which reads whole jobs (``BatchJobMessage``) on stdin
/// and answers each with one JSON line. Jobs are handed out one at a time, so a slow file
/// never holds up the others. A worker that dies (a crash, a kill) fails only the job it
/// had, and a new worker takes over the rest.
///
/// ``stop(signal:)`` ends the workers (SIGTERM, then SIGKILL if asked twice); each removes its
/// own temporary files as it goes, and the workers also stop by themselves if the batch dies
/// (see ``BatchSignals/bindWorkerToParent()``).
package final class BatchScheduler: @unchecked Sendable {
  private let jobs: [BatchJob]
  private let force: Bool
  private let lock = NSLock()
  private var next = 0
  private var running: [Int32: WorkerProcess] = [:]
  private var inWorkers = false
  private var stoppedBy: Int32?

  /// The signal that stopped the batch, if one did.
  package var stoppingSignal: Int32? {
    lock.lock()
    defer { lock.unlock() }
    return stoppedBy
  }
  private let report: @Sendable (Int, BatchResult) -> Void

  package init(jobs: [BatchJob], force: Bool, report: @escaping @Sendable (Int, BatchResult) -> Void) {
    self.jobs = jobs
    self.force = force
    self.report = report
  }

  /// Stops the workers and hands out no more jobs; `runInWorkers` then returns. False when
  /// no workers are running (the batch renders in this process, or has not started them).
  package func stop(signal signo: Int32) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    guard inWorkers else { return false }
    let again = stoppedBy != nil
    stoppedBy = stoppedBy ?? signo
    for worker in running.values { worker.terminate(hard: again) }
    return true
  }

  /// Remembers a started worker, unless the batch is stopping (then it is ended at once).
  private func register(_ worker: WorkerProcess) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    guard stoppedBy == nil else {
      worker.terminate(hard: false)
      return false
    }
    running[worker.pid] = worker
    return true
  }

  private func unregister(_ worker: WorkerProcess) {
    lock.lock()
    defer { lock.unlock() }
    running[worker.pid] = nil
  }

  /// Renders every job in this process, in order.
  package func runInProcess() {
    for (index, job) in jobs.enumerated() { report(index, BatchWorker.perform(job, force: force)) }
  }

  /// Renders every job on `workers` processes started as `executable arguments`, and
  /// returns when all have reported.
  package func runInWorkers(_ workers: Int, executable: String, arguments: [String]) {
    lock.lock()
    inWorkers = true
    lock.unlock()
    defer {
      lock.lock()
      inWorkers = false
      lock.unlock()
    }
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
    guard stoppedBy == nil, next < jobs.count else { return nil }
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
      guard register(worker) else {
        _ = worker.finish()
        return
      }
      defer { unregister(worker) }
      var index = current
      while true {
        guard let result = worker.perform(BatchJobMessage(jobs[index], force: force)) else {
          let how = worker.finish()
          if stoppingSignal != nil { return }
          report(
            index,
            BatchResult(
              outcome: .failed, status: ExitStatus.ioError,
              messages: [
                "error: \(jobs[index].input): the worker rendering it stopped (\(how)); its outputs were not changed"
              ]))
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
    var environment = ProcessInfo.processInfo.environment
    environment[BatchSignals.parentVariable] = "\(getpid())"
    process.environment = environment
    process.standardInput = input
    process.standardOutput = output
    try process.run()
  }

  var pid: Int32 { process.processIdentifier }

  /// Asks the worker to stop: SIGTERM (it removes its temporary files and exits), or SIGKILL
  /// if `hard`. A worker that has not yet set up its handler dies of the default action.
  func terminate(hard: Bool) {
    kill(process.processIdentifier, hard ? SIGKILL : SIGTERM)
  }

  /// Sends one job (one JSON line: a file name may hold a tab or a newline, which JSON
  /// escapes) and waits for its result; `nil` if the worker is gone.
  func perform(_ job: BatchJobMessage) -> BatchResult? {
    guard var request = try? JSONEncoder().encode(job) else { return nil }
    request.append(0x0A)
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
