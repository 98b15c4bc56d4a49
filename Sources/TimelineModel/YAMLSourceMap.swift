import Yams

/// Line and column of values in a composed YAML document, found by walking its nodes.
struct YAMLSourceMap: SourceLocating {
  let root: Node

  func location(of path: FieldPath) -> SourceLocation? {
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
      node = child
      best = child.mark ?? best
    }
    return best.map { SourceLocation(line: $0.line, column: $0.column) }
  }
}
