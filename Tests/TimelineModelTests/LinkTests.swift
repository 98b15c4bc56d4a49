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
