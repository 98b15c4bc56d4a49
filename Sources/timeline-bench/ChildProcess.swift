import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to completion and reports its wall time and peak memory (from `wait4`).
enum ChildProcess {
  struct Outcome {
    var status: Int32
    var milliseconds: Double
    /// The child's peak resident set size, in MiB.
    var peakMiB: Double
    /// The child's user and system CPU time, in milliseconds: steadier than wall time on a
    /// machine shared with other work.
    var cpuMilliseconds: Double = 0
  }

  /// Runs `executable arguments` in `folder` with stdout and stderr discarded.
  static func run(_ executable: String, _ arguments: [String], in folder: String) -> Outcome? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let previous = FileManager.default.currentDirectoryPath
    guard FileManager.default.changeCurrentDirectoryPath(folder) else { return nil }
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else { return nil }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    let cpu =
      Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
    return Outcome(
      status: status, milliseconds: elapsed, peakMiB: Double(usage.ru_maxrss) / 1024, cpuMilliseconds: cpu)
  }
}
