/// Which links an event file may carry: `http` and `https` URLs and relative references
/// (`notes/day-3.html`, `#day-3`, `/archive/2022`). Anything else — `javascript:`, `data:`,
/// `file:`, `mailto:` — is refused, because the link ends up in SVG and PDF files that readers
/// open and click.
public enum LinkCheck {
  /// Why `link` is not accepted, or `nil` when it is.
  public static func problem(with link: String) -> String? {
    if link.unicodeScalars.contains(where: {
      $0.value < 0x21 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">"
    }) {
      return "\"\(link)\" is not a link: it holds spaces, quotes, angle brackets or control characters"
    }
    // A scheme is letters, digits, `+`, `-` and `.` before the first `:`, starting with a letter,
    // and only counts when no `/`, `?` or `#` comes first (`a/b:c` is a relative path).
    if let colon = link.firstIndex(of: ":") {
      let head = link[..<colon]
      let isScheme =
        head.first?.isLetter == true
        && head.unicodeScalars.allSatisfy {
          $0.isASCII && ($0.properties.isAlphabetic || "0123456789+-.".unicodeScalars.contains($0))
        }
      if isScheme {
        let scheme = head.lowercased()
        guard scheme == "http" || scheme == "https" else {
          return "\"\(link)\" is a \(scheme): link; only http, https and relative links are allowed"
        }
        guard link[link.index(after: colon)...].hasPrefix("//"), link.count > scheme.count + 3 else {
          return "\"\(link)\" has no host; write it as \(scheme)://host/path"
        }
      }
    }
    return nil
  }
}
