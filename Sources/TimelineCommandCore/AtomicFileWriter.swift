import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes several files all-or-nothing, and never damages what it should not touch.
///
/// Before anything is written, every target is looked at:
/// - a regular file (or a path that does not exist yet) is written to a temporary file in
///   its folder, synced, and renamed over the target once every output is ready; a symlink
///   to a file replaces the file it points to, never the link;
/// - anything else that is not a folder (a character device such as `/dev/null`, a FIFO,
///   `/dev/stdout`, `/dev/fd/N`) is opened and written through, the way `dot` does, after the
///   files are in place;
/// - a folder, a missing folder, or an output that is one of `inputs` (the same file, by
///   device and inode) fails the whole write, and nothing is written.
///
/// If a rename still fails, the files already replaced are put back (from hard links taken
/// just before), so the promise holds across several outputs. A new file gets the mode the
/// umask allows (0666 less the umask); a replaced file keeps its mode. Folders are never
/// created here.
package enum AtomicFileWriter {
  /// Where one output goes and how.
  private struct Target {
    var path: String
    var data: Data
    /// The file to replace (a symlink resolved), for regular targets.
    var file: String
    var writeThrough: Bool
    /// The existing file's permission bits, kept when it is replaced.
    var keptMode: mode_t?
  }

  package static func write(_ outputs: [(path: String, data: Data)], protecting inputs: [String] = [])
    throws(CommandFailure)
  {
    let targets = try outputs.map { output throws(CommandFailure) in try target(output.path, data: output.data) }
    try refuseInputs(targets, inputs: inputs)
    let regular = targets.filter { !$0.writeThrough }
    var temporaries: [String] = []
    func cleanUp() {
      for temporary in temporaries { TemporaryFiles.remove(temporary) }
    }
    let newMode = mode_t(0o666) & ~currentUmask()
    for target in regular {
      let (fd, temporary) = try makeTemporary(beside: target.file, reportedAs: target.path, cleanUp: cleanUp)
      temporaries.append(temporary)
      let written = StandardStreams.write(fileDescriptor: fd, target.data)
      let synced = written && fsync(fd) == 0
      let code = errno
      let moded = fchmod(fd, target.keptMode ?? newMode) == 0
      close(fd)
      guard written, synced, moded else {
        cleanUp()
        throw CommandFailure(
          ExitStatus.ioError, "error: \(target.path): writing failed (\(reason(code))); nothing was changed")
      }
    }
    try TemporaryFiles.withoutInterruption { () throws(CommandFailure) in
      try replace(regular, with: temporaries, cleanUp: cleanUp)
    }
    for target in targets where target.writeThrough {
      let fd = open(target.path, O_WRONLY | O_CLOEXEC)
      guard fd >= 0, StandardStreams.write(fileDescriptor: fd, target.data) else {
        let code = errno
        if fd >= 0 { close(fd) }
        throw CommandFailure(ExitStatus.ioError, "error: \(target.path): writing failed (\(reason(code)))")
      }
      close(fd)
    }
  }

  /// Looks at one output before anything is written.
  private static func target(_ path: String, data: Data) throws(CommandFailure) -> Target {
    var info = stat()
    if stat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG:
        return Target(
          path: path, data: data, file: resolved(path), writeThrough: false, keptMode: info.st_mode & 0o7777)
      case S_IFDIR:
        throw CommandFailure(ExitStatus.cannotCreate, "error: \(path): is a folder; nothing was written")
      default:
        return Target(path: path, data: data, file: path, writeThrough: true, keptMode: nil)
      }
    }
    // Not there yet (or a link to nothing): the file is created where the link points.
    let file = resolved(path)
    let folder = (file as NSString).deletingLastPathComponent
    var folderInfo = stat()
    guard stat(folder.isEmpty ? "." : folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
      throw CommandFailure(
        ExitStatus.cannotCreate,
        "error: \(path): cannot create the file (the folder \(folder.isEmpty ? "." : folder) does not exist); "
          + "nothing was written")
    }
    return Target(path: path, data: data, file: file, writeThrough: false, keptMode: nil)
  }

  /// The path a symlink leads to (followed to the end, relative links taken from their
  /// folder); any other path as it is.
  private static func resolved(_ path: String) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count > 0 else { return current }
      let link = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current =
        link.hasPrefix("/")
        ? link : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
    }
    return current
  }

  /// Fails if an output is one of the inputs (the same device and inode).
  private static func refuseInputs(_ targets: [Target], inputs: [String]) throws(CommandFailure) {
    var identities: [(device: UInt64, inode: UInt64, path: String)] = []
    for input in inputs where input != "-" {
      var info = stat()
      if stat(input, &info) == 0 { identities.append((UInt64(info.st_dev), UInt64(info.st_ino), input)) }
    }
    for target in targets where !target.writeThrough {
      var info = stat()
      guard stat(target.file, &info) == 0 else { continue }
      if let input = identities.first(where: { $0.device == UInt64(info.st_dev) && $0.inode == UInt64(info.st_ino) }) {
        throw CommandFailure(
          ExitStatus.usage, "error: \(target.path): that is the input \(input.path); refusing to overwrite it")
      }
    }
  }

  /// A new temporary file in the folder of `file`.
  private static func makeTemporary(beside file: String, reportedAs path: String, cleanUp: () -> Void)
    throws(CommandFailure) -> (Int32, String)
  {
    let folder = (file as NSString).deletingLastPathComponent
    let created = TemporaryFiles.create(in: folder, prefix: temporaryPrefix((file as NSString).lastPathComponent))
    guard created.fileDescriptor >= 0 else {
      let code = created.error
      cleanUp()
      let status =
        code == ENOENT || code == ENOTDIR || code == EACCES || code == EROFS
        ? ExitStatus.cannotCreate : ExitStatus.ioError
      throw CommandFailure(status, "error: \(path): cannot create the file (\(reason(code))); nothing was written")
    }
    let (fd, name) = (created.fileDescriptor, created.path)
    return (fd, name)
  }

  /// Renames every temporary over its file; if one fails, puts back the files already
  /// replaced and removes what is left.
  private static func replace(_ targets: [Target], with temporaries: [String], cleanUp: () -> Void)
    throws(CommandFailure)
  {
    // A hard link to each file about to be replaced, to put it back if a later rename fails.
    var backups: [String?] = []
    var existed: [Bool] = []
    for target in targets {
      var info = stat()
      existed.append(lstat(target.file, &info) == 0)
      guard existed.last == true else {
        backups.append(nil)
        continue
      }
      let folder = (target.file as NSString).deletingLastPathComponent
      let created = TemporaryFiles.create(in: folder, prefix: backupPrefix((target.file as NSString).lastPathComponent))
      let (fd, name) = (created.fileDescriptor, created.path)
      if fd >= 0 {
        close(fd)
        unlink(name)
      }
      backups.append(fd >= 0 && link(target.file, name) == 0 ? name : nil)
    }
    defer {
      for backup in backups.compactMap({ $0 }) { TemporaryFiles.remove(backup) }
    }
    for (index, (target, temporary)) in zip(targets, temporaries).enumerated() {
      guard rename(temporary, target.file) == 0 else {
        let code = errno
        for earlier in 0..<index {
          if let backup = backups[earlier] {
            rename(backup, targets[earlier].file)
          } else if !existed[earlier] {
            unlink(targets[earlier].file)
          }
        }
        cleanUp()
        throw CommandFailure(
          ExitStatus.cannotCreate,
          "error: \(target.path): cannot replace the file (\(reason(code))); nothing was changed")
      }
      TemporaryFiles.forget(temporary)
    }
  }

  /// How the temporary files for `fileName` begin (`.NAME.tmp-`, then the writer's pid and six
  /// random characters), so that leftovers of a killed run can be found.
  package static func temporaryPrefix(_ fileName: String) -> String { ".\(stem(fileName)).tmp-" }

  /// How the short-lived backups of a replaced `fileName` begin (`.NAME.bak-`), likewise.
  package static func backupPrefix(_ fileName: String) -> String { ".\(stem(fileName)).bak-" }

  /// The file name cut to at most 40 bytes (whole characters), so that a temporary name
  /// stays within the 255-byte limit however long the output's name is.
  private static func stem(_ fileName: String) -> String {
    var result = ""
    var bytes = 0
    for character in fileName {
      bytes += character.utf8.count
      guard bytes <= 40 else { break }
      result.append(character)
    }
    return result
  }

  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }

  private static func reason(_ code: Int32) -> String { String(cString: strerror(code)).lowercased() }
}
