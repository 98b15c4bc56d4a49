import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to stdout and stderr with errors reported, not signalled.
package enum StandardStreams {
  /// Stops a closed pipe from killing the process; writes then fail with EPIPE instead.
  package static func ignoreBrokenPipes() {
    signal(SIGPIPE, SIG_IGN)
  }

  package static func printError(_ line: String) {
    _ = write(fileDescriptor: 2, Data((printable(line) + "\n").utf8))
  }

  /// `text` safe to show on a terminal: control characters (C0, DEL and C1, line breaks and
  /// tabs included) written as `\xHH`, so text from an input file can neither retitle the
  /// terminal, ring its bell, move the cursor, nor split one message into several lines.
  package static func printable(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += scalar.value > 0xFF ? "\\u{\(hex)}" : "\\x" + (hex.count == 1 ? "0" : "") + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
  }

  /// Whether stdout is a terminal (where binary output would be unreadable); never while
  /// output is captured.
  package static var standardOutputIsTerminal: Bool { capture == nil && isatty(1) == 1 }

  /// Where this task's stdout and stderr go instead of file descriptors 1 and 2: a test that
  /// runs a command in its own process sets it around the run. `nil`: the process's own.
  @TaskLocal package static var capture: CapturedOutput?

  /// Writes all of `data` to `fileDescriptor` (to ``capture`` for stdout and stderr when it is
  /// set); false if any write failed.
  package static func write(fileDescriptor: Int32, _ data: Data) -> Bool {
    if let capture, fileDescriptor == 1 || fileDescriptor == 2 {
      capture.append(data, toStandardError: fileDescriptor == 2)
      return true
    }
    return data.withUnsafeBytes { buffer -> Bool in
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
