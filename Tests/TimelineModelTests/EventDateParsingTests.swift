import Testing
import TimeAxis
import TimelineModel

@Suite struct EventDateParsingTests {
  @Test(arguments: [
    ("2022", EventDate(year: 2022), DatePrecision.year),
    ("2022-01", EventDate(year: 2022, month: 1), .month),
    ("2022-01-05", EventDate(year: 2022, month: 1, day: 5), .day),
    ("2022-01-05T14:30", EventDate(year: 2022, month: 1, day: 5, hour: 14, minute: 30), .minute),
    ("2022-01-05T14:30:15", EventDate(year: 2022, month: 1, day: 5, hour: 14, minute: 30, second: 15), .second),
    ("2022-01-05T08:30Z", EventDate(year: 2022, month: 1, day: 5, hour: 8, minute: 30, utcOffsetMinutes: 0), .minute),
    (
      "2022-01-05T08:30+06:00", EventDate(year: 2022, month: 1, day: 5, hour: 8, minute: 30, utcOffsetMinutes: 360),
      .minute
    ),
    (
      "2022-01-05T08:30-03:30", EventDate(year: 2022, month: 1, day: 5, hour: 8, minute: 30, utcOffsetMinutes: -210),
      .minute
    ),
    ("-0043-03-15", EventDate(year: -43, month: 3, day: 15), .day),
    ("0000", EventDate(year: 0), .year),
    ("2024-02-29", EventDate(year: 2024, month: 2, day: 29), .day),
    ("2000-02-29", EventDate(year: 2000, month: 2, day: 29), .day),
  ])
  func parsesEveryForm(text: String, expected: EventDate, precision: DatePrecision) throws {
    let parsed = try EventDate(parsing: text)
    #expect(parsed == expected)
    #expect(parsed.precision == precision)
  }

  @Test(arguments: [
    ("2022-02-30", "February 2022 has 28 days"),
    ("2023-02-29", "February 2023 has 28 days"),
    ("1900-02-29", "February 1900 has 28 days"),
    ("2022-04-31", "April 2022 has 30 days"),
    ("2022-13-01", "month 13 is not 1 to 12"),
    ("2022-00-10", "month 0 is not 1 to 12"),
    ("", "the date is empty"),
    ("20222", "years have four digits"),
    ("22-01-05", "expected YYYY"),
    ("2022-1-5", "expected -MM"),
    ("2022-01-05T24:00", "hour 24 is not 00 to 23"),
    ("2022-01-05T12:60", "minute 60 is not 00 to 59"),
    ("2022-01-05T12:00+15:00", "zone offsets run from -14:00 to +14:00"),
    ("2022-01-05T12:00+05:60", "the minutes of a zone offset run from 00 to 59"),
    ("2022-01-05 garbage", "expected Thh:mm"),
    ("2022-01-05T12:00Zx", "unexpected text after the date"),
    ("２０２２", "expected YYYY"),
  ])
  func rejectsInvalidDates(text: String, reason: String) {
    #expect {
      try EventDate(parsing: text)
    } throws: { error in
      (error as? DateParseError)?.description.contains(reason) == true
    }
  }

  @Test func endIsInclusiveAtItsPrecision() throws {
    #expect(try EventDate(parsing: "2022-01").endExclusive == CivilDateTime(year: 2022, month: 2))
    #expect(try EventDate(parsing: "2022-12").endExclusive == CivilDateTime(year: 2023))
    #expect(try EventDate(parsing: "2022-01-31").endExclusive == CivilDateTime(year: 2022, month: 2))
    #expect(try EventDate(parsing: "-0043").endExclusive == CivilDateTime(year: -42))
    #expect(
      try EventDate(parsing: "2022-01-05T23:59").endExclusive == CivilDateTime(year: 2022, month: 1, day: 6))
  }
}
