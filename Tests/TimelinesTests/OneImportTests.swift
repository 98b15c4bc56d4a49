import Foundation
import Testing
import Timelines

/// `import Timelines` alone is enough to build, load and render a timeline.
@Suite struct OneImportTests {
  @Test func rendersATimelineBuiltInCodeAndOneLoadedFromYAML() throws {
    let built = Timeline(
      title: "Apollo 11",
      events: [
        Event(index: 0, time: .point(EventDate(year: 1969, month: 7, day: 16)), title: "Launch"),
        Event(index: 1, time: .point(EventDate(year: 1969, month: 7, day: 24)), title: "Splashdown"),
      ])
    let yaml = "events:\n  - { date: 2022-01-02, title: Protests begin }\n"
    let loaded = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "events.yaml")
    let renderer = TimelineRenderer(layout: LayoutOptions(width: 800), render: RenderOptions(scale: 1))
    let png = try renderer.render(built, as: .png)
    #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    let svg = try renderer.render(loaded.timeline, as: .svg)
    #expect(String(decoding: svg, as: UTF8.self).contains("Protests begin"))
  }
}
