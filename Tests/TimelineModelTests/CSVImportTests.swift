import Foundation
import Testing
import TimelineModel
import TimelineTestSupport

@Suite struct CSVImportTests {
  func load(_ text: String, name: String = "t.csv") throws -> LoadedTimeline {
    try TimelineLoader.load(data: Data(text.utf8), fileName: name)
  }

  @Test func aTableGivesTheSameTimelineAsItsYAML() throws {
    let csv = try TimelineLoader.load(
      data: RepositoryFiles.data("Tests/Fixtures/valid/seed-subset.csv"), fileName: "seed-subset.csv")
    let yaml = try TimelineLoader.load(
      data: RepositoryFiles.data("Tests/Fixtures/valid/seed-subset.yaml"), fileName: "seed-subset.yaml")
    #expect(csv.timeline == yaml.timeline)
    #expect(csv.warnings.isEmpty)
  }

  @Test func quotingFollowsRFC4180() throws {
    let text = "date,title,description\r\n2022-01-05,\"A, B\",\"He said \"\"now\"\"\nand left\"\r\n"
    let event = try #require(try load(text).timeline.events.first)
    #expect(event.title == "A, B")
    #expect(event.description == "He said \"now\"\nand left")
  }

  @Test func errorsNameTheRowAndColumn() throws {
    let text = "date,title\n2022-01-05,Fine\n2022-13-01,Bad month\n"
    #expect {
      try load(text, name: "bad.csv")
    } throws: { error in
      (error as? TimelineLoadError)?.description
        == "error: bad.csv:3:1: events[1].date: \"2022-13-01\" is not a date (month 13 is not 1 to 12)"
    }
  }

  @Test func structuralProblemsAreClear() throws {
    #expect {
      try load("date,title\n2022-01-05,\"never closed\n", name: "q.csv")
    } throws: { error in
      (error as? TimelineLoadError)?.description
        == "error: q.csv:2:12: CSV syntax: the quoted field starting here is never closed"
    }
    #expect {
      try load("date,name\n2022-01-05,x\n", name: "h.csv")
    } throws: { error in
      (error as? TimelineLoadError)?.description.contains("h.csv:1:1: the header row names no title column") == true
    }
  }

  @Test func unknownColumnsWarnOnce() throws {
    let loaded = try load("date,title,colour\n2022-01-05,a,red\n2022-01-06,b,blue\n", name: "c.csv")
    #expect(
      loaded.warnings.map(\.description) == [
        "warning: c.csv:1:12: events[0].colour: unknown field \"colour\" is ignored"
      ])
  }
}
