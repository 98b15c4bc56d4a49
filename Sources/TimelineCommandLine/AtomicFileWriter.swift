import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes several files all-or-nothing: each goes to a temporary file in its own folder,
/// and only when every one is written and synced are they renamed into place.
///
/// A failure removes every temporary file and leaves existing outputs untouched. Folders
/// are never created here.
enum AtomicFileWriter {
  static func write(_ outputs: [(path: String, data: Data)]) throws(CommandFailure) {
    var temporaries: [(temporary: String, path: String)] = []
    func cleanUp() {
      for entry in temporaries { unlink(entry.temporary) }
    }
    for output in outputs {
      let folder = (output.path as NSString).deletingLastPathComponent
      let name = (output.path as NSString).lastPathComponent
      var template = Array(((folder.isEmpty ? "." : folder) + "/.\(name).tmp-XXXXXX").utf8CString)
      let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
      guard fd >= 0 else {
        let code = errno
        cleanUp()
        let reason = String(cString: strerror(code)).lowercased()
        let status =
          code == ENOENT || code == ENOTDIR || code == EACCES || code == EROFS
          ? ExitStatus.cannotCreate : ExitStatus.ioError
        let hint = code == ENOENT ? " (the folder \(folder.isEmpty ? "." : folder) does not exist)" : " (\(reason))"
        throw CommandFailure(status, "error: \(output.path): cannot create the file\(hint)")
      }
      let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      temporaries.append((temporary, output.path))
      let written = StandardStreams.write(fileDescriptor: fd, output.data)
      let synced = written && fsync(fd) == 0
      let mode = fchmod(fd, 0o644)
      close(fd)
      guard written, synced, mode == 0 else {
        cleanUp()
        throw CommandFailure(ExitStatus.ioError, "error: \(output.path): writing failed; nothing was changed")
      }
    }
    for entry in temporaries {
      guard rename(entry.temporary, entry.path) == 0 else {
        let reason = String(cString: strerror(errno)).lowercased()
        cleanUp()
        throw CommandFailure(ExitStatus.cannotCreate, "error: \(entry.path): cannot replace the file (\(reason))")
      }
    }
  }
}
