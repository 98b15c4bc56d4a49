/// Line and column of every value in a JSON text, keyed by field path, up to a fixed depth.
///
/// Foundation's `JSONDecoder` reports only coding paths; this scanner supplies the positions.
/// It also finds syntax errors with their exact position. It never recurses, so nesting
/// depth costs no stack; positions deeper than ``maximumRecordedDepth`` are not recorded.
struct JSONSourceMap: SourceLocating {
  static let maximumRecordedDepth = 8

  struct SyntaxError: Error {
    var location: SourceLocation
    var message: String
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
      case object(path: FieldPath, expectingKey: Bool, key: String?, count: Int)
      case array(path: FieldPath, count: Int)
    }

    let bytes: [UInt8]
    var offset = 0
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
      while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { advance() }
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
      skipWhitespace()
      try value(at: FieldPath(), stack: &stack, locations: &locations)
      while !stack.isEmpty {
        skipWhitespace()
        guard offset < bytes.count else { throw error("the JSON text ends inside a list or object") }
        let byte = bytes[offset]
        switch stack[stack.count - 1] {
        case .array(let path, let count):
          if byte == UInt8(ascii: "]") {
            advance()
            stack.removeLast()
          } else if count > 0 {
            guard byte == UInt8(ascii: ",") else { throw error("expected ',' or ']' but found \(describeHere())") }
            advance()
            skipWhitespace()
            stack[stack.count - 1] = .array(path: path, count: count + 1)
            try value(at: path.appending(count), stack: &stack, locations: &locations)
          } else {
            stack[stack.count - 1] = .array(path: path, count: 1)
            try value(at: path.appending(0), stack: &stack, locations: &locations)
          }
        case .object(let path, let expectingKey, let key, let count):
          if expectingKey {
            if byte == UInt8(ascii: "}") {
              advance()
              stack.removeLast()
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
            if path.components.count < JSONSourceMap.maximumRecordedDepth {
              keys[path, default: []].append((name, keyLocation))
            }
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
              throw error("expected ':' after the key \"\(name)\" but found \(describeHere())")
            }
            advance()
            skipWhitespace()
            stack[stack.count - 1] = .object(path: path, expectingKey: false, key: name, count: count + 1)
          } else {
            stack[stack.count - 1] = .object(path: path, expectingKey: true, key: nil, count: count)
            try value(at: path.appending(key ?? ""), stack: &stack, locations: &locations)
          }
        }
      }
      skipWhitespace()
      guard offset == bytes.count else { throw error("unexpected \(describeHere()) after the JSON value") }
    }

    /// Reads one value; for a list or object, pushes a frame and returns after the opening bracket.
    mutating func value(
      at path: FieldPath, stack: inout [Frame], locations: inout [FieldPath: SourceLocation]
    ) throws(SyntaxError) {
      guard offset < bytes.count else { throw error("expected a value but the file ends") }
      if path.components.count <= JSONSourceMap.maximumRecordedDepth { locations[path] = here }
      switch bytes[offset] {
      case UInt8(ascii: "{"):
        advance()
        stack.append(.object(path: path, expectingKey: true, key: nil, count: 0))
      case UInt8(ascii: "["):
        advance()
        stack.append(.array(path: path, count: 0))
      case UInt8(ascii: "\""):
        _ = try string()
      default:
        let start = offset
        while offset < bytes.count, !Self.delimiters.contains(bytes[offset]) { advance() }
        let word = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard !word.isEmpty, Self.isLiteral(word) else {
          offset = start
          throw error("expected a value but found \(describeHere())")
        }
      }
    }

    static let delimiters: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x5D, 0x7D, 0x3A]

    static func isLiteral(_ word: String) -> Bool {
      if word == "true" || word == "false" || word == "null" { return true }
      return word.first.map { $0 == "-" || $0.isNumber } == true && Double(word) != nil
    }

    mutating func string() throws(SyntaxError) -> String {
      let start = here
      advance()
      var content: [UInt8] = []
      while offset < bytes.count {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "\"") {
          advance()
          return String(decoding: content, as: UTF8.self)
        }
        if byte == UInt8(ascii: "\\") {
          advance()
          guard offset < bytes.count else { break }
        } else if byte < 0x20 {
          throw error("control character 0x\(String(byte, radix: 16)) inside a string (write it as an escape)")
        }
        content.append(bytes[offset])
        advance()
      }
      throw SyntaxError(location: start, message: "the string starting here is never closed")
    }
  }
}
