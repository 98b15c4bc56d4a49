import Foundation
import Testing
import TimelineModel

/// Markwhen syntax the importer cannot carry is named in one warning per kind, at its first
/// place and with a count, and never lost or misread without a word (issue 11, item 6).
@Suite struct MarkwhenUnsupportedTests {
  func load(_ text: String) throws -> LoadedTimeline {
    try TimelineLoader.load(data: Data(text.utf8), fileName: "f.mw")
  }

  static let everyKind = """
    group Outer
    2022-01-01: Plain event
    riders: Tom, Jerry
    fee: $4

    Some description text
    group Inner
    2022-02-01: Inner event !launch
    endGroup
    2022-03-01: Back in outer 50%
    endGroup
    after !launch 3 days: After an id
    2022-06-01: Photo ![a view](https://example.org/a.png) with @karl
    2022-07-01: Meet at [the old bar](location)
    now: Things to do
    - [ ] unfinished task
    - [x] finished task
    """

  @Test func eachKindIsNamedOnceAtItsFirstPlaceWithACount() throws {
    let loaded = try load(Self.everyKind)
    let suffix = " are not"
    #expect(
      loaded.warnings.map(\.description) == [
        "warning: f.mw:3:1: Markwhen event properties (\"riders: Tom, Jerry\")\(suffix) used by timeline; they are "
          + "left out of the description (2 times in the file)",
        "warning: f.mw:7:1: nested Markwhen groups (\"group Inner\") are flattened by timeline: each event takes its "
          + "innermost group as its category (once in the file)",
        "warning: f.mw:8:25: Markwhen event ids (\"!launch\")\(suffix) used by timeline, which reads no relative "
          + "dates; they are left out of the title (once in the file)",
        "warning: f.mw:10:27: Markwhen completion percentages (\"50%\")\(suffix) drawn by timeline; they stay in the "
          + "title as text (once in the file)",
        "warning: f.mw:12:1: Markwhen relative dates and now-events (\"after !launch 3 days\")\(suffix) read by "
          + "timeline (give the dates); the line is kept as description text (2 times in the file)",
        "warning: f.mw:13:19: Markwhen images (\"![a view](https://example.org/a.png)\")\(suffix) drawn by timeline; "
          + "they are left out of the title (once in the file)",
        "warning: f.mw:14:21: Markwhen locations (\"[the old bar](location)\")\(suffix) drawn by timeline; the "
          + "place's name stays in the title (once in the file)",
        "warning: f.mw:16:1: Markwhen task lists (\"- [ ] unfinished task\")\(suffix) drawn as tasks by timeline; "
          + "they stay in the description as text (2 times in the file)",
      ])
  }

  @Test func whatIsKeptAndWhatIsLeftOut() throws {
    let events = try load(Self.everyKind).timeline.events
    #expect(
      events.map(\.title) == [
        "Plain event", "Inner event", "Back in outer 50%", "Photo with @karl", "Meet at the old bar",
      ])
    // Properties are not description; the text after them is.
    #expect(events[0].description == "Some description text")
    // The innermost group names the category, and its end returns to the outer one.
    #expect(events.map(\.category) == ["Outer", "Inner", "Outer", nil, nil])
    // A location is no link; the relative-date line stays text of the event above.
    #expect(events[4].url == nil)
    #expect(events[2].description == "after !launch 3 days: After an id")
    #expect(events[4].description == "now: Things to do - [ ] unfinished task - [x] finished task")
  }

  @Test func plainFilesWarnAboutNothing() throws {
    let text = """
      2022-01-01: Protests begin #protest
      Note: the first line below an event that looks like a key is a property in Markwhen,
      2022-01-02: Second !2
        a description that is no property
      2022-01-03: Yahoo! and 2 weeks later
      """
    let loaded = try load(text)
    #expect(loaded.warnings.count == 1)
    #expect(loaded.warnings.first?.description.contains("event properties (\"Note: the first line") == true)
    #expect(loaded.timeline.events[1].description == "a description that is no property")
    #expect(loaded.timeline.events.map(\.title) == ["Protests begin", "Second", "Yahoo! and 2 weeks later"])
  }
}
