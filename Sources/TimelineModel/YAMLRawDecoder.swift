import Yams

/// Reads a ``RawTimeline`` straight from a composed YAML document: what `JSONDecoder` reads from
/// the JSON that ``YAMLJSONBridge`` writes of it, without writing that text and parsing it again
/// (which was most of the time of loading a large YAML file).
///
/// Every value means what the bridge makes of it (`YAMLJSONBridge.value(of:)`), merge
/// keys are applied as the bridge applies them, and of two keys with the same text the first
/// counts, as in `JSONDecoder`. Fields are read in the order the `Raw…` types declare them, so
/// the first problem met is the one `JSONDecoder` reports, with the same path and kind. Run
/// ``YAMLJSONBridge/checkLimits(_:budget:)`` first: this walk trusts the document to be within
/// the input limits.
struct YAMLRawDecoder {
  /// A value of the wrong kind, where `JSONDecoder` would have stopped.
  struct Failure: Error, Equatable {
    /// `JSONDecoder`'s `valueNotFound` (a null where a mapping belongs) or `typeMismatch`.
    enum Kind: Equatable {
      case missing
      case mismatch
    }

    /// The field that holds the value.
    var path: FieldPath
    var kind: Kind
  }

  private var mergeCache: YAMLJSONBridge.MergeCache = [:]
  /// The path of the value being read.
  private var trail: [FieldPath.Component] = []

  /// The raw timeline of `document`, or the first value of the wrong kind.
  static func decode(_ document: Node) throws(Failure) -> RawTimeline {
    var decoder = YAMLRawDecoder()
    return try decoder.timeline(document)
  }

  private mutating func timeline(_ node: Node) throws(Failure) -> RawTimeline {
    let fields = try self.fields(of: node, TimelineValidator.topLevelFields)
    // The order of `RawTimeline`'s properties, which is the order `JSONDecoder` reads them in.
    return RawTimeline(
      title: try text(fields, 0, "title"), subtitle: try text(fields, 1, "subtitle"),
      source: try text(fields, 2, "source"), timezone: try text(fields, 3, "timezone"),
      notes: try text(fields, 4, "notes"),
      categories: try list(fields, 5, "categories") { (decoder, node) throws(Failure) in try decoder.category(node) },
      periods: try list(fields, 6, "periods") { (decoder, node) throws(Failure) in try decoder.period(node) },
      events: try list(fields, 7, "events") { (decoder, node) throws(Failure) in try decoder.event(node) },
      context: try list(fields, 8, "context") { (decoder, node) throws(Failure) in try decoder.contextNote(node) },
      url: try text(fields, 9, "url"))
  }

  private mutating func category(_ node: Node) throws(Failure) -> RawCategory {
    let fields = try self.fields(of: node, TimelineValidator.categoryFields)
    return RawCategory(
      id: try text(fields, 0, "id"), label: try text(fields, 1, "label"), color: try text(fields, 2, "color"))
  }

  private mutating func period(_ node: Node) throws(Failure) -> RawPeriod {
    let fields = try self.fields(of: node, TimelineValidator.periodFields)
    return RawPeriod(
      start: try text(fields, 0, "start"), end: try text(fields, 1, "end"), title: try text(fields, 2, "title"),
      approximate: try flag(fields, 3, "approximate"))
  }

  private mutating func event(_ node: Node) throws(Failure) -> RawEvent {
    let fields = try self.fields(of: node, TimelineValidator.eventFields)
    return RawEvent(
      date: try text(fields, 0, "date"), start: try text(fields, 1, "start"), end: try text(fields, 2, "end"),
      title: try text(fields, 3, "title"), description: try text(fields, 4, "description"),
      category: try text(fields, 5, "category"),
      tags: try list(fields, 6, "tags") { (decoder, node) throws(Failure) in try decoder.tag(node) },
      approximate: try flag(fields, 7, "approximate"), evidence: try text(fields, 8, "evidence"),
      importance: try text(fields, 9, "importance"), url: try text(fields, 10, "url"))
  }

  private mutating func contextNote(_ node: Node) throws(Failure) -> RawContext {
    let fields = try self.fields(of: node, TimelineValidator.contextFields)
    return RawContext(
      title: try text(fields, 0, "title"), description: try text(fields, 1, "description"),
      category: try text(fields, 2, "category"), evidence: try text(fields, 3, "evidence"))
  }

  /// A tag in a `tags` list: text, never null.
  private func tag(_ node: Node) throws(Failure) -> RawText {
    guard case .text(let text) = YAMLJSONBridge.value(of: node) else { throw failure(.mismatch) }
    return RawText(text)
  }

  /// The values of `names` in the mapping `node`, in that order (`nil` where absent).
  private mutating func fields(of node: Node, _ names: [String]) throws(Failure) -> [Node?] {
    let mapping: Node.Mapping
    switch YAMLJSONBridge.value(of: node) {
    case .mapping(let found): mapping = found
    case .null: throw failure(.missing)
    default: throw failure(.mismatch)
    }
    var values = [Node?](repeating: nil, count: names.count)
    var merges = false
    for (key, value) in mapping {
      // A list or mapping as key bridges to a name no field has.
      guard case .scalar(let scalar) = key else { continue }
      if scalar.string == "<<", scalar.style == .plain {
        merges = true
        break
      }
      if let slot = names.firstIndex(of: scalar.string), values[slot] == nil { values[slot] = value }
    }
    guard merges else { return values }
    // Rare: read again, with the merged pairs.
    values = [Node?](repeating: nil, count: names.count)
    var budget = Int.max
    for (key, value) in YAMLJSONBridge.mergingKeys(mapping, budget: &budget, cache: &mergeCache) ?? [] {
      guard let name = key.scalar?.string, let slot = names.firstIndex(of: name), values[slot] == nil else { continue }
      values[slot] = value
    }
    return values
  }

  /// The text field `fields[slot]`, called `name`: absent or null is `nil`.
  private mutating func text(_ fields: [Node?], _ slot: Int, _ name: String) throws(Failure) -> RawText? {
    guard let node = fields[slot] else { return nil }
    switch YAMLJSONBridge.value(of: node) {
    case .null: return nil
    case .text(let text): return RawText(text)
    default: throw failure(.mismatch, at: name)
    }
  }

  /// The true-or-false field `fields[slot]`, called `name`: absent or null is `nil`.
  private mutating func flag(_ fields: [Node?], _ slot: Int, _ name: String) throws(Failure) -> Bool? {
    guard let node = fields[slot] else { return nil }
    switch YAMLJSONBridge.value(of: node) {
    case .null: return nil
    case .bool(let value): return value
    default: throw failure(.mismatch, at: name)
    }
  }

  /// The list field `fields[slot]`, called `name`, each item read by `item`: absent or null is `nil`.
  private mutating func list<Item>(
    _ fields: [Node?], _ slot: Int, _ name: String,
    _ item: (inout YAMLRawDecoder, Node) throws(Failure) -> Item
  ) throws(Failure) -> [Item]? {
    guard let node = fields[slot] else { return nil }
    let sequence: Node.Sequence
    switch YAMLJSONBridge.value(of: node) {
    case .null: return nil
    case .list(let found): sequence = found
    default: throw failure(.mismatch, at: name)
    }
    trail.append(.key(name))
    var items: [Item] = []
    items.reserveCapacity(sequence.count)
    for (index, node) in sequence.enumerated() {
      trail.append(.index(index))
      items.append(try item(&self, node))
      trail.removeLast()
    }
    trail.removeLast()
    return items
  }

  /// The failure of the value being read, or of its field `name`.
  private func failure(_ kind: Failure.Kind, at name: String? = nil) -> Failure {
    Failure(path: FieldPath(trail + (name.map { [.key($0)] } ?? [])), kind: kind)
  }
}
