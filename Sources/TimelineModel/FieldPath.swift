/// Where a value sits inside an event file: `events[3].date`, `categories[0].color`.
///
/// ```swift
/// let path = FieldPath([.key("events"), .index(3), .key("date")])
/// path.description   // "events[3].date"
/// ```
public struct FieldPath: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// One step of a path: a key of a mapping or an index into a list.
  public enum Component: Equatable, Hashable, Sendable {
    /// A field of a mapping: `date`.
    case key(String)
    /// A position in a list, from 0: `[3]`.
    case index(Int)
  }

  /// The steps from the top of the document.
  public var components: [Component]

  /// The path of `components`; empty for the document itself.
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

  /// The path as written in messages: `events[3].date`.
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
  /// From 1.
  public var line: Int
  /// From 1, in Unicode scalars (characters, not bytes).
  public var column: Int

  /// A place in a file.
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
