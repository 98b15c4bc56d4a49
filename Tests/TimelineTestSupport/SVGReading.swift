import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A parser delegate that collects what a test checks in an SVG, in one pass of `XMLParser`.
public protocol SVGReading: XMLParserDelegate {
  init()
}

extension SVGReading {
  /// Parses `svg`; `nil` when it is not well-formed XML.
  public static func read(_ svg: Data) -> Self? {
    let reader = Self()
    let parser = XMLParser(data: svg)
    parser.delegate = reader
    return parser.parse() ? reader : nil
  }
}
