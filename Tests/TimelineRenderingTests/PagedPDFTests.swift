import Foundation
import Testing
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineScene
import TimelineTestSupport
import Timelines

/// A long vertical list on a fixed PDF page continues on further pages instead of shrinking:
/// cut only between rows, the title line and the date heading repeated on every page.
@Suite struct PagedPDFTests {
  static let releasesPath = "seeds/software-releases.yaml"

  static func verticalScene(_ timeline: Timeline, widthMillimetres: Double = 170) -> Scene {
    var renderer = TimelineRenderer()
    renderer.layoutOptions.orientation = .vertical
    renderer.layoutOptions.width = widthMillimetres / 25.4 * 96
    return renderer.layout(timeline).scene
  }

  static func releases() throws -> Timeline {
    try TimelineLoader.load(data: RepositoryFiles.data(releasesPath), fileName: releasesPath).timeline
  }

  @Test func theBandsCoverTheSceneOnceAtFullSizeAndFitTheirPages() throws {
    for (timeline, page) in [(try Self.releases(), PageSize.a4), (try RepositoryFiles.seedTimeline(), .a5)] {
      let scene = Self.verticalScene(timeline, widthMillimetres: page == .a4 ? 170 : 120)
      let fit = try #require(PagedFit(scene: scene, page: page))
      #expect(fit.pages.count > 1)
      #expect(fit.scale == SceneRendering.pointsPerUnit)
      #expect(fit.warning(pageName: "the pages") == nil)
      #expect(fit.pages.first?.top == 0 && fit.pages.last?.bottom == scene.height)
      for (earlier, later) in zip(fit.pages, fit.pages.dropFirst()) { #expect(earlier.bottom == later.top) }
      let inside = page.height - 2 * page.margin
      for sheet in fit.pages {
        #expect((sheet.drawnAt + sheet.bottom - sheet.top) * fit.scale <= inside + 0.001)
        // No line of text is cut by a page's edge.
        for run in scene.textRuns {
          let box = run.bounds
          #expect(!(box.minY < sheet.bottom && box.maxY > sheet.bottom), "\(run.text) cut at \(sheet.bottom)")
        }
      }
      // Every line of text is drawn by exactly one page.
      let drawn = fit.pages.flatMap { PagedFit.items(of: scene, in: $0) }.compactMap {
        if case .text(let run) = $0 { run } else { nil }
      }
      #expect(drawn.count == scene.textRuns.count)
      #expect(Set(drawn.map(\.text)) == Set(scene.textRuns.map(\.text)))
    }
  }

  @Test func whatFitsOnOnePageOrIsHorizontalIsNotCut() throws {
    #expect(PagedFit(scene: Self.verticalScene(try RepositoryFiles.seedTimeline()), page: .a3) == nil)
    let horizontal = TimelineRenderer().layout(try Self.releases()).scene
    #expect(horizontal.pageBreaks == nil)
    #expect(PagedFit(scene: horizontal, page: .a4) == nil)
  }

  @Test(.enabled(if: Poppler.isInstalled, "needs pdfinfo and pdftotext (Debian: poppler-utils)"))
  func everyPageRepeatsTheTitleAndHeadingAndNoEventIsLostOrTwice() throws {
    let timeline = try Self.releases()
    let scene = Self.verticalScene(timeline)
    var options = RenderOptions()
    options.page = .a4
    let pdf = try SceneRendering.render(scene, as: .pdf, options: options)
    let fit = try #require(PagedFit(scene: scene, page: .a4))
    #expect(try Poppler.pageCount(pdf) == fit.pages.count)
    let title = try #require(timeline.title)
    let years = Set((2015...2024).map(String.init))
    var seen: [String] = []
    for page in 1...fit.pages.count {
      let lines = try Poppler.lines(pdf, page: page)
      #expect(lines.first == title, "page \(page) starts with \(lines.prefix(2))")
      if page > 1 { #expect(lines.count > 1 && years.contains(lines[1]), "page \(page): \(lines.prefix(3))") }
      seen += lines.filter { $0.hasPrefix("Version ") }
    }
    #expect(seen.sorted() == timeline.events.map(\.title).sorted())
  }
}
