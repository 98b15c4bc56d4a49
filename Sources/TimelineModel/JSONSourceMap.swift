/// Line and column of every value in a JSON text, keyed by field path, up to a fixed depth.
///
/// Foundation's `JSONDecoder` reports only coding paths; this scanner supplies the positions.
/// It also finds syntax errors with their exact position. It never recurses, so nesting
/// depth costs no stack; positions deeper than ``maximumRecordedDepth`` are not recorded.
/// Nesting past ``InputLimits/maximumNesting`` is an error at the bracket that goes too deep.
/// More than ``InputLimits/maximumValues`` values, or a top-level `events` or `categories` list
/// longer than its limit, stops the scan there, before any decoder spends memory on the rest.
/// Linear in the text: the path to the current value is one stack of components, pushed and
/// popped, and only the first ``maximumRecordedDepth`` of them are ever copied.
struct JSONSourceMap: SourceLocating {
  static let maximumRecordedDepth = 8

  struct SyntaxError: Error {
    var location: SourceLocation
    var message: String
    /// Set when a limit was reached rather than the syntax broken: the field where it was.
    var limitPath: FieldPath?
  }

  private(set) var locations: [FieldPath: SourceLocation] = [:]
  /// Keys of each object, in file order, with the position of the key itself.
  private(set) var keysByParent: [FieldPath: [(key: String, location: SourceLocation)]] = [:]

  init(bytes: [UInt8]) throws(SyntaxError) {
    var scanner = Scanner(bytes: bytes)
    try scanner.run(recordingInto: &locations, keys: &keysByParent)
  }

  func keys(at path: FieldPath) -> [(key: String, location: SourceLocation)] {
    keysByParent[path] ?? []
  }

  func location(of path: FieldPath) -> SourceLocation? {
    var components = path.components
    while true {
      if let found = locations[FieldPath(components)] { return found }
      if components.isEmpty { return nil }
      components.removeLast()
    }
  }

  private struct Scanner {
    enum Frame {
      case object(expectingKey: Bool, key: String?, count: Int)
      case array(count: Int)
    }

    let bytes: [UInt8]
    var offset = 0
    var values = 0
    var line = 1
    var column = 1

    init(bytes: [UInt8]) {
      self.bytes = bytes
    }

    var here: SourceLocation { SourceLocation(line: line, column: column) }

    mutating func advance() {
      let byte = bytes[offset]
      offset += 1
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }

    mutating func skipWhitespace() {
      while offset < bytes.count, Self.isWhitespace(bytes[offset]) { advance() }
    }

    func error(_ message: String) -> SyntaxError {
      SyntaxError(location: here, message: message)
    }

    func describeHere() -> String {
      guard offset < bytes.count else { return "the end of the file" }
      let byte = bytes[offset]
      return (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
    }

    mutating func run(
      recordingInto locations: inout [FieldPath: SourceLocation],
      keys: inout [FieldPath: [(key: String, location: SourceLocation)]]
    ) throws(SyntaxError) {
      var stack: [Frame] = []
      // The path of the innermost open list or object: one component per frame but the first.
      var trail: [FieldPath.Component] = []
      skipWhitespace()
      try value(stack: &stack, trail: &trail, locations: &locations)
      while !stack.isEmpty {
        skipWhitespace()
        guard offset < bytes.count else { throw error("the JSON text ends inside a list or object") }
        let byte = bytes[offset]
        switch stack[stack.count - 1] {
        case .array(let count):
          if byte == UInt8(ascii: "]") {
            advance()
            close(&stack, &trail)
            continue
          }
          if count > 0 {
            guard byte == UInt8(ascii: ",") else { throw error("expected ',' or ']' but found \(describeHere())") }
            advance()
            skipWhitespace()
          }
          stack[stack.count - 1] = .array(count: count + 1)
          if trail.count == 1, case .key(let key) = trail[0], let limit = InputLimits.maximumCount(ofList: key),
            count >= limit
          {
            throw SyntaxError(
              location: here, message: InputLimits.tooMany(key), limitPath: FieldPath(trail + [.index(count)]))
          }
          trail.append(.index(count))
          try value(stack: &stack, trail: &trail, locations: &locations)
        case .object(let expectingKey, let key, let count):
          if expectingKey {
            if byte == UInt8(ascii: "}") {
              advance()
              close(&stack, &trail)
              continue
            }
            if count > 0 {
              guard byte == UInt8(ascii: ",") else { throw error("expected ',' or '}' but found \(describeHere())") }
              advance()
              skipWhitespace()
            }
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
              throw error("expected a quoted key but found \(describeHere())")
            }
            let keyLocation = here
            let name = try string()
            if trail.count < JSONSourceMap.maximumRecordedDepth {
              keys[FieldPath(trail), default: []].append((name, keyLocation))
            }
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
              throw error("expected ':' after the key \"\(name)\" but found \(describeHere())")
            }
            advance()
            skipWhitespace()
            stack[stack.count - 1] = .object(expectingKey: false, key: name, count: count + 1)
          } else {
            stack[stack.count - 1] = .object(expectingKey: true, key: nil, count: count)
            trail.append(.key(key ?? ""))
            try value(stack: &stack, trail: &trail, locations: &locations)
          }
        }
      }
      skipWhitespace()
      guard offset == bytes.count else { throw error("unexpected \(describeHere()) after the JSON value") }
    }

    /// Ends the innermost list or object; its own component leaves the trail with it.
    private func close(_ stack: inout [Frame], _ trail: inout [FieldPath.Component]) {
      stack.removeLast()
      if !trail.isEmpty { trail.removeLast() }
    }

    /// Reads one value at `trail`; for a list or object, pushes a frame and returns after the
    /// opening bracket (its component stays on the trail), otherwise takes its component off.
    mutating func value(
      stack: inout [Frame], trail: inout [FieldPath.Component], locations: inout [FieldPath: SourceLocation]
    ) throws(SyntaxError) {
      guard offset < bytes.count else { throw error("expected a value but the file ends") }
      values += 1
      guard values <= InputLimits.maximumValues else {
        throw SyntaxError(
          location: here, message: InputLimits.tooManyValues, limitPath: FieldPath(Array(trail.prefix(8))))
      }
      if trail.count <= JSONSourceMap.maximumRecordedDepth { locations[FieldPath(trail)] = here }
      switch bytes[offset] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        guard stack.count < InputLimits.maximumNesting else {
          throw SyntaxError(location: here, message: InputLimits.tooDeep, limitPath: FieldPath(Array(trail.prefix(8))))
        }
        let opening = bytes[offset]
        advance()
        stack.append(opening == UInt8(ascii: "{") ? .object(expectingKey: true, key: nil, count: 0) : .array(count: 0))
        return
      case UInt8(ascii: "\""):
        _ = try string()
      default:
        let start = offset
        while offset < bytes.count, !Self.isDelimiter(bytes[offset]) { advance() }
        let word = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard !word.isEmpty, Self.isLiteral(word) else {
          offset = start
          throw error("expected a value but found \(describeHere())")
        }
      }
      if !trail.isEmpty { trail.removeLast() }
    }

    /// JSON's four whitespace bytes: space, tab, line feed, carriage return.
    static func isWhitespace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// What ends a number or literal: whitespace, `,`, `]`, `}` or `:`.
    static func isDelimiter(_ byte: UInt8) -> Bool {
      isWhitespace(byte) || byte == 0x2C || byte == 0x5D || byte == 0x7D || byte == 0x3A
    }

    static func isLiteral(_ word: String) -> Bool {
      if word == "true" || word == "false" || word == "null" { return true }
      return word.first.map { $0 == "-" || $0.isNumber } == true && Double(word) != nil
    }

    mutating func string() throws(SyntaxError) -> String {
      let start = here
      advance()
      let contentStart = offset
      // Copied byte by byte only once an escape is met: until then the text is a slice.
      var content: [UInt8]?
      while offset < bytes.count {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "\"") {
          let text =
            content.map { String(decoding: $0, as: UTF8.self) }
            ?? String(decoding: bytes[contentStart..<offset], as: UTF8.self)
          advance()
          return text
        }
        if byte == UInt8(ascii: "\\") {
          if content == nil { content = Array(bytes[contentStart..<offset]) }
          advance()
          guard offset < bytes.count else { break }
        } else if byte < 0x20 {
          throw error("control character 0x\(String(byte, radix: 16)) inside a string (write it as an escape)")
        }
        content?.append(bytes[offset])
        advance()
      }
      throw SyntaxError(location: start, message: "the string starting here is never closed")
    }
  }
}
