import Foundation
import Testing
import TimelineModel
import TimelineTestSupport

@Suite struct TimelineJSImportTests {
  @Test func aTimelineJSFileGivesTheSameTimelineAsItsYAML() throws {
    let tjs = try TimelineLoader.load(
      data: RepositoryFiles.data("Tests/Fixtures/valid/timelinejs.json"), fileName: "timelinejs.json")
    let yaml = try TimelineLoader.load(
      data: RepositoryFiles.data("Tests/Fixtures/valid/timelinejs-equivalent.yaml"), fileName: "equivalent.yaml")
    #expect(tjs.timeline == yaml.timeline)
    #expect(tjs.timeline.events[0].time.start.year == -43)
  }

  /// TimelineJS's negative years are years BCE ("-44" shows as 44 BCE): astronomically one
  /// more (−43), so the timeline says 44 BC too.
  @Test(arguments: [("-44", -43), ("-1", 0), ("44", 44)])
  func negativeYearsAreYearsBCE(year: String, astronomical: Int) throws {
    let json = """
      {"events": [{"start_date": {"year": "\(year)"}, "text": {"headline": "x"}}]}
      """
    let loaded = try TimelineLoader.load(data: Data(json.utf8), fileName: "t.json")
    #expect(loaded.timeline.events[0].time.start.year == astronomical)
  }

  @Test func badDatesPointIntoTheTimelineJSFile() throws {
    let json = """
      {"events": [
        {"start_date": {"year": "2022", "month": "2", "day": "30"}, "text": {"headline": "x"}}
      ]}
      """
    #expect {
      try TimelineLoader.load(data: Data(json.utf8), fileName: "t.json")
    } throws: { error in
      (error as? TimelineLoadError)?.description
        == "error: t.json:2:18: events[0].date: \"2022-02-30\" is not a date (February 2022 has 28 days)"
    }
  }
}
