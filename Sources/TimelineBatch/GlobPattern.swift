import Foundation
import TimelineCommandCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A shell-style path pattern: `*`, `?` and `[…]` within one path component, and `**` as a
/// whole component for any number of folders (`events/**/*.yaml`).
///
/// Patterns are matched against paths found by walking the folder before the first
/// wildcard, so a pattern given in quotes works the same whatever the shell would do.
package struct GlobPattern {
  package let pattern: String

  /// Whether `text` has any wildcard character, and so is a pattern rather than a path.
  package static func isPattern(_ text: String) -> Bool {
    text.contains { "*?[".contains($0) }
  }

  /// The folder to walk: the components before the first one with a wildcard.
  package var root: String {
    let components = pattern.split(separator: "/", omittingEmptySubsequences: false)
    let fixed = components.prefix { !Self.isPattern(String($0)) }
    let joined = fixed.joined(separator: "/")
    if joined.isEmpty { return pattern.hasPrefix("/") ? "/" : "." }
    return joined
  }

  /// Whether `path` (spelled from the same root as the pattern) matches.
  package func matches(_ path: String) -> Bool {
    Self.match(
      pattern.split(separator: "/").map(String.init)[...], path.split(separator: "/").map(String.init)[...])
  }

  private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
    guard let first = pattern.first else { return path.isEmpty }
    if first == "**" {
      // Zero folders, or one more folder and try again.
      if match(pattern.dropFirst(), path) { return true }
      return !path.isEmpty && match(pattern, path.dropFirst())
    }
    guard let name = path.first, fnmatch(first, name, FNM_PERIOD) == 0 else { return false }
    return match(pattern.dropFirst(), path.dropFirst())
  }
}
