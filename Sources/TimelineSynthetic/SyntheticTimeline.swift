import TimelineModel

/// A small deterministic random number generator (SplitMix64), so generated timelines are
/// the same on every run and machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Generates realistic-looking random timelines for property tests and benchmarks.
///
/// ```swift
/// var rng = SplitMix64(seed: 42)
/// let timeline = SyntheticTimeline.make(events: 100, using: &rng)
/// ```
///
/// The mix covers what breaks layouts: same-day clusters, long titles, ranges that overlap,
/// spans from hours to centuries, and events on the first and last day.
public enum SyntheticTimeline {
  static let words = [
    "protest", "government", "emergency", "airport", "troops", "order", "crackdown", "journalists", "activists",
    "Almaty", "blackout", "prices", "parliament", "election", "ceasefire", "summit", "treaty", "strike", "court",
    "ruling", "minister", "resigns", "launch", "orbit", "release", "version", "Қазақстан", "Алматы", "naïve",
  ]

  /// Timeline scales the generator picks from: span in days and the date precision used.
  enum Scale: CaseIterable {
    case hours, days, months, years, centuries
  }

  public static func make(events count: Int, using rng: inout some RandomNumberGenerator) -> Timeline {
    let scale = Scale.allCases.randomElement(using: &rng) ?? .days
    var timeline = Timeline(
      title: "Synthetic timeline with \(count) events", subtitle: "Generated for tests", source: "Source: generator")
    let categoryCount = Int.random(in: 0...5, using: &rng)
    timeline.categories = (0..<categoryCount).map { Category(id: "c\($0)", label: "Category \($0)") }
    let baseYear =
      scale == .centuries ? Int.random(in: -800...1500, using: &rng) : Int.random(in: 1900...2030, using: &rng)
    var clusterDate: EventDate?
    for index in 0..<count {
      var date: EventDate
      if let cluster = clusterDate, Int.random(in: 0..<3, using: &rng) == 0 {
        date = cluster
      } else {
        date = randomDate(scale: scale, baseYear: baseYear, using: &rng)
        clusterDate = date
      }
      let isRange = Int.random(in: 0..<4, using: &rng) == 0
      let time: EventTime
      if isRange {
        var end = randomDate(scale: scale, baseYear: baseYear, using: &rng)
        end.utcOffsetMinutes = date.utcOffsetMinutes
        if end.start.axisTime < date.start.axisTime { swap(&date, &end) }
        if end.precision != date.precision { end = date }
        time = .range(start: date, end: end)
      } else {
        time = .point(date)
      }
      let wordCount = Int.random(in: 1...(Int.random(in: 0..<8, using: &rng) == 0 ? 40 : 9), using: &rng)
      let title = (0..<wordCount).map { _ in words.randomElement(using: &rng) ?? "x" }.joined(separator: " ")
      let category =
        categoryCount > 0 && Bool.random(using: &rng) ? "c\(Int.random(in: 0..<categoryCount, using: &rng))" : nil
      timeline.events.append(
        Event(
          index: index, time: time, title: title.prefix(1).uppercased() + title.dropFirst(), category: category,
          approximate: Int.random(in: 0..<5, using: &rng) == 0))
    }
    if Bool.random(using: &rng), let first = timeline.events.first {
      timeline.periods.append(Period(start: first.time.start, end: first.time.end, title: "A period"))
    }
    return timeline
  }

  static func randomDate(scale: Scale, baseYear: Int, using rng: inout some RandomNumberGenerator) -> EventDate {
    switch scale {
    case .hours:
      return EventDate(
        year: baseYear, month: 3, day: Int.random(in: 10...11, using: &rng), hour: Int.random(in: 0...23, using: &rng),
        minute: Int.random(in: 0...59, using: &rng))
    case .days:
      return EventDate(year: baseYear, month: 1, day: Int.random(in: 1...31, using: &rng))
    case .months:
      return EventDate(
        year: baseYear + Int.random(in: 0...2, using: &rng), month: Int.random(in: 1...12, using: &rng),
        day: Int.random(in: 1...28, using: &rng))
    case .years:
      return Bool.random(using: &rng)
        ? EventDate(year: baseYear + Int.random(in: 0...40, using: &rng))
        : EventDate(year: baseYear + Int.random(in: 0...40, using: &rng), month: Int.random(in: 1...12, using: &rng))
    case .centuries:
      return EventDate(year: baseYear + Int.random(in: 0...1200, using: &rng))
    }
  }
}
