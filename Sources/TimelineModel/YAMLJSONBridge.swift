import Foundation
import Yams

/// What a composed YAML document means as JSON, and the limits it is read within.
///
/// The loader calls ``checkLimits(_:budget:)`` and then reads the nodes with ``YAMLRawDecoder``,
/// which gives every value the meaning `value(of:)` gives it here. ``json(from:budget:)``
/// writes the same document as JSON bytes; it is what the loader decoded with `JSONDecoder`
/// before, and the tests' reference for ``YAMLRawDecoder``.
///
/// Decoding straight from Yams' nodes was the slowest part of loading a large file: each
/// field lookup builds a key node and compares tags, and each comparison runs Yams' tag
/// regular expressions (about 90% of the time of a 10,000-event file). Here each scalar is
/// classified once, by hand: YAML's null words and `~` (or an explicit `!!null`) become
/// `null`, its bool words (`true`, `yes`, `off`…, or `!!bool`) become booleans, and every
/// other scalar becomes a string with exactly the text the user wrote (`2.50` stays `2.50`).
/// Aliases are copied where they are used, and merge keys (`<<: *defaults`) are applied. The document is composed with Yams' basic
/// resolver, so no regular expression runs at all.
///
/// Aliases are counted where they are used: the document as expanded may hold at most
/// ``InputLimits/maximumExpandedBytes`` (its scalars' UTF-8 bytes plus one per value, which a
/// file without aliases never exceeds its own size with) and ``InputLimits/maximumValues``
/// values, and lists and mappings may nest at
/// most ``InputLimits/maximumNesting`` deep. Past either, the walk stops with a ``Failure``
/// naming where it was, so an alias bomb costs at most the limit, never the expansion.
enum YAMLJSONBridge {
  static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
  static let trueWords: Set<String> = ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"]
  static let falseWords: Set<String> = ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"]

  /// Why a document could not be bridged, and the field where the walk stopped.
  enum Failure: Error {
    /// Expanded, the document would grow past ``InputLimits/maximumExpandedBytes``.
    case tooLarge(path: FieldPath)
    /// Expanded, the document would hold more than ``InputLimits/maximumValues`` values.
    case tooManyValues(path: FieldPath)
    /// A list or mapping (at `mark` when Yams knows it) nests past ``InputLimits/maximumNesting``.
    case tooDeep(path: FieldPath, mark: Mark?)
  }

  /// The document as JSON bytes; `budget` is the expanded size allowed (tests lower it).
  static func json(from node: Node, budget: Int = InputLimits.maximumExpandedBytes) throws(Failure) -> Data {
    var writer = Writer(budget: budget, emitting: true)
    try writer.write(node, depth: 0)
    return Data(writer.bytes)
  }

  /// Walks the document as ``json(from:budget:)`` does, with the same limits and the same
  /// ``Failure`` where one is passed, but writes nothing: the check before ``YAMLRawDecoder``.
  static func checkLimits(_ node: Node, budget: Int = InputLimits.maximumExpandedBytes) throws(Failure) {
    var writer = Writer(budget: budget, emitting: false)
    try writer.write(node, depth: 0)
  }

  /// What a node means once bridged: what its JSON would be.
  enum Value {
    case null
    case bool(Bool)
    case text(String)
    case list(Node.Sequence)
    case mapping(Node.Mapping)
  }

  /// The meaning of `node`: a scalar by `value(of:)`, an alias as empty text.
  static func value(of node: Node) -> Value {
    switch node {
    case .scalar(let scalar): value(of: scalar)
    case .mapping(let mapping): .mapping(mapping)
    case .sequence(let sequence): .list(sequence)
    default: .text("")
    }
  }

  /// The meaning of one scalar: YAML's null and bool words when written plain (or tagged
  /// `!!null`, `!!bool`), else its text as written.
  static func value(of scalar: Node.Scalar) -> Value {
    let tag = scalar.tag.description
    let text = scalar.string
    // Composed with the basic resolver, an untagged plain scalar reads as implicit, or as
    // `str` once something has looked at its tag. (So an explicit `!!str null`, written
    // without quotes, would read as null: quote it instead.)
    let plain = scalar.style == .plain && (tag == Tag.Name.implicit.rawValue || tag == Tag.Name.str.rawValue)
    if (plain && nullWords.contains(text)) || tag == Tag.Name.null.rawValue { return .null }
    if plain || tag == Tag.Name.bool.rawValue {
      if trueWords.contains(text) { return .bool(true) }
      if falseWords.contains(text) { return .bool(false) }
    }
    return .text(text)
  }

  /// Whether `key` is YAML's merge key: a plain `<<`.
  static func isMergeKey(_ key: Node) -> Bool {
    guard let scalar = key.scalar else { return false }
    return scalar.string == "<<" && scalar.style == .plain
  }

  /// What bringing in one merged mapping costs from the budget, besides its pairs.
  static let mergeCost = 64

  /// Merged pairs already worked out, by the position of the mapping they belong to: an alias
  /// copies its anchor's position, so a mapping merged many times is worked out once.
  typealias MergeCache = [Int: [(key: Node, value: Node)]]

  /// The pairs of `mapping` with merge keys (`<<: *defaults`, `<<: [*a, *b]`) replaced by the
  /// pairs they bring in, as YAML 1.1 defines them: the mapping's own keys win, then earlier
  /// merged mappings over later ones. Each key appears once. Every merged pair visited costs
  /// one from `budget`, and each merged mapping ``mergeCost``; `nil` once it runs out. A chain
  /// of merges of merges, which doubles at each level, is worked out once per mapping (`cache`).
  static func mergingKeys(_ mapping: Node.Mapping, budget: inout Int, cache: inout MergeCache)
    -> [(key: Node, value: Node)]?
  {
    guard mapping.contains(where: { isMergeKey($0.key) }) else { return mapping.map { ($0.key, $0.value) } }
    let position = mapping.mark.map { $0.line << 32 | $0.column }
    if let position, let known = cache[position] { return known }
    var own: [(key: Node, value: Node)] = []
    var merged: [(key: Node, value: Node)] = []
    for (key, value) in mapping {
      guard isMergeKey(key) else {
        own.append((key, value))
        continue
      }
      let sources = value.mapping.map { [$0] } ?? (value.sequence?.compactMap(\.mapping) ?? [])
      for source in sources {
        guard let pairs = mergingKeys(source, budget: &budget, cache: &cache) else { return nil }
        budget -= pairs.count + mergeCost
        guard budget >= 0 else { return nil }
        merged += pairs
      }
    }
    var seen = Set(own.compactMap { $0.key.scalar?.string })
    var result: [(key: Node, value: Node)] = []
    for pair in merged {
      guard let name = pair.key.scalar?.string, seen.insert(name).inserted else { continue }
      result.append(pair)
    }
    if let position { cache[position] = result + own }
    return result + own
  }

  private struct Writer {
    var budget: Int
    /// Whether the JSON is written, or only the limits checked.
    let emitting: Bool
    /// Values still allowed: aliases count against the value limit as they are copied.
    var valuesLeft = InputLimits.maximumValues
    var mergeCache: MergeCache = [:]
    var bytes: [UInt8] = []

    /// What a list or mapping used as a key (`? [a, b]: c`, or an alias to one) is called: never
    /// its description, which would print the whole (alias-expanded) node.
    static let complexKeyName = "(a list or mapping as key)"

    /// The path of the value being written, for the message when a limit is reached.
    var trail: [FieldPath.Component] = []

    /// Writes `node`, found `depth` lists and mappings deep.
    mutating func write(_ node: Node, depth: Int) throws(Failure) {
      try spend(1)
      valuesLeft -= 1
      guard valuesLeft >= 0 else { throw .tooManyValues(path: shortPath) }
      switch node {
      case .scalar(let scalar):
        try spend(scalar.string.utf8.count)
        writeScalar(scalar)
      case .mapping(let mapping):
        guard depth < InputLimits.maximumNesting else { throw .tooDeep(path: shortPath, mark: node.mark) }
        emit(UInt8(ascii: "{"))
        if mapping.contains(where: { YAMLJSONBridge.isMergeKey($0.key) }) {
          guard let pairs = YAMLJSONBridge.mergingKeys(mapping, budget: &budget, cache: &mergeCache) else {
            throw .tooLarge(path: shortPath)
          }
          try writePairs(pairs, depth: depth)
        } else {
          try writePairs(mapping, depth: depth)
        }
        emit(UInt8(ascii: "}"))
      case .sequence(let sequence):
        guard depth < InputLimits.maximumNesting else { throw .tooDeep(path: shortPath, mark: node.mark) }
        emit(UInt8(ascii: "["))
        for (index, item) in sequence.enumerated() {
          if index > 0 { emit(UInt8(ascii: ",")) }
          trail.append(.index(index))
          try write(item, depth: depth + 1)
          trail.removeLast()
        }
        emit(UInt8(ascii: "]"))
      default:
        writeString("")
      }
    }

    /// Writes the pairs of a mapping found `depth` deep, without its braces.
    mutating func writePairs<Pairs: Sequence<(key: Node, value: Node)>>(_ pairs: Pairs, depth: Int) throws(Failure) {
      var first = true
      for (key, value) in pairs {
        if !first { emit(UInt8(ascii: ",")) }
        first = false
        let name = key.scalar?.string ?? Self.complexKeyName
        try spend(1 + name.utf8.count)
        writeString(name)
        emit(UInt8(ascii: ":"))
        trail.append(.key(name))
        try write(value, depth: depth + 1)
        trail.removeLast()
      }
    }

    /// The path of the value being written, cut to its first eight components: enough to find
    /// the place, short enough to print.
    var shortPath: FieldPath { FieldPath(Array(trail.prefix(8))) }

    /// Counts `amount` against the budget; past it, stops the walk where it is.
    mutating func spend(_ amount: Int) throws(Failure) {
      budget -= amount
      guard budget >= 0 else { throw .tooLarge(path: shortPath) }
    }

    mutating func emit(_ byte: UInt8) {
      if emitting { bytes.append(byte) }
    }

    mutating func writeScalar(_ scalar: Node.Scalar) {
      guard emitting else { return }
      switch YAMLJSONBridge.value(of: scalar) {
      case .null: bytes += Array("null".utf8)
      case .bool(true): bytes += Array("true".utf8)
      case .bool(false): bytes += Array("false".utf8)
      case .text(let text): writeString(text)
      case .list, .mapping: break
      }
    }

    mutating func writeString(_ text: String) {
      if emitting { JSONString.append(text, to: &bytes) }
    }
  }
}
