import Foundation
import TimelineCommandCore

/// Finds the event files a batch names: files as given, folders walked recursively, and
/// glob patterns matched against the files under their fixed folder.
///
/// Each file comes with its path relative to the folder or pattern root it was found in,
/// which is where its outputs go under `--out` (a file named directly goes to the top).
/// Hidden files and folders (a leading dot) are skipped when walking; the result is sorted,
/// so every run sees the same order. A folder that cannot be listed is reported, never
/// skipped without a word.
package enum BatchInputs {
  /// The extensions that mark an event file when walking a folder.
  package static let eventFileExtensions: Set<String> = ["yaml", "yml", "json", "csv", "mw"]

  package struct Found: Equatable {
    /// The path to read, as given or joined onto the given folder.
    package var path: String
    /// Where the file sits relative to the folder or pattern root, e.g. `europe/berlin.yaml`.
    package var relativePath: String
  }

  /// What one argument names: the files, and a message (exit 66) for each folder under it
  /// that could not be listed.
  package struct Listing {
    package var files: [Found]
    package var unreadable: [CommandFailure]
  }

  /// The files `argument` names, or a failure (exit 66) when it names nothing.
  package static func find(_ argument: String) throws(CommandFailure) -> Listing {
    if GlobPattern.isPattern(argument) {
      let pattern = GlobPattern(pattern: argument)
      let root = pattern.root
      let walked = walk(root)
      let found = walked.files.filter { pattern.matches(join(root, $0, forPattern: argument)) }
      guard !found.isEmpty || !walked.unreadable.isEmpty else {
        throw CommandFailure(ExitStatus.noInput, "error: \(argument): no event file matches the pattern")
      }
      return Listing(
        files: found.map { Found(path: join(root, $0, forPattern: argument), relativePath: $0) },
        unreadable: walked.unreadable)
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
      throw CommandFailure(ExitStatus.noInput, "error: \(argument): no such file or folder")
    }
    if isFolder.boolValue {
      let walked = walk(argument)
      let found = walked.files.filter { eventFileExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
      return Listing(
        files: found.map { Found(path: join(argument, $0, forPattern: nil), relativePath: $0) },
        unreadable: walked.unreadable)
    }
    return Listing(
      files: [Found(path: argument, relativePath: (argument as NSString).lastPathComponent)], unreadable: [])
  }

  /// `root` + `relative`, spelled the way the user spelled the root (no `./` added).
  private static func join(_ root: String, _ relative: String, forPattern pattern: String?) -> String {
    if root == "." && !(pattern?.hasPrefix("./") ?? false) { return relative }
    return root.hasSuffix("/") ? root + relative : root + "/" + relative
  }

  /// Regular files under `folder`, relative to it, sorted; hidden entries and symbolic links
  /// to folders are not followed (no cycles). Folders that cannot be listed come back as
  /// messages naming them, in order.
  package static func walk(_ folder: String) -> (files: [String], unreadable: [CommandFailure]) {
    var result: [String] = []
    var unreadable: [(path: String, failure: CommandFailure)] = []
    var pending = [""]
    let manager = FileManager.default
    while let relative = pending.popLast() {
      let absolute = relative.isEmpty ? folder : (folder as NSString).appendingPathComponent(relative)
      guard let names = try? manager.contentsOfDirectory(atPath: absolute) else {
        let shown = relative.isEmpty ? folder : join(folder, relative, forPattern: nil)
        let failure = CommandFailure(
          ExitStatus.noInput,
          "error: \(shown): cannot read the folder (\(whyUnreadable(absolute))); its files were skipped")
        unreadable.append((shown, failure))
        continue
      }
      for name in names where !name.hasPrefix(".") {
        let child = relative.isEmpty ? name : relative + "/" + name
        let full = (folder as NSString).appendingPathComponent(child)
        var info = stat()
        guard lstat(full, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: pending.append(child)
        case S_IFREG: result.append(child)
        case S_IFLNK:
          var target = stat()
          if stat(full, &target) == 0, target.st_mode & S_IFMT == S_IFREG { result.append(child) }
        default: continue
        }
      }
    }
    return (result.sorted(), unreadable.sorted { $0.path < $1.path }.map(\.failure))
  }

  /// Why `folder` cannot be listed, strerror-style and lowercase.
  private static func whyUnreadable(_ folder: String) -> String {
    guard let handle = opendir(folder) else { return String(cString: strerror(errno)).lowercased() }
    closedir(handle)
    return "it cannot be listed"
  }
}
