import Yams

/// Line and column of values in a composed YAML document, found by walking its nodes.
struct YAMLSourceMap: SourceLocating {
  let root: Node

  func keys(at path: FieldPath) -> [(key: String, location: SourceLocation)] {
    guard let mapping = node(at: path)?.mapping else { return [] }
    return mapping.compactMap { key, _ in
      guard let name = key.string, let mark = key.mark, !YAMLJSONBridge.isMergeKey(key) else { return nil }
      return (name, SourceLocation(line: mark.line, column: mark.column))
    }
  }

  private func node(at path: FieldPath) -> Node? {
    var node = root
    for component in path.components {
      switch component {
      case .key(let key):
        guard let child = node.mapping?[key] else { return nil }
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
    for component in path.components {
      let child: Node?
      switch component {
      case .key(let key): child = node.mapping?[key]
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
