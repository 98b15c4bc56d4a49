import Cairo
import Foundation
import Testing
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineTestSupport
import Timelines

@Suite struct ThemeTests {
  func render(_ theme: Theme) throws -> ImageSurface {
    let seed = try RepositoryFiles.seedTimeline()
    let renderer = TimelineRenderer(layout: LayoutOptions(width: 900, theme: theme))
    return try ImageSurface(png: renderer.render(seed, as: .png))
  }

  @Test func darkPagesAreDark() throws {
    let corner = try #require(try render(.dark).pixel(x: 2, y: 2))
    #expect(corner.alpha == 255 && corner.red < 40 && corner.green < 40 && corner.blue < 40)
  }

  @Test func printIsGreysOnly() throws {
    let image = try render(.print)
    var coloured = 0
    for y in stride(from: 0, to: image.height, by: 3) {
      for x in stride(from: 0, to: image.width, by: 3) {
        guard let p = image.pixel(x: x, y: y) else { continue }
        let spread = max(p.red, p.green, p.blue) - min(p.red, p.green, p.blue)
        if spread > 12 { coloured += 1 }
      }
    }
    #expect(coloured == 0, "\(coloured) sampled pixels are not grey")
  }

  @Test func transparentBackgroundsLeaveThePageClear() throws {
    var theme = Theme.light
    theme.transparentBackground = true
    let image = try render(theme)
    #expect(image.pixel(x: 2, y: 2)?.alpha == 0)
    // cairo writes the page background as the SVG's one full-size <rect>; a clear page has none.
    // (The invisible text layer after cairo's drawing has a <rect> per event, for tooltips.)
    let seed = try RepositoryFiles.seedTimeline()
    func drawing(_ svg: Data) -> String {
      String(decoding: svg, as: UTF8.self).components(separatedBy: "<g class=\"timeline-text\"")[0]
    }
    let clear = drawing(try TimelineRenderer(layout: LayoutOptions(theme: theme)).render(seed, as: .svg))
    let painted = drawing(try TimelineRenderer().render(seed, as: .svg))
    #expect(painted.contains("<rect"))
    #expect(!clear.contains("<rect"))
  }

  @Test func theThemesHaveNames() {
    #expect(Theme.named("Dark") == .dark)
    #expect(Theme.named("print") == .print)
    #expect(Theme.named("sepia") == nil)
  }
}
