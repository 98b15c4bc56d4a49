/// The event file exactly as written, before validation: every field optional, dates as text.
///
/// Decoding into this shape never fails on a missing or misspelled field; validation then
/// reports every problem at once with its field path.
struct RawTimeline: Decodable, Equatable {
  var title: RawText?
  var subtitle: RawText?
  var source: RawText?
  var timezone: RawText?
  var notes: RawText?
  var categories: [RawCategory]?
  var periods: [RawPeriod]?
  var events: [RawEvent]?
  var context: [RawContext]?
  var url: RawText?
}

struct RawCategory: Decodable, Equatable {
  var id: RawText?
  var label: RawText?
  var color: RawText?
}

struct RawPeriod: Decodable, Equatable {
  var start: RawText?
  var end: RawText?
  var title: RawText?
  var approximate: Bool?
}

struct RawEvent: Decodable, Equatable {
  var date: RawText?
  var start: RawText?
  var end: RawText?
  var title: RawText?
  var description: RawText?
  var category: RawText?
  var tags: [RawText]?
  var approximate: Bool?
  var evidence: RawText?
  /// `1`, `2`, `3` or a word (`essential`, `detail`…), as written; read by the validator.
  var importance: RawText?
  var url: RawText?
}

struct RawContext: Decodable, Equatable {
  var title: RawText?
  var description: RawText?
  var category: RawText?
  var evidence: RawText?
}

/// A scalar read as text: strings as they are, numbers as written (`date: 2022` in JSON).
struct RawText: Decodable, Equatable {
  var text: String

  init(_ text: String) {
    self.text = text
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let string = try? container.decode(String.self) {
      text = string
    } else if let int = try? container.decode(Int.self) {
      text = String(int)
    } else if let double = try? container.decode(Double.self), double.isFinite {
      text = String(double)
    } else {
      throw DecodingError.typeMismatch(
        String.self,
        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "expected text"))
    }
  }
}
