/// Reads a CSV event table: a header row naming the columns, then one event per row.
///
/// ```text
/// date,title,category,description
/// 2022-01-02,Protests break out over LPG prices,protests,
/// "2022-01-05","State of emergency, then a blackout",government,"Facebook, WhatsApp…"
/// ```
///
/// Columns are the event fields (`date`, or `start` and `end`; `title`, `description`,
/// `category`, `tags` separated by `;`, `approximate` as true/yes/1, `evidence`, `url`, and
/// `importance` as in JSON and YAML: 1/2/3 or a word such as `essential` or `detail`, an empty
/// cell meaning the default), matched without regard to case or surrounding spaces. Columns
/// the format does not know are reported as warnings like unknown fields in JSON or YAML. The
/// categories are the values of the `category` column, in order of first appearance.
struct CSVTimeline: SourceLocating {
  let header: [CSVTable.Cell]
  let body: [[CSVTable.Cell]]
  /// The first column of each header name (trimmed, lowercased), looked up once per table.
  private let columns: [String: Int]

  init(_ table: CSVTable) {
    header = table.rows.first ?? []
    body = Array(table.rows.dropFirst())
    var columns: [String: Int] = [:]
    for (index, cell) in header.enumerated() {
      let name = cell.text.trimmedSpaces.lowercased()
      if columns[name] == nil { columns[name] = index }
    }
    self.columns = columns
  }

  private func column(_ name: String) -> Int? {
    columns[name]
  }

  var raw: RawTimeline {
    var raw = RawTimeline()
    raw.events = body.map { row in
      func value(_ name: String) -> RawText? {
        guard let index = column(name), index < row.count else { return nil }
        let text = row[index].text.trimmedSpaces
        return text.isEmpty ? nil : RawText(text)
      }
      var event = RawEvent()
      event.date = value("date")
      event.start = value("start")
      event.end = value("end")
      event.title = value("title")
      event.description = value("description")
      event.category = value("category")
      event.evidence = value("evidence")
      event.importance = value("importance")
      event.url = value("url")
      event.tags = value("tags").map { tags in
        tags.text.split(separator: ";").map { RawText(String($0).trimmedSpaces) }
      }
      event.approximate = value("approximate").map { ["true", "yes", "1", "y"].contains($0.text.lowercased()) }
      return event
    }
    // A table has no category list: its categories are the values of the column, in order
    // of first appearance.
    var seen: [String] = []
    var known: Set<String> = []
    for event in raw.events ?? [] {
      // Past the limit, a category stays undefined: the validator then names the first row using one.
      if let id = event.category?.text, seen.count < InputLimits.maximumCategories, known.insert(id).inserted {
        seen.append(id)
      }
    }
    raw.categories = seen.map { RawCategory(id: RawText($0), label: RawText($0), color: nil) }
    return raw
  }

  func location(of path: FieldPath) -> SourceLocation? {
    let parts = path.components
    guard parts.count >= 2, parts[0] == .key("events"), case .index(let row) = parts[1], row < body.count else {
      return header.first?.location ?? SourceLocation(line: 1, column: 1)
    }
    if parts.count >= 3, case .key(let name) = parts[2], let index = column(name), index < body[row].count {
      return body[row][index].location
    }
    return body[row].first?.location
  }

  func keys(at path: FieldPath) -> [(key: String, location: SourceLocation)] {
    let parts = path.components
    guard parts.count == 2, parts[0] == .key("events"), case .index(let row) = parts[1], row < body.count else {
      return []
    }
    // Only the header's unknown columns matter, once: report them on the first row.
    guard row == 0 else { return [] }
    return header.map { ($0.text.trimmedSpaces.lowercased(), $0.location) }
      .filter { !$0.0.isEmpty }
  }
}
