import Foundation
import Testing
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineTestSupport
import Timelines

/// Fixed PDF pages: sizes by name, turned on their side, and the fit of a scene on them.
@Suite struct PageFitTests {
  @Test func namedPagesAndLandscape() throws {
    #expect(PageSize.names.allSatisfy { PageSize.named($0) != nil })
    #expect(PageSize.named("A4") == .a4)
    let turned = try #require(PageSize.named("a4-landscape"))
    #expect(turned.width == PageSize.a4.height && turned.height == PageSize.a4.width)
    #expect(PageSize.named("letter-landscape") == PageSize.letter.landscape)
    #expect(PageSize.named("b5") == nil)
    // A3 is two A4s side by side.
    #expect(abs(PageSize.a3.width - 2 * PageSize.a4.width * 0.7071) < 1)
  }

  @Test func aTimelineThatFitsKeepsItsSizeAndIsCentred() throws {
    var renderer = TimelineRenderer()
    renderer.layoutOptions.width = 170 / 25.4 * 96  // 170 mm
    let timeline = Timeline(
      title: "Two events",
      events: [
        Event(index: 0, time: .point(EventDate(year: 2022, month: 1, day: 2)), title: "One"),
        Event(index: 1, time: .point(EventDate(year: 2022, month: 1, day: 9)), title: "Two"),
      ])
    let scene = renderer.layout(timeline).scene
    let fit = PageFit(scene: scene, page: .a4)
    #expect(fit.scale == SceneRendering.pointsPerUnit)
    #expect(fit.percentage == 100)
    // As much room left as right, above as below.
    let right = PageSize.a4.width - (fit.originX + scene.width * fit.scale)
    let below = PageSize.a4.height - (fit.originY + scene.height * fit.scale)
    #expect(abs(fit.originX - right) < 0.001 && abs(fit.originY - below) < 0.001)
    #expect(fit.warning(pageName: "A4") == nil)
  }

  @Test func aLongVerticalListOnOnePageWarnsInsteadOfShrinkingSilently() throws {
    let path = "seeds/software-releases.yaml"
    let timeline = try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
    var renderer = TimelineRenderer()
    renderer.layoutOptions.orientation = .vertical
    renderer.layoutOptions.width = 170 / 25.4 * 96
    let scene = renderer.layout(timeline).scene
    let fit = PageFit(scene: scene, page: .a4)
    #expect(fit.smallestText < PageFit.minimumReadableText)
    let warning = try #require(fit.warning(pageName: "A4"))
    #expect(warning.contains("--orientation vertical") || warning.contains("larger page"))
  }

  @Test func aVerticalListIsNotToldToBeVertical() throws {
    let scene = try TimelineRenderer().layout(RepositoryFiles.seedTimeline()).scene
    let fit = PageFit(scene: scene, page: .a5)
    let across = try #require(fit.warning(pageName: "the page"))
    let down = try #require(fit.warning(pageName: "the page", vertical: true))
    #expect(across.hasSuffix("or --orientation vertical for a long list"))
    #expect(!down.contains("--orientation") && down.hasSuffix("or a smaller --width (e.g. 170mm for A4)"))
  }
}
