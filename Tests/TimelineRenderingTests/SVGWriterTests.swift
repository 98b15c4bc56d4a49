import Foundation
import Testing
import TimelineRendering
import TimelineScene
import TimelineTestSupport

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Every element of an SVG with its attributes, in document order.
final class SVGElementReader: NSObject, SVGReading {
  private(set) var elements: [(name: String, attributes: [String: String])] = []

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String]
  ) {
    elements.append((name, attributes))
  }

  func all(_ name: String) -> [[String: String]] {
    elements.filter { $0.name == name }.map(\.attributes)
  }
}

/// The SVG writer's document for a small scene of every kind of item, read back as XML.
@Suite struct SVGWriterTests {
  static let font = FontSpec(family: "Inter, DejaVu Sans", size: 20)

  static func run(_ text: String, at x: Double, _ y: Double, color: Color = .black) -> TextRun {
    TextRun(
      text: text, origin: Point(x: x, y: y), font: font, color: color, width: 0, ascent: 18, lineHeight: 24)
  }

  static var scene: Scene {
    var scene = Scene(width: 320, height: 200.5, background: .white, title: "Every item")
    let gradient = LinearGradient(
      start: Point(x: 10, y: 0), end: Point(x: 110, y: 0),
      stops: [
        GradientStop(offset: 1, color: Color(red: 0, green: 0, blue: 1, alpha: 0.25)),
        GradientStop(offset: 0, color: Color(red: 1, green: 0, blue: 0)),
      ])
    scene.items = [
      .fill(.rect(Rect(x: 10, y: 10, width: 100, height: 20)), .solid(Color(red: 1, green: 0, blue: 0, alpha: 0.5))),
      .fill(.roundedRect(Rect(x: 10, y: 40, width: 100, height: 20), radius: 4), .linearGradient(gradient)),
      .stroke(
        .line(from: Point(x: 10, y: 70), to: Point(x: 200, y: 70)),
        StrokeStyle(color: .black, width: 1.5, dash: [4, 2])),
      .stroke(.line(from: Point(x: 10, y: 80), to: Point(x: 200, y: 80)), StrokeStyle(color: .black, width: 0)),
      .fill(Path([.move(to: Point(x: 0, y: 0)), .line(to: Point(x: .infinity, y: 3))]), .solid(.black)),
      .text(run("Hello world", at: 10, 120)),
      .text(run("Hello", at: 10, 160, color: Color(red: 0, green: 0.5, blue: 0, alpha: 0.75))),
    ]
    return scene
  }

  static func svg(_ scene: Scene = scene, textLayer: Bool = false) throws -> Data {
    var options = RenderOptions()
    options.svgTextLayer = textLayer
    return try SceneRendering.render(scene, as: .svg, options: options)
  }

  @Test func theRootHasTheScenesSize() throws {
    let reader = try #require(SVGElementReader.read(try Self.svg()))
    let root = try #require(reader.elements.first)
    #expect(root.name == "svg")
    #expect(root.attributes["width"] == "320px")
    #expect(root.attributes["height"] == "200.5px")
    #expect(root.attributes["viewBox"] == "0 0 320 200.5")
  }

  @Test func fillsStrokesAndGradientsBecomePathsWithTheirPaint() throws {
    let reader = try #require(SVGElementReader.read(try Self.svg()))
    let background = try #require(reader.all("rect").first)
    #expect(background["fill"] == "#ffffff" && background["width"] == "320" && background["height"] == "200.5")
    let paths = reader.elements.filter { $0.name == "path" && $0.attributes["id"] == nil }.map(\.attributes)
    // The zero-width stroke and the path through infinity are left out, as cairo left them.
    #expect(paths.count == 3)
    #expect(paths[0]["fill"] == "#ff0000" && paths[0]["fill-opacity"] == "0.5")
    #expect(paths[0]["d"] == "M10 10L110 10L110 30L10 30Z")
    let gradientID = try #require(paths[1]["fill"]).dropFirst(5).dropLast()
    let gradient = try #require(reader.all("linearGradient").first)
    #expect(gradient["id"] == String(gradientID) && gradientID.hasSuffix("-linear0"))
    #expect(gradient["gradientUnits"] == "userSpaceOnUse" && gradient["x1"] == "10" && gradient["x2"] == "110")
    let stops = reader.all("stop")
    #expect(stops.map { $0["offset"] } == ["0", "1"], "sorted by offset, as cairo keeps them")
    #expect(stops.map { $0["stop-color"] } == ["#ff0000", "#0000ff"])
    #expect(stops.map { $0["stop-opacity"] } == [nil, "0.25"])
    #expect(paths[2]["fill"] == "none" && paths[2]["stroke"] == "#000000" && paths[2]["stroke-width"] == "1.5")
    #expect(paths[2]["stroke-dasharray"] == "4,2")
  }

  @Test func textIsGlyphOutlinesDefinedOnceAndUsedPerGlyph() throws {
    let reader = try #require(SVGElementReader.read(try Self.svg()))
    let definitions = reader.elements.filter { $0.name == "path" && $0.attributes["id"] != nil }.map(\.attributes)
    let uses = reader.all("use")
    // "Hello world" and "Hello": 10 + 5 inked glyphs (no space) of 7 distinct ones (H e l o w r d).
    #expect(uses.count == 15)
    #expect(definitions.count == 7)
    let ids = definitions.compactMap { $0["id"] }
    #expect(Set(ids).count == ids.count)
    #expect(ids.allSatisfy { $0.contains("-glyph0-") })
    #expect(definitions.allSatisfy { ($0["d"] ?? "").hasPrefix("M") })
    let referenced = uses.compactMap { $0["xlink:href"].map { String($0.dropFirst()) } }
    #expect(referenced.count == 15 && referenced.allSatisfy(ids.contains))
    // The same text at the same x gives the same glyphs at the same x.
    #expect(Array(referenced[0..<5]) == Array(referenced[10..<15]))
    #expect(uses[0..<5].map { $0["x"] } == uses[10..<15].map { $0["x"] })
    #expect(uses.first?["x"] == "10" && uses.first?["y"] == "120")
    // Each run is a group in its colour.
    let groups = reader.all("g").filter { $0["fill"] != nil }
    #expect(groups.map { $0["fill"] } == ["#000000", "#008000"])
    #expect(groups.map { $0["fill-opacity"] } == [nil, "0.75"])
  }

  @Test func theSameSceneGivesTheSameBytes() throws {
    #expect(try Self.svg(textLayer: true) == (try Self.svg(textLayer: true)))
    var other = Self.scene
    other.items.append(.text(Self.run("world Hello", at: 10, 190)))
    // The glyphs are numbered in order of first use, not by anything a process chose.
    let first = try #require(SVGElementReader.read(try Self.svg(other)))
    let second = try #require(SVGElementReader.read(try Self.svg(other)))
    #expect(first.all("path").map { $0["id"] } == second.all("path").map { $0["id"] })
  }
}
