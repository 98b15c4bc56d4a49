import Foundation
import Testing
import TimelineModel

/// TimelineJS fields the model cannot carry are named, once each; links are kept.
@Suite struct TimelineJSFidelityTests {
  static let json = """
    {"title": {"text": {"headline": "Launches"}, "background": {"color": "#000"}},
     "events": [
      {"start_date": {"year": "1969", "month": "7", "day": "16"}, "display_date": "16 July",
       "text": {"headline": "Apollo 11 launches"},
       "media": {"url": "https://example.org/launch.jpg", "link": "https://example.org/apollo-11", "caption": "c"}},
      {"start_date": {"year": "1969", "month": "7", "day": "20"}, "display_date": "20 July",
       "text": {"headline": "Landing"}, "media": {"url": "https://example.org/landing.jpg"}},
      {"start_date": {"year": "1969", "month": "7", "day": "24"}, "text": {"headline": "Splashdown"},
       "media": {"url": "javascript:alert(1)"}}
     ]}
    """

  @Test func droppedFieldsAreNamedOnceEachWithTheirPlace() throws {
    let fixed = Self.json.replacingOccurrences(of: "javascript:alert(1)", with: "notes/splash.html")
    let loaded = try TimelineLoader.load(data: Data(fixed.utf8), fileName: "t.json")
    let warnings = loaded.warnings.map(\.description)
    #expect(warnings.count == 3, "\(warnings)")
    #expect(
      warnings.contains {
        $0.hasPrefix("warning: t.json:1:46: title.background: TimelineJS background (colour or image) is not drawn")
      }, "\(warnings)")
    #expect(
      warnings.contains {
        $0.hasPrefix("warning: t.json:3:63: events[0].display_date: TimelineJS display_date is not shown")
          && $0.hasSuffix("(2 slides have it)")
      }, "\(warnings)")
    #expect(
      warnings.contains { $0.contains("events[0].media: TimelineJS media") && $0.hasSuffix("(3 slides have it)") },
      "\(warnings)")
  }

  @Test func mediaLinksBecomeEventLinks() throws {
    let fixed = Self.json.replacingOccurrences(of: "javascript:alert(1)", with: "notes/splash.html")
    let events = try TimelineLoader.load(data: Data(fixed.utf8), fileName: "t.json").timeline.events
    #expect(
      events.map(\.url) == ["https://example.org/apollo-11", "https://example.org/landing.jpg", "notes/splash.html"])
  }

  @Test func aMediaLinkOfAnotherSchemeIsAnErrorAtTheMedia() throws {
    #expect {
      try TimelineLoader.load(data: Data(Self.json.utf8), fileName: "t.json")
    } throws: { error in
      let description = (error as? TimelineLoadError)?.description ?? ""
      return description.contains("error: t.json:9:") && description.contains("events[2].url: \"javascript:alert(1)\"")
    }
  }
}
