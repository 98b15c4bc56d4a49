import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files this process is writing: each name carries the process's pid
/// (`.NAME.tmp-PID-XXXXXX`), and the process remembers them until they are renamed into place
/// or removed.
///
/// So a signal can remove them before the process exits (``removeAllAndExit(_:)``), and a
/// later run can tell a file whose writer is gone (abandoned, safe to remove) from one that
/// another run is still writing (``isAbandoned(_:prefix:)``).
package enum TemporaryFiles {
  private static let registry = Registry()

  /// A new file or a failure's `errno`.
  package struct Created {
    package var fileDescriptor: Int32
    package var path: String
    package var error: Int32
  }

  /// Creates `folder/PREFIX` + `PID-XXXXXX` (mode 0600, like `mkstemp`) and remembers it.
  package static func create(in folder: String, prefix: String) -> Created {
    var template = Array(((folder.isEmpty ? "." : folder) + "/\(prefix)\(getpid())-XXXXXX").utf8CString)
    return registry.locked { names in
      let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
      let code = errno
      let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if fd >= 0 { names.append(path) }
      return Created(fileDescriptor: fd, path: path, error: code)
    }
  }

  /// Stops remembering `path` (it was renamed into place or removed).
  package static func forget(_ path: String) {
    registry.locked { names in names.removeAll { $0 == path } }
  }

  /// Removes `path` and forgets it.
  package static func remove(_ path: String) {
    registry.locked { names in
      unlink(path)
      names.removeAll { $0 == path }
    }
  }

  /// Runs `body` (renaming several files into place) so that ``removeAllAndExit(_:)`` waits
  /// for it to finish: a signal never leaves half of one render's outputs replaced.
  package static func withoutInterruption<T>(_ body: () throws(CommandFailure) -> T) throws(CommandFailure) -> T {
    registry.critical.lock()
    defer { registry.critical.unlock() }
    return try body()
  }

  /// Removes every temporary file this process is writing and exits with `status`, as soon as
  /// no ``withoutInterruption(_:)`` block is running. The registry stays locked, so no new
  /// temporary file can appear in between.
  package static func removeAllAndExit(_ status: Int32) -> Never {
    registry.critical.lock()
    registry.lockForever()
    for path in registry.namesWhileLocked { unlink(path) }
    _exit(status)
  }

  /// Whether `name` (a file name beginning with `prefix`) is a temporary file whose writer is
  /// gone: it carries a pid, and no process with that pid runs on this machine (or only its
  /// zombie, killed and not yet reaped, which writes nothing more). A name without a pid, or
  /// with the pid of a running process, is never called abandoned.
  package static func isAbandoned(_ name: String, prefix: String) -> Bool {
    guard name.hasPrefix(prefix) else { return false }
    let rest = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
    guard rest.count == 2, rest[1].count == 6, let pid = pid_t(rest[0]), pid > 0 else { return false }
    if pid == getpid() { return false }
    return kill(pid, 0) == -1 && errno == ESRCH || isZombie(pid)
  }

  /// Whether `pid` has ended and waits to be reaped: state `Z` (or `X`) in `/proc/PID/stat`,
  /// after the parenthesised command name.
  private static func isZombie(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(after: close)...].first { $0 != " " }
    return state == "Z" || state == "X"
  }

  private final class Registry: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String] = []
    /// Held while files are renamed into place.
    let critical = NSLock()

    func locked<T>(_ body: (inout [String]) -> T) -> T {
      lock.lock()
      defer { lock.unlock() }
      return body(&names)
    }

    func lockForever() { lock.lock() }

    /// The names; only while the lock is held.
    var namesWhileLocked: [String] { names }
  }
}
