import Foundation
import Yams

/// A timeline that loaded, with the warnings found on the way.
public struct LoadedTimeline: Sendable {
  /// The validated timeline.
  public var timeline: Timeline
  /// What the loader warned about (unknown fields, undefined categories); never errors.
  public var warnings: [Diagnostic]
}

/// Reads event files (YAML, JSON, CSV, Markwhen or TimelineJS; see ``InputFormat``) into a
/// validated ``Timeline``.
///
/// ```swift
/// let loaded = try TimelineLoader.load(data: data, fileName: "seeds/kazakhstan-2022.yaml")
/// for warning in loaded.warnings { print(warning) }
/// ```
///
/// Every problem is reported, not only the first, each with the file, line, column and field
/// path (`events[3].date`). Nothing here traps on user data.
public enum TimelineLoader {
  /// Decodes and validates `data`. `fileName` is used in messages and to pick the format
  /// when `format` is `nil` (by extension, else by content).
  public static func load(data: Data, fileName: String) throws(TimelineLoadError) -> LoadedTimeline {
    // An overload rather than a default argument: a default `nil` is compiled into callers
    // in other modules, and a stale incremental build then misreads it once the enum grows.
    try load(data: data, fileName: fileName, format: nil)
  }

  /// Decodes and validates `data` as `format` (by extension, then by content, when `nil`).
  public static func load(data: Data, fileName: String, format: InputFormat?) throws(TimelineLoadError)
    -> LoadedTimeline
  {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    func fail(_ location: SourceLocation?, _ message: String) -> TimelineLoadError {
      TimelineLoadError(diagnostics: [
        Diagnostic(severity: .error, file: fileName, location: location, path: nil, message: message)
      ])
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw fail(SourceLocation(line: 1, column: 1), "the file is UTF-16 text; save it as UTF-8")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw fail(firstInvalidUTF8(bytes), "the file is not valid UTF-8 text")
    }
    let resolvedFormat = format ?? InputFormat(fileName: fileName) ?? InputFormat(sniffing: bytes)
    // Text formats read as they are (CSV, Markwhen) would carry a NUL into titles; YAML and
    // JSON refuse it in their own parsers.
    if resolvedFormat == .csv || resolvedFormat == .markwhen, let nul = bytes.firstIndex(of: 0) {
      let line = bytes[..<nul].filter { $0 == UInt8(ascii: "\n") }.count + 1
      let lineStart = bytes[..<nul].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
      let column = String(decoding: bytes[lineStart..<nul], as: UTF8.self).unicodeScalars.count + 1
      throw fail(SourceLocation(line: line, column: column), "a NUL byte is not allowed in text")
    }
    let raw: RawTimeline
    let locator: any SourceLocating
    // Warnings an importer finds before validation (Markwhen lines that look like dates).
    var importWarnings: [Diagnostic] = []
    do {
      switch resolvedFormat {
      case .json, .timelinejs:
        let map: JSONSourceMap
        do {
          map = try JSONSourceMap(bytes: bytes)
        } catch {
          guard let path = error.limitPath else { throw fail(error.location, "JSON syntax: \(error.message)") }
          throw TimelineLoadError(diagnostics: [
            Diagnostic(severity: .error, file: fileName, location: error.location, path: path, message: error.message)
          ])
        }
        if resolvedFormat == .timelinejs || TimelineJSDocument.looksLikeTimelineJS(map) {
          let document = try decodeReportingPath(locator: map, fileName: fileName) {
            try JSONDecoder().decode(TimelineJSDocument.self, from: Data(bytes))
          }
          locator = TimelineJSLocator(json: map)
          raw = document.raw
          importWarnings = TimelineJSDroppedFields.warnings(in: map).map {
            Diagnostic(severity: .warning, file: fileName, location: $0.location, path: nil, message: $0.message)
          }
        } else {
          locator = map
          raw = try decodeReportingPath(locator: map, fileName: fileName) {
            try JSONDecoder().decode(RawTimeline.self, from: Data(bytes))
          }
        }
      case .markwhen:
        let document = MarkwhenDocument(text)
        if let past = document.pastLimit {
          throw TimelineLoadError(diagnostics: [
            Diagnostic(
              severity: .error, file: fileName, location: past.location, path: past.path, message: past.message)
          ])
        }
        locator = document
        raw = document.raw
        importWarnings = document.warnings.map {
          Diagnostic(severity: .warning, file: fileName, location: $0.location, path: nil, message: $0.message)
        }
      case .csv:
        let table: CSVTable
        do {
          table = try CSVTable(text, maximumRows: InputLimits.maximumEvents + 1)
        } catch {
          throw fail(error.location, "CSV syntax: \(error.message)")
        }
        if let past = table.rowPastLimit { throw tooManyEvents(at: past, fileName: fileName) }
        let csv = CSVTimeline(table)
        guard !csv.header.isEmpty else {
          throw fail(SourceLocation(line: 1, column: 1), "the file is empty (expected a header row: date,title,…)")
        }
        guard csv.header.contains(where: { $0.text.trimmedSpaces.lowercased() == "title" }) else {
          throw fail(
            csv.header.first?.location,
            "the header row names no title column (columns: date or start,end; title; description; category; …)")
        }
        locator = csv
        raw = csv.raw
      case .yaml:
        do {
          try YAMLPrescan.check(bytes)
        } catch {
          throw TimelineLoadError(diagnostics: [
            Diagnostic(
              severity: .error, file: fileName, location: error.location, path: error.path, message: error.message)
          ])
        }
        let node: Node
        do {
          // The basic resolver runs no regular expressions: YAMLJSONBridge reads plain scalars itself.
          guard let composed = try Yams.compose(yaml: text, .basic) else {
            throw fail(SourceLocation(line: 1, column: 1), "the file is empty (expected a mapping with an events list)")
          }
          node = composed
        } catch let error as TimelineLoadError {
          throw error
        } catch let error as YamlError {
          let location = yamlLocation(error, bytes: bytes)
          // libyaml stops at 1,000 levels; deeper than ours is the same error, said the same way.
          let nestingLimit = yamlProblem(error).contains("Maximum nesting level")
          var problem = nestingLimit ? "YAML syntax: \(InputLimits.tooDeep)" : "YAML syntax: \(yamlProblem(error))"
          if let location, character(at: location, in: text) == "\t" {
            problem += " (a tab: YAML indents with spaces only)"
          }
          throw fail(location, problem)
        } catch {
          throw fail(nil, "YAML: \(error)")
        }
        let map = YAMLSourceMap(root: node)
        locator = map
        do {
          try YAMLJSONBridge.checkLimits(node)
        } catch {
          throw yamlLimitError(error, map: map, fileName: fileName)
        }
        do {
          raw = try YAMLRawDecoder.decode(node)
        } catch {
          throw TimelineLoadError(diagnostics: [
            Diagnostic(
              severity: .error, file: fileName, location: map.location(of: error.path), path: error.path,
              message: error.kind == .missing ? valueMissing : expectation(at: error.path))
          ])
        }
      }
    } catch let error as TimelineLoadError {
      throw error
    } catch {
      throw fail(nil, "\(error)")
    }
    var validator = TimelineValidator(fileName: fileName, locator: locator)
    let timeline = validator.validate(raw)
    let diagnostics = importWarnings + validator.diagnostics
    if diagnostics.contains(where: { $0.severity == .error }) || timeline == nil {
      throw TimelineLoadError(diagnostics: diagnostics)
    }
    guard let timeline else { throw TimelineLoadError(diagnostics: diagnostics) }
    return LoadedTimeline(timeline: timeline, warnings: diagnostics)
  }

  /// The diagnostic for a CSV or Markwhen file whose event past the limit starts at `location`.
  private static func tooManyEvents(at location: SourceLocation, fileName: String) -> TimelineLoadError {
    TimelineLoadError(diagnostics: [
      Diagnostic(
        severity: .error, file: fileName, location: location,
        path: FieldPath([.key("events"), .index(InputLimits.maximumEvents)]),
        message: InputLimits.tooManyEvents("more than \(InputLimits.maximumEvents)"))
    ])
  }

  /// The diagnostic for a YAML document past the expansion or nesting limit, where the walk stopped.
  private static func yamlLimitError(_ failure: YAMLJSONBridge.Failure, map: YAMLSourceMap, fileName: String)
    -> TimelineLoadError
  {
    let path: FieldPath
    let location: SourceLocation?
    let message: String
    switch failure {
    case .tooLarge(let at):
      path = at
      location = map.locationOutsideAliases(of: at)
      message =
        "aliases expand this document past \(InputLimits.maximumExpandedBytes / (1024 * 1024)) MiB "
        + "(the input limit, which counts what each alias repeats); write fewer or shorter aliases"
    case .tooManyValues(let at):
      path = at
      location = map.locationOutsideAliases(of: at)
      message =
        "aliases expand this document past \(InputLimits.maximumValues) values (texts, lists and mappings), "
        + "the limit for a file; write fewer aliases"
    case .tooDeep(let at, let mark):
      path = at
      location = mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? map.location(of: at)
      message = InputLimits.tooDeep
    }
    return TimelineLoadError(diagnostics: [
      Diagnostic(severity: .error, file: fileName, location: location, path: path, message: message)
    ])
  }

  private static func decodeReportingPath<T>(
    locator: some SourceLocating, fileName: String, _ body: () throws -> T
  ) throws -> T {
    do {
      return try body()
    } catch let error as DecodingError {
      let (codingPath, message) = describe(error)
      let path = FieldPath(codingPath: codingPath)
      throw TimelineLoadError(diagnostics: [
        Diagnostic(
          severity: .error, file: fileName, location: locator.location(of: path), path: path,
          message: message)
      ])
    }
  }

  /// The message for a null where a mapping of fields belongs.
  static let valueMissing = "a value is missing here"

  /// What belongs at `path`, said for the person who wrote something else there.
  static func expectation(at path: FieldPath) -> String {
    let lists: Set<String> = ["events", "categories", "periods", "context", "eras"]
    switch (path.components.dropLast().last, path.components.last) {
    case (_, nil):
      return "the file must be a mapping with an events list (`timeline schema` prints the format)"
    case (_, .key(let key)) where lists.contains(key):
      return "expected a list here"
    case (_, .key("tags")):
      return "expected a list of tags here, like [protests, petroleum]"
    case (.key("tags"), .index):
      return "expected a tag (text) here"
    case (.key(let parent), .index) where lists.contains(parent):
      return "expected a mapping of fields here (date, title, …)"
    case (_, .key(let key)) where ["date", "start", "end", "start_date", "end_date"].contains(key):
      return "expected a date here, like 2022-01-05"
    case (_, .key("approximate")):
      return "expected true or false here"
    case (_, .key("importance")):
      return "expected 1 (must show), 2 (default) or 3 (detail) here"
    default:
      return "expected text here"
    }
  }

  private static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
    switch error {
    case .typeMismatch(_, let context):
      return (context.codingPath, expectation(at: FieldPath(codingPath: context.codingPath)))
    case .valueNotFound(_, let context):
      return (context.codingPath, valueMissing)
    case .keyNotFound(let key, let context):
      return (context.codingPath + [key], "required field is missing")
    case .dataCorrupted(let context):
      return (context.codingPath, "unreadable value (\(context.debugDescription))")
    @unknown default:
      return ([], "\(error)")
    }
  }

  private static func yamlLocation(_ error: YamlError, bytes: [UInt8]) -> SourceLocation? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return SourceLocation(line: mark.line, column: mark.column)
    case .duplicatedKeysInMapping(_, let context):
      return SourceLocation(line: context.mark.line, column: context.mark.column)
    case .reader(_, let offset?, _, _):
      // libyaml counts the reader's offset in bytes.
      let prefix = bytes.prefix(max(0, min(offset, bytes.count)))
      let line = prefix.filter { $0 == UInt8(ascii: "\n") }.count + 1
      let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
      let column = String(decoding: bytes[lineStart..<prefix.count], as: UTF8.self).unicodeScalars.count + 1
      return SourceLocation(line: line, column: column)
    default:
      return nil
    }
  }

  private static func yamlProblem(_ error: YamlError) -> String {
    switch error {
    case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
      .composer(let context, let problem, _, _):
      [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    case .duplicatedKeysInMapping(let duplicates, _):
      "a key appears twice in one mapping: " + duplicates.map { "“\($0)”" }.joined(separator: ", ")
    case .reader(let problem, _, let value, _):
      value == 0
        ? "a NUL byte is not allowed in YAML text"
        : "\(problem) (character U+\(String(value, radix: 16, uppercase: true)))"
    default: "\(error)"
    }
  }

  /// The character at a 1-based line and column (columns count Unicode scalars).
  private static func character(at location: SourceLocation, in text: String) -> Unicode.Scalar? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard location.line >= 1, location.line <= lines.count else { return nil }
    let scalars = Array(lines[location.line - 1].unicodeScalars)
    return location.column >= 1 && location.column <= scalars.count ? scalars[location.column - 1] : nil
  }

  private static func firstInvalidUTF8(_ bytes: [UInt8]) -> SourceLocation {
    var line = 1
    var lineStart = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let length: Int =
        byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
      let end = index + length
      if length == 0 || end > bytes.count || String(validating: bytes[index..<end], as: UTF8.self) == nil {
        let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(line: line, column: column)
      }
      if byte == UInt8(ascii: "\n") {
        line += 1
        lineStart = end
      }
      index = end
    }
    return SourceLocation(line: line, column: 1)
  }
}
