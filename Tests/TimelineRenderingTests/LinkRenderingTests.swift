import Foundation
import Testing
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineTestSupport
import Timelines

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Event links in SVG (`<a href>` around the event's group) and PDF (link annotations).
@Suite struct LinkRenderingTests {
  static let timeline = Timeline(
    title: "Linked events", source: "Source: an example",
    events: [
      Event(
        index: 0, time: .point(EventDate(year: 2022, month: 1, day: 2)), title: "First, with a link",
        url: "https://example.org/first?a=1&b=2"),
      Event(index: 1, time: .point(EventDate(year: 2022, month: 1, day: 6)), title: "Second, without"),
      Event(
        index: 2,
        time: .range(start: EventDate(year: 2022, month: 1, day: 3), end: EventDate(year: 2022, month: 1, day: 5)),
        title: "A range with a relative link", url: "notes/range.html"),
    ], url: "https://example.org/source")

  /// Each `<a>` element's `href` with the `id` of the group inside it.
  final class AnchorReader: NSObject, XMLParserDelegate {
    var links: [(href: String, id: String)] = []
    var open: String?
    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String]
    ) {
      if name == "a" { open = attributes["href"] }
      if name == "g", let href = open, let id = attributes["id"] {
        links.append((href, id))
        open = nil
      }
    }
  }

  @Test func svgWrapsLinkedEventsInAnchors() throws {
    let svg = try TimelineRenderer().render(Self.timeline, as: .svg)
    let reader = AnchorReader()
    let parser = XMLParser(data: svg)
    parser.delegate = reader
    #expect(parser.parse())
    let links = reader.links.map { ($0.href, String($0.id.drop { $0 != "-" }.dropFirst())) }
    #expect(links.count == 3)
    #expect(links.contains { $0 == ("https://example.org/first?a=1&b=2", "event-0") })
    #expect(links.contains { $0 == ("notes/range.html", "event-2") })
    #expect(links.contains { $0 == ("https://example.org/source", "source") })
    #expect(!links.contains { $0.1 == "event-1" })
  }

  /// The PDF's link annotations: `/URI (…)` and `/Rect [x0 y0 x1 y1]` in points from the
  /// bottom-left corner.
  struct Annotation {
    var uri: String
    var rect: [Double]
  }

  static func annotations(_ pdf: Data) -> [Annotation] {
    let text = String(decoding: pdf, as: UTF8.self)
    var found: [Annotation] = []
    for part in text.components(separatedBy: "/Subtype /Link").dropFirst() {
      let window = String(part.prefix(600))
      guard let uriStart = window.range(of: "/URI ("), let uriEnd = window[uriStart.upperBound...].firstIndex(of: ")"),
        let rectStart = window.range(of: "/Rect ["), let rectEnd = window[rectStart.upperBound...].firstIndex(of: "]")
      else { continue }
      let numbers = window[rectStart.upperBound..<rectEnd].split(separator: " ").compactMap { Double($0) }
      found.append(Annotation(uri: String(window[uriStart.upperBound..<uriEnd]), rect: numbers))
    }
    return found
  }

  @Test func pdfHasALinkAnnotationOverEachLinkedLabel() throws {
    let renderer = TimelineRenderer()
    let layout = renderer.layout(Self.timeline)
    let pdf = try SceneRendering.render(layout.scene, as: .pdf, options: renderer.renderOptions)
    let found = Self.annotations(pdf)
    let uris = found.map { $0.uri }.sorted()
    #expect(uris == ["https://example.org/first?a=1&b=2", "https://example.org/source", "notes/range.html"])
    let pageHeight = layout.scene.height * SceneRendering.pointsPerUnit
    for region in layout.scene.regions {
      guard let link = region.link, let annotation = found.first(where: { $0.uri == link }) else { continue }
      // The region's box, in points with y going up.
      let box = region.box
      let left: Double = box.minX * 0.75
      let bottom: Double = pageHeight - box.maxY * 0.75
      let right: Double = box.maxX * 0.75
      let top: Double = pageHeight - box.minY * 0.75
      let expected: [Double] = [left, bottom, right, top]
      #expect(annotation.rect.count == 4)
      for (got, want) in zip(annotation.rect, expected) {
        #expect(abs(got - want) < 1, "\(link): \(annotation.rect) against \(expected) box \(box)")
      }
    }
  }

  @Test func onAFixedPageTheLinksMoveAndShrinkWithTheDrawing() throws {
    let renderer = TimelineRenderer()
    let layout = renderer.layout(Self.timeline)
    let page = PageSize.a4
    var options = renderer.renderOptions
    options.page = page
    let found = Self.annotations(try SceneRendering.render(layout.scene, as: .pdf, options: options))
    #expect(found.count == 3)
    // Fitted inside the margins and centred there.
    let fit = PageFit(scene: layout.scene, page: page)
    for region in layout.scene.regions {
      guard let link = region.link, let annotation = found.first(where: { $0.uri == link }) else { continue }
      let left: Double = fit.originX + region.box.minX * fit.scale
      let top: Double = page.height - fit.originY - region.box.minY * fit.scale
      #expect(abs(annotation.rect[0] - left) < 1 && abs(annotation.rect[3] - top) < 1, "\(annotation.rect)")
    }
  }

  @Test func pngIsTheSameWithOrWithoutLinks() throws {
    var plain = Self.timeline
    plain.url = nil
    for index in plain.events.indices { plain.events[index].url = nil }
    #expect(try TimelineRenderer().render(Self.timeline, as: .png) == TimelineRenderer().render(plain, as: .png))
  }
}
