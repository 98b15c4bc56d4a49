import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An SVG parsed as XML, keeping every `id` and every reference to one (`href="#…"`,
/// `xlink:href="#…"`, `url(#…)` in any attribute), for the inline-SVG tests.
public final class SVGIdentifierReader: NSObject, SVGReading {
  /// Every `id` attribute, in document order.
  public private(set) var ids: [String] = []
  /// Every id referred to, in document order.
  public private(set) var references: [String] = []
  /// Element names in document order.
  public private(set) var elements: [String] = []

  public func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String]
  ) {
    elements.append(name)
    for key in attributes.keys.sorted() {
      guard let value = attributes[key] else { continue }
      if key == "id" { ids.append(value) }
      if key == "href" || key == "xlink:href", value.hasPrefix("#") { references.append(String(value.dropFirst())) }
      var rest = Substring(value)
      while let start = rest.range(of: "url(#") {
        rest = rest[start.upperBound...]
        guard let close = rest.firstIndex(of: ")") else { break }
        references.append(String(rest[..<close]))
        rest = rest[close...]
      }
    }
  }
}
