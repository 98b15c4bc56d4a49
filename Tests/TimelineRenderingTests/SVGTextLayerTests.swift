import Foundation
import Testing
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineTestSupport
import Timelines

/// The SVG's invisible text layer: every drawn word is a `<text>`, every event a titled group.
@Suite struct SVGTextLayerTests {
  static func load(_ name: String) throws -> Timeline {
    let path = "seeds/\(name).yaml"
    return try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
  }

  /// `text` without any whitespace, so wrapped lines compare with the title they came from.
  static func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }

  @Test(arguments: ["kazakhstan-2022", "apollo-13", "the-beatles"])
  func everyEventIsAGroupWithItsTitleAsTextTooltipAndName(name: String) throws {
    let timeline = try Self.load(name)
    let renderer = TimelineRenderer()
    let layout = renderer.layout(timeline)
    let svg = try renderer.render(timeline, as: .svg)
    let reader = try #require(SVGTextLayerReader.read(svg))
    #expect(reader.layerStyle?.hasPrefix("fill-opacity:0;font-family:'Inter'") == true)
    // One <text> per drawn line of text, with the same words (grouped by event, so in
    // another order).
    let runs = layout.scene.textRuns.map(\.text).filter { !$0.allSatisfy(\.isWhitespace) }
    #expect(reader.texts.sorted() == runs.sorted())
    let prefix = try #require(SVGIdentifierReader.read(svg)?.ids.first?.prefix { $0 != "-" })
    for event in timeline.events {
      let group = try #require(
        reader.groups.first { $0.attributes["id"] == "\(prefix)-event-\(event.index)" }, "\(name): \(event.title)")
      #expect(group.attributes["class"]?.split(separator: " ").first == "event")
      if let category = event.category {
        #expect(group.attributes["class"]?.contains("category-\(category)") == true)
      }
      #expect(group.title.hasSuffix(event.title) || group.title.contains(event.title + ". "))
      #expect(group.attributes["aria-label"] == group.title)
      #expect(Self.squeezed(group.texts.joined()).contains(Self.squeezed(event.title)), "\(name): \(event.title)")
    }
  }

  /// `svgTextLayer = false` (for measuring what the layer costs) leaves the drawing and its
  /// metadata, with no `<text>` and no event groups.
  @Test func theLayerCanBeLeftOut() throws {
    let timeline = try Self.load("kazakhstan-2022")
    let scene = TimelineRenderer().layout(timeline).scene
    var options = RenderOptions()
    let with = try SceneRendering.render(scene, as: .svg, options: options)
    options.svgTextLayer = false
    let without = try SceneRendering.render(scene, as: .svg, options: options)
    #expect(without.count < with.count)
    let reader = try #require(SVGTextLayerReader.read(without))
    #expect(reader.texts.isEmpty && reader.groups.isEmpty)
    #expect(String(decoding: without, as: UTF8.self).contains("<title>\(try #require(timeline.title))</title>"))
  }

  @Test func aVerticalListGroupsTheDateWithTheTitle() throws {
    let timeline = try Self.load("kazakhstan-2022")
    var renderer = TimelineRenderer()
    renderer.layoutOptions.orientation = .vertical
    renderer.layoutOptions.width = 900
    let reader = try #require(SVGTextLayerReader.read(try renderer.render(timeline, as: .svg)))
    let first = try #require(reader.groups.first { $0.attributes["id"]?.hasSuffix("-event-0") == true })
    #expect(first.texts.first == "2 Jan")
    #expect(Self.squeezed(first.texts.joined()).contains(Self.squeezed(timeline.events[0].title)))
  }

  @Test func textThatLooksLikeMarkupStaysText() throws {
    let timeline = Timeline(
      title: "A <b>bold</b> & \"quoted\" title",
      events: [
        Event(
          index: 0, time: .point(EventDate(year: 2020, month: 5, day: 1)), title: "</text><script>x</script>",
          category: "a b\"c")
      ])
    let svg = try TimelineRenderer().render(timeline, as: .svg)
    let reader = try #require(SVGTextLayerReader.read(svg))
    #expect(reader.texts.contains("</text><script>x</script>"))
    let group = try #require(reader.groups.first)
    #expect(group.attributes["class"] == "event category-a-b-c")
  }
}
