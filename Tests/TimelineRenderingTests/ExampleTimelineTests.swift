import Cairo
import Foundation
import Testing
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineTestSupport
import Timelines

/// The example timelines in `seeds/`, laid out with the real fonts.
@Suite struct ExampleTimelineTests {
  static let names = [
    "kazakhstan-2022", "kazakhstan-1991-2022", "berlin-wall-1989", "apollo-11-landing",
    "second-world-war-europe", "roman-history", "software-releases", "apollo-13", "apple-1976-2023",
    "byzantine-empire", "covid-19-first-year", "cuban-missile-crisis", "french-revolution", "internet-and-web",
    "korean-war", "python-language", "romanian-revolution-1989", "space-race", "the-beatles",
  ]

  /// Real-world chronologies of 15–60 events: every title is drawn in its own label, none is
  /// cut, and the canvas is no taller than it is wide.
  @Test(arguments: names.filter { $0 != "software-releases" })
  func realWorldTimelinesFitASquareAndCutNoTitle(name: String) throws {
    let path = "seeds/\(name).yaml"
    let timeline = try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
    let layout = TimelineRenderer().layout(timeline)
    #expect(layout.scene.height <= layout.scene.width, "\(name): \(layout.scene.width) × \(layout.scene.height)")
    #expect(layout.geometry.pointLabels.allSatisfy { !$0.shortened }, "\(name): a title was cut")
    #expect(layout.geometry.rangeBars.allSatisfy { !$0.shortened }, "\(name): a range title was cut")
    #expect(LayoutInvariants.crossingLabels(layout) == 0)
    // Every title in its own label.
    #expect(
      layout.geometry.eventsShownInFull == timeline.events.count,
      "\(name): \(layout.geometry.eventsShownInFull) of \(timeline.events.count) titles in full")
  }

  @Test(arguments: names)
  func keepsEveryInvariantWithRealFonts(name: String) throws {
    let path = "seeds/\(name).yaml"
    let timeline = try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
    let layout = TimelineRenderer().layout(timeline)
    #expect(LayoutInvariants.violations(layout, timeline: timeline) == [])
    #expect(LayoutInvariants.crossingLabels(layout) == 0)
  }

  @Test(arguments: names)
  func committedImagesAreCurrent(name: String) throws {
    let path = "seeds/\(name).yaml"
    let timeline = try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
    let png = try TimelineRenderer().render(timeline, as: .png)
    #expect(
      png == (try RepositoryFiles.data("output/\(name).png")),
      "output/\(name).png is stale: run scripts/render-examples.sh")
  }

  /// The project's PNG writer against cairo's on the same pixels: at most 10% larger.
  @Test(arguments: names)
  func pngsAreNoLargerThanCairosByMoreThanATenth(name: String) throws {
    let png = try RepositoryFiles.data("output/\(name).png")
    let cairos = try ImageSurface(png: png).pngData()
    #expect(Double(png.count) <= 1.10 * Double(cairos.count), "ours \(png.count) B, cairo's \(cairos.count) B")
  }

  /// The seed in a 320-pixel column, with the real fonts: the title wraps between words,
  /// the axis keeps at least two tick labels, every range keeps its title, and no leader
  /// crosses text. (Point events may fold: a 320 × 1600 page is what the layout allows.)
  @Test func theSeedReadsInANarrowColumn() throws {
    let seed = try RepositoryFiles.seedTimeline()
    let layout = TimelineRenderer(layout: LayoutOptions(width: 320)).layout(seed)
    #expect(LayoutInvariants.violations(layout, timeline: seed) == [])
    #expect(LayoutInvariants.crossingLabels(layout) == 0)
    let runs = layout.scene.textRuns
    let titleLines = runs.filter { $0.font.size >= 24 }.map(\.text)
    #expect(titleLines.joined(separator: " ") == seed.title, "\(titleLines)")
    let ticks = layout.geometry.texts.filter { $0.role == .axis }
    #expect(ticks.count >= 2)
    for event in seed.events where event.time.start != event.time.end {
      let bar = try #require(layout.geometry.rangeBars.first { $0.eventIndex == event.index })
      #expect(bar.lines.dropFirst().joined(separator: " ") == event.title)
    }
    #expect(layout.geometry.pointLabels.allSatisfy { !($0.heading ?? "").hasSuffix("…") })
  }

  /// Long category names in a 60 mm column wrap in the legend instead of being cut, and the
  /// legend's rows follow each other evenly.
  @Test func aNarrowLegendWrapsLongCategoryNames() throws {
    let path = "seeds/french-revolution.yaml"
    let timeline = try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
    let width = 60 / 25.4 * 96
    let layout = TimelineRenderer(layout: LayoutOptions(width: width, theme: Theme.light.fitted(toWidth: width)))
      .layout(timeline)
    #expect(LayoutInvariants.violations(layout, timeline: timeline) == [])
    let legendRuns = layout.scene.textRuns.filter { run in
      layout.geometry.texts.contains { text in
        text.role == .legend && text.box.x <= run.origin.x + 0.01 && run.origin.x <= text.box.x + text.box.width
          && text.box.y <= run.origin.y && run.origin.y <= text.box.y + text.box.height
      }
    }
    let legendText = legendRuns.map(\.text).joined(separator: " ")
    #expect(!legendText.contains("…"), "\(legendText)")
    for category in timeline.categories where timeline.events.contains(where: { $0.category == category.id }) {
      #expect(legendText.contains(category.label), "\(category.label) in \(legendText)")
    }
    // Rows: each line's baseline a line height or a row gap below the one before, never more.
    let baselines = legendRuns.map(\.origin.y).sorted()
    let steps = zip(baselines, baselines.dropFirst()).map { $1 - $0 }.filter { $0 > 0.5 }
    let lineHeight = try #require(legendRuns.first?.lineHeight)
    #expect(steps.allSatisfy { $0 < lineHeight * 1.8 }, "\(steps) with line height \(lineHeight)")
  }

  /// The seed in a 60 mm journal column, both ways, with the real fonts: the theme fitted to the
  /// width (× 226.8 / 320: text sizes, margin and gaps) keeps every text at 6 pt or more, inside
  /// the canvas, unoverlapped; the vertical list shortens nothing.
  @Test(arguments: [Orientation.horizontal, .vertical])
  func theSeedReadsInASixtyMillimetreColumn(orientation: Orientation) throws {
    let seed = try RepositoryFiles.seedTimeline()
    let width = 60 / 25.4 * 96
    let theme = Theme.light.fitted(toWidth: width)
    #expect(abs(theme.labelSize - 18 * width / 320) < 0.001 && abs(theme.margin - 48 * width / 320) < 0.001)
    let layout = TimelineRenderer(layout: LayoutOptions(width: width, theme: theme, orientation: orientation))
      .layout(seed)
    #expect(layout.scene.width == width)
    #expect(LayoutInvariants.violations(layout, timeline: seed) == [])
    let smallest = try #require(layout.scene.textRuns.map(\.font.size).min())
    #expect(smallest * SceneRendering.pointsPerUnit >= 6, "smallest text \(smallest * 0.75) pt")
    // A list only grows longer: every title and description is there in full, however narrow;
    // across, the crowded days fold into a cluster whose titles wrap onto up to four lines,
    // which the seed's all fit in.
    #expect(layout.geometry.pointLabels.filter(\.shortened).map(\.eventIndex) == [])
    #expect(layout.scene.textRuns.filter { $0.text.hasSuffix("…") }.map(\.text) == [])
    let png = try ImageSurface(png: try SceneRendering.render(layout.scene, as: .png, options: RenderOptions()))
    #expect(png.width == Int(width.rounded(.up)))
  }
}
