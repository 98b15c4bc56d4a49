import Foundation
import TimelineModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads an event file or stdin, refusing what is not a regular file or is too large.
package enum InputReader {
  /// The largest event file read, in bytes (10 MiB, unless a benchmark raised the limits:
  /// ``InputLimits/benchmarkScale``).
  package static let maximumBytes = 10 * 1024 * 1024 * InputLimits.benchmarkScale

  /// The bytes of `path` (or stdin for `-`), at most ``maximumBytes``.
  package static func read(_ path: String) throws(CommandFailure) -> Data {
    if path == "-" { return try readAll(fileDescriptor: 0, name: "<stdin>") }
    var info = stat()
    guard stat(path, &info) == 0 else {
      let reason = String(cString: strerror(errno))
      throw CommandFailure(ExitStatus.noInput, "error: \(path): cannot read the file (\(reason.lowercased()))")
    }
    let kind = info.st_mode & S_IFMT
    if kind == S_IFDIR { throw CommandFailure(ExitStatus.noInput, "error: \(path): is a folder, not an event file") }
    guard kind == S_IFREG else {
      throw CommandFailure(ExitStatus.noInput, "error: \(path): is not a regular file (devices and pipes are not read)")
    }
    guard info.st_size <= maximumBytes else {
      throw CommandFailure(
        ExitStatus.dataError, "error: \(path): the file is \(info.st_size) bytes; event files are limited to 10 MiB")
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      let reason = String(cString: strerror(errno))
      throw CommandFailure(ExitStatus.noInput, "error: \(path): cannot open the file (\(reason.lowercased()))")
    }
    defer { close(fd) }
    return try readAll(fileDescriptor: fd, name: path)
  }

  private static func readAll(fileDescriptor fd: Int32, name: String) throws(CommandFailure) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        throw CommandFailure(ExitStatus.ioError, "error: \(name): read failed (\(reason.lowercased()))")
      }
      if count == 0 { return data }
      data.append(contentsOf: buffer[0..<count])
      if data.count > maximumBytes {
        throw CommandFailure(
          ExitStatus.dataError, "error: \(name): more than 10 MiB; event files are limited to 10 MiB")
      }
    }
  }
}
