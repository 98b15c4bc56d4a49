import Yams

/// Line and column of values in a composed YAML document, found by walking its nodes.
///
/// Asked once per event (its keys, for unknown fields), so a lookup costs no more than the
/// path is long: the known top-level fields are found once, at creation.
struct YAMLSourceMap: SourceLocating {
  let root: Node
  /// The values of the top-level fields the format knows (`events`…), as ``child(_:of:)``
  /// finds them; `nil` for a field not there.
  private let topLevel: [String: Node?]

  init(root: Node) {
    self.root = root
    var topLevel: [String: Node?] = [:]
    for name in TimelineValidator.topLevelFields { topLevel[name] = Self.child(name, of: root) }
    self.topLevel = topLevel
  }

  func keys(at path: FieldPath) -> [(key: String, location: SourceLocation)] {
    guard let mapping = node(at: path)?.mapping else { return [] }
    var keys: [(key: String, location: SourceLocation)] = []
    for (key, _) in mapping {
      // A text key is read from its one copy, as Yams' `string`, `mark` and the merge-key test would.
      if case .scalar(let scalar) = key {
        guard let mark = scalar.mark, scalar.string != "<<" || scalar.style != .plain else { continue }
        keys.append((scalar.string, SourceLocation(line: mark.line, column: mark.column)))
      } else if let name = key.string, let mark = key.mark {
        keys.append((name, SourceLocation(line: mark.line, column: mark.column)))
      }
    }
    return keys
  }

  /// Yams' `mapping[key]` (the last pair whose key equals the text `key` with its resolved
  /// tag), asked only when some key has that text: a text comparison rules out the rest cheaply.
  private static func child(_ key: String, of node: Node) -> Node? {
    guard let mapping = node.mapping, mapping.contains(where: { $0.key.scalar?.string == key }) else { return nil }
    return mapping[key]
  }

  /// The value at `key` of `node`, from the index when `node` is the root.
  private func child(_ key: String, of node: Node, atTop: Bool) -> Node? {
    if atTop, let known = topLevel[key] { return known }
    return Self.child(key, of: node)
  }

  private func node(at path: FieldPath) -> Node? {
    var node = root
    for (depth, component) in path.components.enumerated() {
      switch component {
      case .key(let key):
        guard let child = child(key, of: node, atTop: depth == 0) else { return nil }
        node = child
      case .index(let index):
        guard let sequence = node.sequence, index >= 0, index < sequence.count else { return nil }
        node = sequence[sequence.index(sequence.startIndex, offsetBy: index)]
      }
    }
    return node
  }

  func location(of path: FieldPath) -> SourceLocation? {
    location(of: path, stoppingAtAliases: false)
  }

  /// Where the value at `path` is written, or where the alias that copied it in is used: the
  /// walk stops at a node that sits earlier in the file than its parent (an alias copies its
  /// anchor's positions).
  func locationOutsideAliases(of path: FieldPath) -> SourceLocation? {
    location(of: path, stoppingAtAliases: true)
  }

  private func location(of path: FieldPath, stoppingAtAliases: Bool) -> SourceLocation? {
    var node = root
    var best = node.mark
    for (depth, component) in path.components.enumerated() {
      let child: Node?
      switch component {
      case .key(let key): child = self.child(key, of: node, atTop: depth == 0)
      case .index(let index):
        if let sequence = node.sequence, index >= 0, index < sequence.count {
          child = sequence[sequence.index(sequence.startIndex, offsetBy: index)]
        } else {
          child = nil
        }
      }
      guard let child else { break }
      if stoppingAtAliases, let here = best, let there = child.mark,
        (there.line, there.column) < (here.line, here.column)
      {
        break
      }
      node = child
      best = child.mark ?? best
    }
    return best.map { SourceLocation(line: $0.line, column: $0.column) }
  }
}
