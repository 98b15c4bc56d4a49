import Foundation
import TimelineCommandCore

/// How many cores this process may run on: `timeline batch`'s default number of workers.
///
/// The smallest of the CPUs in the process's affinity mask (what `taskset` and container cpusets
/// limit) and the CPU quota of its cgroup v2 and each cgroup above it
/// (`cpu.max`, what `docker run --cpus` and Kubernetes CPU limits set; `cpu.cfs_quota_us` under
/// cgroup v1), rounded up, at least 1.
/// `ProcessInfo.activeProcessorCount` counts the CPUs online, so in a container limited to two
/// cores of a 64-core host it would start 64 workers that each get a slice of two.
package enum AvailableCores {
  package static var count: Int {
    var cores = affinityCount ?? ProcessInfo.processInfo.activeProcessorCount
    if let quota = cgroupQuota { cores = min(cores, quota) }
    if let quota = cgroupV1Quota { cores = min(cores, quota) }
    return max(1, cores)
  }

  /// The CPUs in this thread's affinity mask (`Cpus_allowed` in `/proc/thread-self/status`; the
  /// mask `sched_getaffinity` returns, which Swift's Glibc module does not declare).
  package static var affinityCount: Int? {
    guard let status = try? String(contentsOfFile: "/proc/thread-self/status", encoding: .utf8) else { return nil }
    return cpuCount(status: status)
  }

  /// The CPUs of the `Cpus_allowed:` line of a `/proc/…/status` text (a hexadecimal mask in
  /// comma-separated groups), or nil without one.
  package static func cpuCount(status: String) -> Int? {
    for line in status.split(separator: "\n") where line.hasPrefix("Cpus_allowed:") {
      var count = 0
      for character in line.dropFirst("Cpus_allowed:".count) where character != "," && !character.isWhitespace {
        guard let digit = character.hexDigitValue else { return nil }
        count += digit.nonzeroBitCount
      }
      return count > 0 ? count : nil
    }
    return nil
  }

  /// The tightest `cpu.max` quota from this process's cgroup up to the root, in whole cores.
  package static var cgroupQuota: Int? {
    guard let membership = try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8),
      let path = cgroupPath(membership)
    else { return nil }
    var quota: Int?
    var folder = path
    while true {
      let file = "/sys/fs/cgroup" + (folder == "/" ? "" : folder) + "/cpu.max"
      if let text = try? String(contentsOfFile: file, encoding: .utf8), let cores = cores(cpuMax: text) {
        quota = min(quota ?? cores, cores)
      }
      guard folder != "/", !folder.isEmpty else { break }
      folder = (folder as NSString).deletingLastPathComponent
    }
    return quota
  }

  /// The quota of this process's cgroup v1 `cpu` controller, in whole cores, if it has one.
  package static var cgroupV1Quota: Int? {
    guard let membership = try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8) else { return nil }
    for line in membership.split(separator: "\n") {
      let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count == 3, fields[1].split(separator: ",").contains("cpu") else { continue }
      let folder = "/sys/fs/cgroup/cpu" + (fields[2] == "/" ? "" : String(fields[2]))
      guard let quota = try? String(contentsOfFile: folder + "/cpu.cfs_quota_us", encoding: .utf8),
        let period = try? String(contentsOfFile: folder + "/cpu.cfs_period_us", encoding: .utf8)
      else { return nil }
      return cores(cpuMax: quota.trimmingCharacters(in: .whitespacesAndNewlines) + " " + period)
    }
    return nil
  }

  /// The cgroup v2 path in `/proc/self/cgroup` (the line `0::/path`), if there is one.
  package static func cgroupPath(_ membership: String) -> String? {
    for line in membership.split(separator: "\n") where line.hasPrefix("0::") {
      let path = String(line.dropFirst(3))
      return path.hasPrefix("/") ? path : nil
    }
    return nil
  }

  /// The whole cores a `cpu.max` file allows ("QUOTA PERIOD" in microseconds, rounded up), or
  /// nil for "max" (no limit), a negative quota (cgroup v1's "no limit") or text that is not a quota.
  package static func cores(cpuMax text: String) -> Int? {
    let fields = text.split(whereSeparator: \.isWhitespace)
    guard fields.count == 2, let quota = Int(fields[0]), let period = Int(fields[1]), quota > 0, period > 0 else {
      return nil
    }
    return (quota + period - 1) / period
  }
}
