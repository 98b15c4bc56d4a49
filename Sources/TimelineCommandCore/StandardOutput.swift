import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a write to stdout went.
package enum StandardOutputWrite {
  case written
  /// The reader closed the pipe (`timeline render x.yaml -T svg | head -c 10`): not an error;
  /// the command ends quietly with status 0, as `dot` does.
  case readerGone
  /// Any other failure; `errno` says why.
  case failed(errno: Int32)
}

extension StandardStreams {
  /// Writes all of `data` to stdout and says how it went.
  package static func writeStandardOutput(_ data: Data) -> StandardOutputWrite {
    if write(fileDescriptor: 1, data) { return .written }
    let error = errno
    return error == EPIPE ? .readerGone : .failed(errno: error)
  }
}
