import Foundation

/// Golden files: committed expected outputs under `Tests/Goldens/`, compared with what a test
/// produces, and re-recorded with `TIMELINE_RECORD=1 swift test` after an intended change.
///
/// ```swift
/// if let difference = GoldenFile.check(scene.textDump, against: "Tests/Goldens/scenes/seed.txt") {
///   Issue.record(Comment(rawValue: difference))
/// }
/// ```
public enum GoldenFile {
  /// Whether this run records goldens instead of comparing with them.
  public static var isRecording: Bool { ProcessInfo.processInfo.environment["TIMELINE_RECORD"] == "1" }

  /// `nil` when `actual` equals the golden at `relativePath` (or was just recorded there); else
  /// a readable account of the difference: the first differing lines, with their numbers.
  public static func check(_ actual: String, against relativePath: String) -> String? {
    let url = RepositoryFiles.url(relativePath)
    if isRecording {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url, options: .atomic)
        return nil
      } catch {
        return "\(relativePath): could not record the golden: \(error)"
      }
    }
    guard let data = try? Data(contentsOf: url) else {
      return "\(relativePath) is missing: record it with TIMELINE_RECORD=1 swift test"
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return nil }
    return "\(relativePath) differs (re-record with TIMELINE_RECORD=1 swift test if the change is intended):\n"
      + LineDifference.describe(expected: expected, actual: actual)
  }
}

/// A short, readable line difference: how many lines changed, then the first few changes as
/// `-` (golden) and `+` (now) lines with their line numbers.
public enum LineDifference {
  public static func describe(expected: String, actual: String, shown: Int = 12) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let difference = new.difference(from: old)
    var lines = ["\(difference.removals.count) lines removed, \(difference.insertions.count) added"]
    var changes: [(line: Int, text: String)] = []
    for change in difference {
      switch change {
      case .remove(let offset, let element, _): changes.append((offset + 1, "- \(offset + 1): \(element)"))
      case .insert(let offset, let element, _): changes.append((offset + 1, "+ \(offset + 1): \(element)"))
      }
    }
    // In line order, a removal before the insertion that replaces it.
    for change in changes.enumerated().sorted(by: { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) })
      .prefix(shown)
    {
      lines.append(String(change.element.text.prefix(300)))
    }
    if changes.count > shown { lines.append("… and \(changes.count - shown) more") }
    return lines.joined(separator: "\n")
  }
}
