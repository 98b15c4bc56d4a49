import Foundation
import Testing
import TimelineLayout
import TimelineRendering
import TimelineTestSupport
import Timelines

/// The scene of every example and edge case, as text (``Scene/textDump``), against the
/// committed goldens in `Tests/Goldens/scenes/`: any change to what is drawn, however small,
/// shows as a line difference. Re-record after an intended change with
/// `TIMELINE_RECORD=1 swift test --filter SceneGoldenTests` and read the diff in review.
@Suite(.enabled(if: GoldenFonts.match, GoldenFonts.skipReason))
struct SceneGoldenTests {
  @Test(arguments: GoldenCase.examples + GoldenCase.edgeCases)
  func sceneMatchesItsGolden(_ golden: GoldenCase) throws {
    let scene = TimelineRenderer(layout: golden.options).layout(try golden.timeline()).scene
    if let difference = GoldenFile.check(scene.textDump, against: "Tests/Goldens/scenes/\(golden.name).txt") {
      Issue.record(Comment(rawValue: difference))
    }
  }

  /// A record run leaves no golden without a case: every file in the folder is still tested.
  @Test func everyGoldenHasACase() throws {
    let folder = RepositoryFiles.url("Tests/Goldens/scenes").path
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
    let names = Set((GoldenCase.examples + GoldenCase.edgeCases).map { "\($0.name).txt" })
    #expect(Set(files).subtracting(names).isEmpty, "goldens without a case: \(Set(files).subtracting(names))")
  }
}
