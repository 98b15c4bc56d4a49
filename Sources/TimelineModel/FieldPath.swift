/// Where a value sits inside an event file: `events[3].date`, `categories[0].color`.
///
/// ```swift
/// let path = FieldPath([.key("events"), .index(3), .key("date")])
/// path.description   // "events[3].date"
/// ```
public struct FieldPath: Equatable, Hashable, Sendable, CustomStringConvertible {
  public enum Component: Equatable, Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  public var components: [Component]

  public init(_ components: [Component] = []) {
    self.components = components
  }

  /// The path of a `Decodable` coding path: integer keys become indexes.
  public init(codingPath: [any CodingKey]) {
    components = codingPath.map { key in
      if let index = key.intValue { .index(index) } else { .key(key.stringValue) }
    }
  }

  /// This path extended by one key.
  public func appending(_ key: String) -> FieldPath { FieldPath(components + [.key(key)]) }
  /// This path extended by one index.
  public func appending(_ index: Int) -> FieldPath { FieldPath(components + [.index(index)]) }

  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text.isEmpty ? "(top level)" : text
  }
}

/// A 1-based line and column in an input file; columns count Unicode scalars.
public struct SourceLocation: Equatable, Hashable, Sendable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// Finds where a field path was written in a source file.
protocol SourceLocating {
  /// The location of the value at `path`, or of its nearest ancestor that exists.
  func location(of path: FieldPath) -> SourceLocation?
  /// The keys written in the mapping at `path`, in file order, with where each key is.
  func keys(at path: FieldPath) -> [(key: String, location: SourceLocation)]
}
