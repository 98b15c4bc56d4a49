import Cairo
import Foundation
import Testing
import TimelineLayout
import TimelineRendering
import TimelineTestSupport
import Timelines

/// The committed images in `output/` against what the renderer draws now, decoded and compared
/// pixel by pixel with a small tolerance (another cairo or FreeType build antialiases a little
/// differently). Where they differ, a picture of the difference is written to
/// `.build/golden-diffs/NAME.png` and named in the failure. `scripts/render-examples.sh`
/// re-renders them.
@Suite(.enabled(if: GoldenFonts.match, GoldenFonts.skipReason))
struct ImageGoldenTests {
  /// Pixels allowed to differ beyond the colour tolerance, as a share of the image.
  static let allowedShare = 0.001

  @Test(arguments: GoldenCase.examples.filter(\.hasCommittedImage))
  func committedImageMatchesTheRenderer(_ golden: GoldenCase) throws {
    let png = try TimelineRenderer(layout: golden.options).render(try golden.timeline(), as: .png)
    let committed = try ImageSurface(png: RepositoryFiles.data("output/\(golden.name).png"))
    let drawn = try ImageSurface(png: png)
    guard let difference = try PixelDifference(golden: committed, actual: drawn) else {
      Issue.record(
        Comment(
          rawValue: "output/\(golden.name).png is \(committed.width)×\(committed.height), the renderer draws "
            + "\(drawn.width)×\(drawn.height): run scripts/render-examples.sh"))
      return
    }
    guard difference.share > Self.allowedShare else { return }
    let folder = RepositoryFiles.url(".build/golden-diffs")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let picture = folder.appendingPathComponent("\(golden.name).png")
    try difference.picture?.write(to: picture)
    Issue.record(
      Comment(
        rawValue: "output/\(golden.name).png: \(difference.differing) pixels differ "
          + "(\(String(format: "%.3f", difference.share * 100)) %); see \(picture.path), "
          + "and run scripts/render-examples.sh if the change is intended"))
  }

  /// The comparison itself: a changed picture is caught, and the difference drawn where it is.
  @Test func aChangedPictureIsCaughtAndShown() throws {
    let seed = try RepositoryFiles.seedTimeline()
    let golden = try ImageSurface(png: TimelineRenderer().render(seed, as: .png))
    var moved = seed
    moved.events[0].title += " (changed)"
    let changed = try ImageSurface(png: TimelineRenderer().render(moved, as: .png))
    let difference = try #require(try PixelDifference(golden: golden, actual: changed))
    #expect(difference.differing > 100)
    let picture = try ImageSurface(png: #require(difference.picture))
    #expect(picture.width == golden.width && picture.height == golden.height)
    let same = try #require(try PixelDifference(golden: golden, actual: golden))
    #expect(same.differing == 0 && same.picture == nil)
  }
}
