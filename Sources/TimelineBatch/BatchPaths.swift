import Foundation
import TimelineCommandCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Paths as the file system sees them, so that a batch can tell when two spellings
/// (`o/x.png`, `o/./x.png`, `o/../o/x.png`, a path through a symlinked folder) name one file,
/// and whether an output stays inside its output root.
package enum BatchPaths {
  /// `path` made absolute with every symlink in its existing part resolved and `.` and `..`
  /// taken out; the part that does not exist yet is appended as written, tidied.
  package static func resolved(_ path: String) -> String {
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var existing = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    var missing: [String] = []
    while true {
      let candidate = "/" + existing.joined(separator: "/")
      if let real = realPath(candidate) {
        return tidy(real + "/" + missing.joined(separator: "/"))
      }
      guard let last = existing.popLast() else { return tidy(absolute) }
      missing.insert(last, at: 0)
    }
  }

  /// Whether `path` (resolved) is `root` (resolved) or inside it.
  package static func isInside(_ path: String, root: String) -> Bool {
    root == "/" || path == root || path.hasPrefix(root + "/")
  }

  private static func realPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// An absolute path with empty components, `.` and `..` taken out, lexically.
  private static func tidy(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }
}
