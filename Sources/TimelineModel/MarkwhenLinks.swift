import Foundation

/// Links in Markwhen event lines: a bare `https://…` word, or a Markdown link
/// `[label](https://…)` whose label stays in the title. The link is checked later, with every
/// other `url` (``LinkCheck``).
enum MarkwhenLinks {
  /// `text` with the spaces inside each `[label](url)` replaced by U+00A0, so that splitting
  /// on spaces keeps a link in one word; ``link(in:)`` turns them back.
  static func unwrapped(_ text: Substring) -> Substring {
    guard text.contains("](") else { return text }
    let markdownLink = /\[([^\[\]]*)\]\(([^()\s]+)\)/
    return Substring(
      String(text).replacing(markdownLink) { match in
        "[" + match.output.1.replacingOccurrences(of: " ", with: "\u{00A0}") + "](" + match.output.2 + ")"
      })
  }

  /// The link a word is, with the label it shows (`nil` for a bare URL); `nil` for other words.
  static func link(in word: Substring) -> (url: String, label: Substring?)? {
    if word.hasPrefix("http://") || word.hasPrefix("https://") { return (String(word), nil) }
    guard word.hasPrefix("["), word.hasSuffix(")"), let middle = word.range(of: "](") else { return nil }
    let label = word[word.index(after: word.startIndex)..<middle.lowerBound]
    let url = word[middle.upperBound..<word.index(before: word.endIndex)]
    guard !url.isEmpty else { return nil }
    return (String(url), Substring(label.replacingOccurrences(of: "\u{00A0}", with: " ")))
  }
}
