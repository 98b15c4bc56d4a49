import Foundation
import Testing
import TimelineModel

/// `url` on events and on the timeline: http, https and relative links only.
@Suite struct LinkTests {
  static func load(_ text: String, fileName: String = "links.yaml") throws -> LoadedTimeline {
    try TimelineLoader.load(data: Data(text.utf8), fileName: fileName)
  }

  @Test func eventsAndTheTimelineCarryTheirLinks() throws {
    let loaded = try Self.load(
      """
      title: Linked
      url: https://example.org/source
      events:
        - date: 2022-01-02
          title: Absolute
          url: https://example.org/story?id=1#top
        - date: 2022-01-03
          title: Relative
          url: notes/day-3.html
        - date: 2022-01-04
          title: None
      """)
    #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    #expect(loaded.timeline.url == "https://example.org/source")
    #expect(loaded.timeline.events.map(\.url) == ["https://example.org/story?id=1#top", "notes/day-3.html", nil])
  }

  @Test func aLinkOfAnotherSchemeIsAnErrorWithFileLineColumnAndField() throws {
    #expect {
      try Self.load(
        """
        events:
          - date: 2022-01-02
            title: Bad
            url: javascript:alert(1)
        """)
    } throws: { error in
      (error as? TimelineLoadError)?.description
        == "error: links.yaml:4:10: events[0].url: \"javascript:alert(1)\" is a javascript: link; only http, https and relative links are allowed"
    }
  }

  @Test func csvHasAURLColumn() throws {
    let loaded = try Self.load(
      "date,title,url\n2022-01-02,First,https://example.org/a\n2022-01-03,Second,\n", fileName: "links.csv")
    #expect(loaded.timeline.events.map(\.url) == ["https://example.org/a", nil])
  }

  @Test(arguments: [
    "http://example.org", "https://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG", "page.html", "../up/page.html",
    "#anchor", "/absolute/path", "a/b:c", "?query=1",
  ])
  func acceptedLinks(link: String) {
    #expect(LinkCheck.problem(with: link) == nil)
  }

  @Test(arguments: [
    "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>", "file:///etc/passwd", "mailto:a@b.c",
    "ftp://example.org", "https:", "https:/x", "has space.html", "quote\".html", "tab\there",
  ])
  func refusedLinks(link: String) {
    #expect(LinkCheck.problem(with: link) != nil)
  }
}

/// Markwhen: a bare URL or a Markdown link on an event line is the event's link.
@Suite struct MarkwhenLinkTests {
  static func load(_ text: String) throws -> LoadedTimeline {
    try TimelineLoader.load(data: Data(text.utf8), fileName: "links.mw")
  }

  @Test func bareAndMarkdownLinksBecomeTheEventsURL() throws {
    let loaded = try Self.load(
      """
      ---
      title: Links
      url: https://example.org/source
      ---
      2022-01-02: Protests begin https://example.org/day-2 #protests
      2022-01-05: [State of emergency](notes/emergency.html) declared
      2022-01-07: No link [draft] here (v2)
      """)
    let events = loaded.timeline.events
    #expect(events.map(\.url) == ["https://example.org/day-2", "notes/emergency.html", nil])
    #expect(events.map(\.title) == ["Protests begin", "State of emergency declared", "No link [draft] here (v2)"])
    #expect(loaded.timeline.url == "https://example.org/source")
  }

  @Test func aBadSchemeIsAnErrorAtTheLink() throws {
    #expect {
      try Self.load("2022-01-02: Click [here](javascript:alert(1))\n")
    } throws: { error in
      (error as? TimelineLoadError)?.description.hasPrefix("error: links.mw:1:26: events[0].url:") == true
    }
  }

  @Test func unusedHeaderFieldsAreNamed() throws {
    let loaded = try Self.load("---\ntitle: T\nview: month\n---\n2022-01-02: One\n")
    #expect(
      loaded.warnings.map(\.description) == [
        "warning: links.mw:3:1: Markwhen header field \"view\" is not used by timeline"
      ])
  }
}
