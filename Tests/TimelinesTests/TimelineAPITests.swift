import Foundation
import Testing
import Timelines

/// `Timeline(contentsOf:)`, `Timeline(data:format:)`, `validate()` and a renderer that refuses
/// an invalid timeline, all with the loader's own diagnostics.
@Suite struct TimelineAPITests {
  private static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  private func event(_ index: Int, _ time: EventTime, _ title: String = "An event") -> Event {
    Event(index: index, time: time, title: title)
  }

  @Test func loadsFromAURLAndFromData() throws {
    let seed = try Timeline(contentsOf: Self.root.appendingPathComponent("seeds/kazakhstan-2022.yaml"))
    #expect(seed.events.count == 8)
    let yaml = "events:\n  - { date: 2022-01-02, title: Protests begin }\n"
    let fromData = try Timeline(data: Data(yaml.utf8), format: .yaml)
    #expect(fromData.events.map(\.title) == ["Protests begin"])
  }

  @Test func aMissingFileAndABadFileAreLoadErrorsWithTheirText() throws {
    let missing = Self.root.appendingPathComponent("seeds/no-such-file.yaml")
    do {
      _ = try Timeline(contentsOf: missing)
      Issue.record("loaded a missing file")
    } catch {
      #expect(error.errors.first?.message.hasPrefix("cannot read the file") == true)
      #expect((error as any Error).localizedDescription.contains("no-such-file.yaml: cannot read the file"))
    }
    let bad = "events:\n  - date: 2022-02-30\n    title: No such day\n"
    do {
      _ = try Timeline(data: Data(bad.utf8), format: .yaml, fileName: "bad.yaml")
      Issue.record("loaded 30 February")
    } catch {
      #expect(
        (error as any Error).localizedDescription
          == "error: bad.yaml:2:11: events[0].date: \"2022-02-30\" is not a date (February 2022 has 28 days)")
    }
  }

  @Test func everySeedValidatesWithoutErrorsAsLoaded() throws {
    let folder = Self.root.appendingPathComponent("seeds")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
    #expect(files.count > 5)
    for file in files.sorted() {
      let timeline = try Timeline(contentsOf: folder.appendingPathComponent(file))
      #expect(timeline.validationErrors().isEmpty, "\(file): \(timeline.validationErrors())")
    }
  }

  @Test func aTimelineBuiltInCodeGetsTheLoadersDiagnostics() throws {
    let timeline = Timeline(
      timezone: "Mars/Olympus_Mons",
      categories: [Category(id: "war", label: "War", color: "blood red")],
      events: [
        event(0, .point(EventDate(year: 2022, month: 2, day: 30)), "30 February"),
        event(1, .range(start: EventDate(year: 2022, month: 5), end: EventDate(year: 2021)), "Backwards"),
        event(1, .point(EventDate(year: 2022, month: 13)), "Month 13"),
      ])
    let diagnostics = timeline.validate()
    let errors = diagnostics.filter { $0.severity == .error }.map { "\($0.path?.description ?? ""): \($0.message)" }
    #expect(
      errors == [
        "timezone: \"Mars/Olympus_Mons\" is not a time zone (use an IANA name like Asia/Almaty or UTC)",
        "events[0].date: \"2022-02-30\" is not a date (February 2022 has 28 days)",
        "events[1].end: the end (2021) comes before the start (2022-05)",
        "events[2].date: \"2022-13\" is not a date (month 13 is not 1 to 12)",
        "events[2].index: index 1 is also the index of events[1]; every event needs its own "
          + "(or none: a timeline numbers the events it is given in order)",
      ], "\(errors)")
    #expect(diagnostics.contains { $0.severity == .warning && $0.path?.description == "categories[0].color" })
  }

  @Test func theSameProblemReadsTheSameFromAFileAndFromCode() throws {
    let yaml = "events:\n  - date: 2022-02-30\n    title: A\n"
    var fromFile: [Diagnostic] = []
    do {
      _ = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "x.yaml")
    } catch {
      fromFile = error.errors
    }
    let fromCode = Timeline(events: [event(0, .point(EventDate(year: 2022, month: 2, day: 30)), "A")])
      .validationErrors(name: "x.yaml")
    #expect(fromFile.map(\.message) == fromCode.map(\.message))
    #expect(fromFile.map(\.path) == fromCode.map(\.path))
  }

  @Test func theRendererRefusesAnInvalidTimelineWithItsDiagnostics() throws {
    let invalid = Timeline(events: [event(0, .point(EventDate(year: 2022, month: 2, day: 30)))])
    let renderer = TimelineRenderer(layout: LayoutOptions(width: 800))
    do {
      _ = try renderer.render(invalid, as: .svg)
      Issue.record("rendered 30 February")
    } catch {
      #expect(error == .invalidTimeline(invalid.validationErrors()))
      let text = (error as any Error).localizedDescription
      #expect(
        text.hasPrefix("the timeline has 1 error and was not rendered:\nerror: timeline: events[0].date:"), "\(text)")
    }
    let valid = Timeline(events: [event(0, .point(EventDate(year: 2022, month: 2, day: 28)))])
    #expect(try renderer.render(valid, as: .svg).count > 100)
  }

  @Test func renderErrorsSpeakInLibraryTerms() {
    let error: any Error = RenderError.canvasTooLarge(width: 40_000, height: 100)
    #expect(error.localizedDescription.contains("LayoutOptions.width"))
    #expect(!error.localizedDescription.contains("--width"))
    #expect(RenderError.canvasTooLarge(width: 40_000, height: 100).description.contains("--width"))
  }
}
