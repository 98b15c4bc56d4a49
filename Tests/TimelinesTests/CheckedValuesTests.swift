import Foundation
import Testing
import Timelines

/// Colours and time zones are checked when made, with the validator's own messages.
@Suite struct CheckedValuesTests {
  @Test func aHexColourIsCheckedWhenMade() throws {
    #expect(try HexColor("#c0392b").text == "#c0392b")
    #expect(try HexColor("fff").text == "fff")
    #expect(try HexColor(" #11223344 ").text == "#11223344")
    for bad in ["blood red", "#12345", "#ggg", ""] {
      #expect(throws: InvalidValueError.self) { try HexColor(bad) }
    }
    do {
      _ = try HexColor("blood red")
      Issue.record("took blood red")
    } catch {
      #expect((error as any Error).localizedDescription == "\"blood red\" is not a colour like #d55e00")
    }
  }

  @Test func aCategorysColourReadsAndSetsTheCheckedValue() throws {
    var category = Category(id: "war", label: "War", hexColor: try HexColor("#d55e00"))
    #expect(category.color == "#d55e00")
    #expect(category.hexColor == (try HexColor("#d55e00")))
    category.color = "blood red"
    #expect(category.hexColor == nil)
    category.hexColor = nil
    #expect(category.color == nil)
  }

  @Test func aTimeZoneIsCheckedWhenMade() throws {
    #expect(try TimeZoneName("Asia/Almaty").identifier == "Asia/Almaty")
    #expect(TimeZoneName.utc.identifier == "UTC")
    do {
      _ = try TimeZoneName("Mars/Olympus_Mons")
      Issue.record("took a zone on Mars")
    } catch {
      #expect(error.value == "Mars/Olympus_Mons")
      #expect(
        (error as any Error).localizedDescription
          == "\"Mars/Olympus_Mons\" is not a time zone (use an IANA name like Asia/Almaty or UTC)")
    }
    var timeline = Timeline(events: [Event(time: .point(EventDate(year: 2022)), title: "A")])
    timeline.zone = try TimeZoneName("Europe/Paris")
    #expect(timeline.timezone == "Europe/Paris")
    timeline.timezone = "Nowhere/Else"
    #expect(timeline.zone == nil)
  }

  @Test func theCheckAndTheValidatorSayTheSame() throws {
    let timeline = Timeline(
      timezone: "Mars/Olympus_Mons", categories: [Category(id: "war", label: "War", color: "blood red")],
      events: [Event(time: .point(EventDate(year: 2022)), title: "A")])
    let diagnostics = timeline.validate()
    let zone = try #require(diagnostics.first { $0.path?.description == "timezone" })
    let colour = try #require(diagnostics.first { $0.path?.description == "categories[0].color" })
    var zoneMessage = ""
    var colourMessage = ""
    do { _ = try TimeZoneName("Mars/Olympus_Mons") } catch { zoneMessage = error.message }
    do { _ = try HexColor("blood red") } catch { colourMessage = error.message }
    #expect(zone.message == zoneMessage)
    #expect(colour.message.hasPrefix(colourMessage + ";"))
  }
}
