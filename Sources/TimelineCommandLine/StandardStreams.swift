import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to stdout and stderr with errors reported, not signalled.
enum StandardStreams {
  /// Stops a closed pipe from killing the process; writes then fail with EPIPE instead.
  static func ignoreBrokenPipes() {
    signal(SIGPIPE, SIG_IGN)
  }

  static func printError(_ line: String) {
    _ = write(fileDescriptor: 2, Data((line + "\n").utf8))
  }

  /// Whether stdout is a terminal (where binary output would be unreadable).
  static var standardOutputIsTerminal: Bool { isatty(1) == 1 }

  /// Writes all of `data` to `fileDescriptor`; false if any write failed.
  static func write(fileDescriptor: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { buffer -> Bool in
      guard var pointer = buffer.baseAddress else { return true }
      var remaining = buffer.count
      while remaining > 0 {
        #if canImport(Glibc)
          let written = Glibc.write(fileDescriptor, pointer, remaining)
        #else
          let written = Darwin.write(fileDescriptor, pointer, remaining)
        #endif
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        remaining -= written
        pointer += written
      }
      return true
    }
  }
}
