import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The text layer of an SVG, parsed as XML: each `<text>` with the attributes of the event
/// group (`<g role="group">`) around it, and each group with its `<title>`.
public final class SVGTextLayerReader: NSObject, SVGReading {
  /// An event group: its attributes, its `<title>` and the words of its `<text>` elements.
  public struct Group {
    public var attributes: [String: String]
    public var title = ""
    public var texts: [String] = []
  }

  /// Every `<text>` element's content, in document order.
  public private(set) var texts: [String] = []
  /// Every `<g role="group">`, in document order.
  public private(set) var groups: [Group] = []
  /// The `style` of the `<g class="timeline-text">` layer, or `nil` when there is none.
  public private(set) var layerStyle: String?

  private var stack: [String] = []
  private var openGroups: [Bool] = []
  private var buffer = ""

  public func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String]
  ) {
    stack.append(name)
    buffer = ""
    if name == "g" {
      if attributes["class"] == "timeline-text" { layerStyle = attributes["style"] ?? "" }
      let isGroup = attributes["role"] == "group"
      if isGroup { groups.append(Group(attributes: attributes)) }
      openGroups.append(isGroup)
    }
  }

  public func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

  public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    stack.removeLast()
    let inGroup = openGroups.contains(true)
    switch name {
    case "text":
      texts.append(buffer)
      if inGroup { groups[groups.count - 1].texts.append(buffer) }
    case "title" where inGroup && stack.last == "g":
      groups[groups.count - 1].title = buffer
    case "g":
      openGroups.removeLast()
    default: break
    }
    buffer = ""
  }
}
