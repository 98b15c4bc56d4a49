import Foundation
import Testing
import TimelineTestSupport
import Yams

@testable import TimelineModel

/// The YAML loader reads its raw timeline straight from Yams' nodes; before, it wrote the nodes
/// as JSON (``YAMLJSONBridge/json(from:budget:)``) and decoded that with `JSONDecoder`. Both
/// ways must give the same raw timeline, or stop at the same field with the same kind of
/// problem, or at the same limit.
@Suite struct YAMLRawDecoderTests {
  /// What a way of reading gave: the raw timeline, or where and why it stopped.
  enum Outcome: Equatable, CustomStringConvertible {
    case raw(RawTimeline)
    case failure(FieldPath, YAMLRawDecoder.Failure.Kind)
    case limit(String)
    case unexpected(String)

    var description: String {
      switch self {
      case .raw(let raw): "raw: \(raw)"
      case .failure(let path, let kind): "failure at \(path): \(kind)"
      case .limit(let text): "limit: \(text)"
      case .unexpected(let text): "unexpected: \(text)"
      }
    }
  }

  /// The way before: JSON text, then `JSONDecoder`.
  static func throughJSON(_ node: Node, budget: Int) -> Outcome {
    let json: Data
    do {
      json = try YAMLJSONBridge.json(from: node, budget: budget)
    } catch {
      return .limit("\(error)")
    }
    do {
      return .raw(try JSONDecoder().decode(RawTimeline.self, from: json))
    } catch DecodingError.typeMismatch(_, let context) {
      return .failure(FieldPath(codingPath: context.codingPath), .mismatch)
    } catch DecodingError.valueNotFound(_, let context) {
      return .failure(FieldPath(codingPath: context.codingPath), .missing)
    } catch {
      return .unexpected("\(error)")
    }
  }

  /// The way now: the limits checked, then the nodes read directly.
  static func direct(_ node: Node, budget: Int) -> Outcome {
    do {
      try YAMLJSONBridge.checkLimits(node, budget: budget)
    } catch {
      return .limit("\(error)")
    }
    do {
      return .raw(try YAMLRawDecoder.decode(node))
    } catch {
      return .failure(error.path, error.kind)
    }
  }

  /// Both ways on `yaml`; `nil` when Yams (or, with `prescanned`, the loader's prescan, which
  /// keeps hostile files from Yams) refuses the text: neither way runs then.
  static func outcomes(
    _ yaml: String, budget: Int = InputLimits.maximumExpandedBytes, prescanned: Bool = false
  ) -> (Outcome, Outcome)? {
    if prescanned, (try? YAMLPrescan.check(Array(yaml.utf8))) == nil { return nil }
    guard let node = try? Yams.compose(yaml: yaml, .basic) else { return nil }
    return (throughJSON(node, budget: budget), direct(node, budget: budget))
  }

  static let edgeCases: [String] = [
    // Tags, and numbers and booleans written as text.
    """
    title: !!str yes
    subtitle: 2.50
    source: 007
    notes: !!bool "false"
    events:
      - {date: 2022-01-05, title: !!null x, approximate: yes, importance: 1}
      - {date: !!int 2022, title: "null", approximate: !!bool "true", tags: [1, "2", !!str no]}
      - {date: 2022, title: !custom T, approximate: off, tags: !!seq [a]}
    """,
    // Anchors, aliases and merge keys, one and several, with the mapping's own keys winning.
    """
    defaults: &d {category: protests, approximate: true, title: Default}
    more: &m {description: From the second, category: ignored}
    events:
      - <<: [*d, *m]
        date: 2022-01-05
        title: Merged
      - <<: *d
        date: 2022-01-06
      - &e {date: 2022-01-07, title: Anchored, tags: &t [a, b]}
      - *e
      - {date: 2022-01-08, title: Tagged, tags: *t}
    """,
    // Keys that are not text: lists, mappings, numbers, null, aliases; and a key twice under
    // different tags (the first counts).
    """
    ? [a, b]
    : list as key
    ? {k: v}
    : mapping as key
    1: number key
    ~: null key
    title: First
    !custom title: Second
    events: [{date: 2022-01-05, title: x, ? [t]: y, 3: z}]
    """,
    // Values of the wrong kind, each where `JSONDecoder` stops first.
    "title: [not, text]\nevents: [{date: 2022, title: x}]\n",
    "events: [{date: 2022, title: x}, ~, {date: 2022}]\n",
    "events: [{date: 2022, title: x, tags: [a, ~]}]\n",
    "events: [{date: 2022, title: x, approximate: maybe}]\n",
    "events: [{date: 2022, title: {a: b}}]\n",
    "events: {date: 2022}\n",
    "events: [[a, b]]\n",
    "events: [plain text]\n",
    "categories: [{id: a, color: [1, 2]}]\nevents: []\n",
    "periods: [{start: 2020, end: 2021, title: P, approximate: [x]}]\nevents: []\n",
    "context: [~]\nevents: []\n",
    "url: yes\nevents: []\n",
    "title: true\nevents: [{date: 2022, title: x}]\nurl: [a]\n",
    "just text\n",
    "~\n",
    "- a list\n- at the top\n",
    "events:\n",
    "events: ~\ntitle: ~\n",
    // Empty, blank and spaced text.
    "title: ''\nsubtitle: '   '\nevents: [{date: ' 2022-01-05 ', title: \"\\t x \\u2028\"}]\n",
    // Nesting inside a field nobody reads, within the limit and past it.
    "deep: " + String(repeating: "[", count: 250) + String(repeating: "]", count: 250) + "\nevents: []\n",
    "deep: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\nevents: []\n",
    "events: [{date: 2022, title: x, tags: " + String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
      + "}]\n",
  ]

  @Test(arguments: edgeCases) func edgeCasesReadTheSameBothWays(yaml: String) throws {
    let (before, now) = try #require(Self.outcomes(yaml))
    #expect(before == now, "\(yaml)")
  }

  /// An alias bomb stops both ways at the same place, whatever the budget.
  @Test func limitsStopBothWaysAtTheSamePlace() throws {
    let bomb = try String(contentsOf: RepositoryFiles.url("Tests/Fixtures/hostile/alias-bomb.yaml"), encoding: .utf8)
    for budget in [40, 400, 4_000, 40_000, InputLimits.maximumExpandedBytes] {
      let (before, now) = try #require(Self.outcomes(bomb, budget: budget))
      #expect(before == now, "budget \(budget)")
    }
    let events = (0..<50).map { "  - {date: 2022-01-\($0 % 28 + 1), title: Event \($0)}" }.joined(separator: "\n")
    for budget in [10, 100, 1_000] {
      let (before, now) = try #require(Self.outcomes("events:\n" + events + "\n", budget: budget))
      #expect(before == now, "budget \(budget)")
      if case .limit = now {} else { Issue.record("budget \(budget) should stop the walk: \(now)") }
    }
  }

  /// Every YAML file of the repository (seeds and test fixtures) reads the same both ways.
  @Test func repositoryFilesReadTheSameBothWays() throws {
    var files: [URL] = []
    for folder in ["seeds", "Tests/Fixtures/valid", "Tests/Fixtures/invalid", "Tests/Fixtures/hostile"] {
      let names = try FileManager.default.contentsOfDirectory(atPath: RepositoryFiles.url(folder).path)
      files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map {
        RepositoryFiles.url(folder).appendingPathComponent($0)
      }
    }
    #expect(files.count > 40)
    var compared = 0
    for file in files {
      guard let text = try? String(contentsOf: file, encoding: .utf8),
        let (before, now) = Self.outcomes(text, prescanned: true)
      else {
        continue
      }
      compared += 1
      #expect(before == now, "\(file.lastPathComponent)")
    }
    #expect(compared > 30)
  }

  /// Random documents, in YAML's flow style, of the format's fields and others, with values of
  /// every kind: both ways agree on each.
  @Test(arguments: 0..<8) func randomDocumentsReadTheSameBothWays(batch: Int) throws {
    var generator = RandomYAML(seed: UInt64(batch) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
    var composed = 0
    var decoded = 0
    for _ in 0..<60 {
      let yaml = generator.document()
      guard let (before, now) = Self.outcomes(yaml) else { continue }
      composed += 1
      if case .raw = now { decoded += 1 }
      #expect(before == now, "\(yaml)")
    }
    // Most documents compose, and some get all the way to a raw timeline.
    #expect(composed > 40)
    #expect(decoded > 0)
  }

  /// Reading is linear: ten times the events cost about ten times the time, not a hundred.
  @Test func readingGrowsLinearly() throws {
    func seconds(events: Int) throws -> Double {
      let lines = (0..<events).map { "  - {date: 2022-01-05, title: Event \($0), tags: [a, b], <<: *d}" }
      let node = try #require(
        try Yams.compose(yaml: "d: &d {category: c}\nevents:\n" + lines.joined(separator: "\n"), .basic))
      let start = ContinuousClock.now
      try YAMLJSONBridge.checkLimits(node)
      _ = try YAMLRawDecoder.decode(node)
      let elapsed = ContinuousClock.now - start
      return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
    _ = try seconds(events: 200)
    let small = try seconds(events: 1_000)
    let large = try seconds(events: 10_000)
    #expect(large < small * 30, "1,000 events \(small) s, 10,000 events \(large) s")
  }
}

/// Flow-style YAML documents built from a seed: the format's fields and unknown ones, scalars
/// of every style and tag, lists, mappings, anchors, aliases and merge keys.
struct RandomYAML {
  var state: UInt64
  var anchors: [String] = []
  var mappingAnchors: [String] = []

  init(seed: UInt64) {
    state = seed
  }

  mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }

  mutating func pick(_ choices: [String]) -> String { choices[next(choices.count)] }

  static let scalars = [
    "2022-01-05", "2022-01-05T10:30", "2.50", "007", "1", "3", "yes", "No", "off", "ON", "~", "null", "Null", "''",
    "\"null\"", "'yes'", "!!str yes", "!!str 12", "!!bool \"false\"", "!!bool maybe", "!!null x", "!!int 3",
    "!custom v", "text with spaces", "\"  padded  \"", "\"\"", "ongoing", "high", "\"#abcdef\"",
    "https://example.org/a", "\"Алматы\"", "\"tab\\there\"", "'it''s'", "\"\\u200B x \\u00A0\"",
  ]

  static let keys =
    TimelineValidator.topLevelFields + TimelineValidator.eventFields + TimelineValidator.categoryFields
    + ["titel", "Date", "other", "1", "~", "\"title\"", "!custom date", "!!str title", "? [k]", "? {k: v}"]

  mutating func document() -> String {
    anchors = []
    mappingAnchors = []
    var parts: [String] = []
    for index in 0..<next(3) { parts.append("extra\(index): \(value(depth: 2))") }
    for key in TimelineValidator.topLevelFields.shuffled(using: &self) where next(3) > 0 {
      switch key {
      case "events": parts.append("events: \(next(12) == 0 ? value(depth: 2) : list(of: 5, depth: 2))")
      case "categories", "periods", "context":
        parts.append("\(key): \(next(6) == 0 ? value(depth: 2) : list(of: 3, depth: 2))")
      default: parts.append("\(key): \(next(5) == 0 ? value(depth: 2) : scalar())")
      }
    }
    return "{" + parts.joined(separator: ", ") + "}\n"
  }

  mutating func scalar() -> String { pick(Self.scalars) }

  mutating func list(of count: Int, depth: Int) -> String {
    "["
      + (0..<next(count + 1)).map { _ in next(8) == 0 ? value(depth: depth) : mapping(depth: depth) }.joined(
        separator: ", ")
      + "]"
  }

  mutating func mapping(depth: Int) -> String {
    var pairs: [String] = []
    var used: Set<String> = []
    for _ in 0..<next(6) {
      let key = pick(Self.keys)
      guard used.insert(key).inserted else { continue }
      pairs.append("\(key): \(next(3) == 0 ? value(depth: depth - 1) : scalar())")
    }
    if !mappingAnchors.isEmpty, next(3) == 0 {
      let merged =
        next(2) == 0
        ? "*\(pick(mappingAnchors))" : "[*\(pick(mappingAnchors)), *\(pick(mappingAnchors))]"
      pairs.insert("<<: \(merged)", at: next(pairs.count + 1))
    }
    let text = "{" + pairs.joined(separator: ", ") + "}"
    guard next(4) == 0 else { return text }
    let name = "m\(mappingAnchors.count)"
    mappingAnchors.append(name)
    return "&\(name) \(text)"
  }

  mutating func value(depth: Int) -> String {
    if !anchors.isEmpty, next(8) == 0 { return "*\(pick(anchors))" }
    let text: String
    switch depth <= 0 ? 0 : next(4) {
    case 1: text = list(of: 3, depth: depth - 1)
    case 2: text = mapping(depth: depth - 1)
    case 3: text = "[" + (0..<next(4)).map { _ in scalar() }.joined(separator: ", ") + "]"
    default: text = scalar()
    }
    guard next(6) == 0 else { return text }
    let name = "a\(anchors.count)"
    anchors.append(name)
    return "&\(name) \(text)"
  }
}

extension RandomYAML: RandomNumberGenerator {
  mutating func next() -> UInt64 {
    UInt64(next(Int.max)) &* 2 &+ UInt64(next(2))
  }
}
