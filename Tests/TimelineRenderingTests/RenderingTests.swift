import Cairo
import Foundation
import PangoText
import Testing
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineScene
import TimelineTestSupport
import Timelines

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct RenderingTests {
  let seed: Timeline
  let renderer = TimelineRenderer(render: RenderOptions(scale: 1, documentDate: RenderOptions.fixedDocumentDate))

  init() throws {
    seed = try RepositoryFiles.seedTimeline()
  }

  /// Pixels darker than mid-grey inside `rect` (device pixels).
  func inkPixels(_ image: ImageSurface, in rect: Rect) -> Int {
    var count = 0
    for y in Int(rect.minY)..<Int(rect.maxY) {
      for x in Int(rect.minX)..<Int(rect.maxX) {
        guard let p = image.pixel(x: x, y: y) else { continue }
        if Int(p.red) + Int(p.green) + Int(p.blue) < 3 * 128 { count += 1 }
      }
    }
    return count
  }

  @Test func pngDecodesWithTheExpectedSizeBackgroundAndInk() throws {
    let layout = renderer.layout(seed)
    let png = try SceneRendering.render(layout.scene, as: .png, options: renderer.renderOptions)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    let image = try ImageSurface(png: png)
    #expect(image.width == 1600)
    #expect(image.height == Int(layout.scene.height.rounded(.up)))
    let corner = try #require(image.pixel(x: 3, y: 3))
    #expect(corner.alpha == 255 && corner.red == 255 && corner.green == 255 && corner.blue == 255)
    for label in layout.geometry.pointLabels {
      #expect(inkPixels(image, in: label.textBox) > 100, "no ink where event \(label.eventIndex)'s label is")
    }
    let title = try #require(layout.geometry.texts.first { $0.role == .header })
    #expect(inkPixels(image, in: title.box) > 500)
    // The right margin holds nothing.
    #expect(inkPixels(image, in: Rect(x: 1560, y: 0, width: 40, height: Double(image.height))) == 0)
  }

  @Test(arguments: [(1.0, UInt32(3780)), (2.0, UInt32(7560)), (300.0 / 96, UInt32(11812))])
  func pngRecordsTheDensityOfItsScale(scale: Double, pixelsPerMetre: UInt32) throws {
    // A layout unit is a CSS pixel (1/96 in): at any scale the image prints at the layout's size.
    let layout = renderer.layout(seed)
    let png = try SceneRendering.render(layout.scene, as: .png, options: RenderOptions(scale: scale))
    let density = try #require(PNGChunks(png)?.physicalDensity)
    #expect(density.x == pixelsPerMetre && density.y == pixelsPerMetre && density.unit == 1)
    let printedInches = Double(try ImageSurface(png: png).width) / (Double(density.x) * 0.0254)
    #expect(abs(printedInches - layout.scene.width / 96) < 0.01)
  }

  @Test func scaleTwoDoublesThePixelsNotTheLayout() throws {
    let layout = renderer.layout(seed)
    let png = try SceneRendering.render(layout.scene, as: .png, options: RenderOptions(scale: 2))
    let image = try ImageSurface(png: png)
    #expect(image.width == 3200)
    #expect(image.height == Int((layout.scene.height * 2).rounded(.up)))
    let label = layout.geometry.pointLabels[0].textBox
    let doubled = Rect(x: label.minX * 2, y: label.minY * 2, width: label.width * 2, height: label.height * 2)
    #expect(inkPixels(image, in: doubled) > 400)
  }

  @Test func svgParsesAsXMLWithItsSize() throws {
    let layout = renderer.layout(seed)
    let svg = try SceneRendering.render(layout.scene, as: .svg, options: renderer.renderOptions)
    final class RootReader: NSObject, XMLParserDelegate {
      var root: (name: String, attributes: [String: String])?
      var elements = 0
      var current: String?
      var texts: [String: String] = [:]
      func parser(_ parser: XMLParser, foundCharacters string: String) {
        // The document's own title and description, not the event groups' tooltips.
        if let current, current == "title" || current == "desc", !finished.contains(current) {
          texts[current, default: ""] += string
        }
      }
      var finished: Set<String> = []
      func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        current = nil
        finished.insert(name)
      }
      func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
      ) {
        if root == nil { root = (name, attributes) }
        elements += 1
        current = name
      }
    }
    let reader = RootReader()
    let parser = XMLParser(data: svg)
    parser.delegate = reader
    #expect(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
    let root = try #require(reader.root)
    #expect(root.name == "svg")
    let height = Int(layout.scene.height)
    #expect(root.attributes["width"] == "1600px")
    #expect(root.attributes["height"] == "\(height)px")
    #expect(root.attributes["viewBox"] == "0 0 1600 \(height)")
    #expect(reader.elements > 100)
    #expect(reader.texts["title"] == seed.title)
    #expect(reader.texts["desc"]?.hasPrefix("Timeline: Kazakhstan’s January 2022 protests") == true)
  }

  @Test func pdfHasOnePageAndAFixedDate() throws {
    let pdf = try renderer.render(seed, as: .pdf)
    let text = String(decoding: pdf, as: UTF8.self)
    #expect(text.hasPrefix("%PDF-"))
    #expect(text.contains("%%EOF"))
    let pages = text.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }
    #expect(pages.count == 1)
    // cairo 1.16 writes the date without the "D:" prefix.
    #expect(text.contains("/CreationDate (20000101000000Z)"))
  }

  @Test(arguments: OutputFormat.allCases)
  func twoRendersAreByteIdentical(format: OutputFormat) throws {
    let first = try renderer.render(seed, as: format)
    let second = try renderer.render(seed, as: format)
    #expect(first == second)
    #expect(first.count > 1000)
  }

  @Test func kazakhCyrillicHasGlyphsAndRenders() throws {
    let measurer = PangoTextMeasurer()
    let font = Theme.light.font(for: 18)
    #expect(measurer.unknownGlyphCount("Қазақстан, Алматы: әғқңөұүһі ӘҒҚҢӨҰҮҺІ", font: font) == 0)
    let kazakh = Timeline(
      title: "Қазақстандағы қаңтар оқиғалары",
      events: [Event(index: 0, time: .point(EventDate(year: 2022, month: 1, day: 5)), title: "Алматыдағы наразылық")])
    let layout = renderer.layout(kazakh)
    let image = try ImageSurface(png: SceneRendering.render(layout.scene, as: .png, options: renderer.renderOptions))
    #expect(inkPixels(image, in: layout.geometry.pointLabels[0].textBox) > 100)
  }

  @Test func oversizedCanvasesAreRefusedBeforeAllocating() throws {
    let scene = Scene(width: 20_000, height: 20_000, background: .white)
    #expect(throws: RenderError.canvasTooLarge(width: 20_000, height: 20_000)) {
      try SceneRendering.render(scene, as: .png, options: RenderOptions())
    }
    #expect {
      _ = try SceneRendering.pixelSize(of: Scene(width: 10, height: 10, background: nil), scale: .nan)
    } throws: { error in
      if case .invalidScale = error as? RenderError { true } else { false }
    }
    #expect {
      try ImageSurface(width: 40_000, height: 10)
    } throws: { error in
      (error as? CairoError)?.isInvalidSize == true
    }
  }

  @Test func nonFiniteGeometryIsSkippedNotDrawn() throws {
    var scene = Scene(width: 100, height: 50, background: .white)
    scene.items.append(.fill(.rect(Rect(x: .nan, y: 0, width: 50, height: 50)), .solid(.black)))
    scene.items.append(
      .stroke(.line(from: Point(x: 0, y: 0), to: Point(x: .infinity, y: 10)), StrokeStyle(color: .black, width: 2)))
    let image = try ImageSurface(png: SceneRendering.render(scene, as: .png, options: RenderOptions()))
    #expect(inkPixels(image, in: Rect(x: 0, y: 0, width: 100, height: 50)) == 0)
  }
}

@Suite struct DocumentDateTests {
  @Test func sourceDateEpochBecomesTheDocumentDate() {
    #expect(RenderOptions.documentDateFromEnvironment(["SOURCE_DATE_EPOCH": "1641513600"]) == "2022-01-07T00:00:00Z")
    #expect(RenderOptions.documentDateFromEnvironment(["SOURCE_DATE_EPOCH": "0"]) == "1970-01-01T00:00:00Z")
    #expect(RenderOptions.documentDateFromEnvironment(["SOURCE_DATE_EPOCH": "soon"]) == RenderOptions.fixedDocumentDate)
    #expect(RenderOptions.documentDateFromEnvironment([:]) == RenderOptions.fixedDocumentDate)
  }
}
