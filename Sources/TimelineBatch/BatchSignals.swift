import Foundation
import TimelineCommandCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The write end of the pipe the signal handler reports on (a C signal handler can capture
/// nothing, and may only do async-signal-safe things such as `write`).
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// How a batch stops on SIGINT, SIGTERM and SIGHUP (Ctrl-C, `kill`, a CI cancel, a closed
/// terminal), and how its workers stop with it.
package enum BatchSignals {
  /// The signals that stop a batch.
  package static let stopping: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// The environment variable that tells a worker the pid of the batch that started it.
  package static let parentVariable = "TIMELINE_BATCH_PARENT"

  /// From now on, each of ``stopping`` calls `handler` with its number, on a thread of its
  /// own, instead of ending the process. Call once.
  package static func handle(_ handler: @escaping @Sendable (Int32) -> Void) {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    signalPipeWriteEnd = ends[1]
    let readEnd = ends[0]
    let thread = Thread {
      var byte: UInt8 = 0
      while true {
        let count = read(readEnd, &byte, 1)
        if count < 0, errno == EINTR { continue }
        guard count == 1 else { return }
        handler(Int32(byte))
      }
    }
    thread.stackSize = 1 << 18
    thread.start()
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signo in stopping {
      signal(signo) { signo in
        var byte = UInt8(truncatingIfNeeded: signo)
        _ = write(signalPipeWriteEnd, &byte, 1)
      }
      sigaddset(&unblocked, signo)
    }
    // A blocked signal is inherited through exec (a test runner, a CI agent): it would never arrive.
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// In a worker: stop (SIGTERM) when the batch that started it ends, however it ends, even
  /// by SIGKILL (Linux `PR_SET_PDEATHSIG`); and exit at once if it has already ended.
  package static func bindWorkerToParent() {
    #if os(Linux)
      typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
      let setParentDeathSignal: Int32 = 1  // PR_SET_PDEATHSIG
      if let symbol = dlsym(nil, "prctl") {
        _ = unsafeBitCast(symbol, to: Prctl.self)(setParentDeathSignal, UInt(SIGTERM), 0, 0, 0)
      }
    #endif
    // The parent may have ended before the death signal was asked for.
    if let expected = ProcessInfo.processInfo.environment[parentVariable].flatMap(pid_t.init), getppid() != expected {
      TemporaryFiles.removeAllAndExit(128 + SIGTERM)
    }
  }
}
