import CYaml

/// Reads a YAML text's parse events with libyaml, before Yams builds a single node, and stops at
/// the first limit it passes: nesting deeper than ``InputLimits/maximumNesting``, more than
/// ``InputLimits/maximumValues`` values, or a top-level `events` or `categories` list longer
/// than its limit. Each node Yams builds costs a few hundred bytes, so this keeps a 10 MiB
/// file of tiny values or brackets from costing gigabytes before the first check.
///
/// Syntax errors are left to `Yams.compose`, which reports them with its own messages.
enum YAMLPrescan {
  /// A limit passed, where, and at which field (cut to its first eight components).
  struct Failure: Error {
    var location: SourceLocation
    var path: FieldPath
    var message: String
  }

  private struct Frame {
    var isMapping: Bool
    /// In a mapping: the next item is a key (items alternate key, value).
    var nextIsKey = true
    /// In a mapping: the last key read, for the path of its value.
    var pendingKey = ""
    /// In a list: the items so far.
    var count = 0
    /// Entries allowed in this list, when it is a limited top-level list, and its key.
    var limit: Int?
    var name = ""
  }

  static func check(_ bytes: [UInt8]) throws(Failure) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return }
    defer { yaml_parser_delete(&parser) }
    var walk = Walk()
    try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) in
      guard let base = buffer.baseAddress else { return }
      yaml_parser_set_input_string(&parser, base, buffer.count)
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        let type = event.type
        if type == YAML_STREAM_END_EVENT { return }
        let mark = event.start_mark
        let location = SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        var key: String?
        if type == YAML_SCALAR_EVENT, let value = event.data.scalar.value {
          key = String(
            decoding: UnsafeBufferPointer(start: value, count: min(Int(event.data.scalar.length), 64)), as: UTF8.self)
        }
        try walk.step(type, key: key, at: location)
      }
    }
  }

  /// The state of the walk over parse events: open lists and mappings, and values seen.
  private struct Walk {
    var frames: [Frame] = []
    /// The path of the value being read (one component per open frame but the root).
    var trail: [FieldPath.Component] = []
    var values = 0

    var path: FieldPath { FieldPath(Array(trail.prefix(8))) }

    mutating func step(_ type: yaml_event_type_t, key: String?, at location: SourceLocation) throws(Failure) {
      let opens = type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT
      if type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT {
        frames.removeLast()
        if !frames.isEmpty { trail.removeLast() }
        return
      }
      guard opens || type == YAML_SCALAR_EVENT || type == YAML_ALIAS_EVENT else { return }
      var isKey = false
      if let top = frames.last, top.isMapping {
        isKey = top.nextIsKey
        frames[frames.count - 1].nextIsKey.toggle()
        // An event file's keys are plain names. A list, mapping or alias as a key is refused:
        // Yams hashes a key whole, so an alias chain there (`? [*a, *a]`) costs exponential time.
        if isKey, opens || type == YAML_ALIAS_EVENT {
          throw Failure(
            location: location, path: FieldPath(Array(trail.prefix(8))),
            message: "a key must be a plain name, not a list, a mapping or an alias")
        }
        if isKey {
          frames[frames.count - 1].pendingKey = key ?? ""
          return
        }
        trail.append(.key(isKey ? "?" : top.pendingKey))
      } else if let top = frames.last {
        if let limit = top.limit, top.count >= limit {
          throw Failure(
            location: location, path: FieldPath([.key(top.name), .index(top.count)]),
            message: InputLimits.tooMany(top.name))
        }
        trail.append(.index(top.count))
        frames[frames.count - 1].count += 1
      }
      values += 1
      guard values <= InputLimits.maximumValues else {
        throw Failure(location: location, path: path, message: InputLimits.tooManyValues)
      }
      guard opens else {
        if !frames.isEmpty { trail.removeLast() }
        return
      }
      guard frames.count < InputLimits.maximumNesting else {
        throw Failure(location: location, path: path, message: InputLimits.tooDeep)
      }
      var frame = Frame(isMapping: type == YAML_MAPPING_START_EVENT)
      if !frame.isMapping, !isKey, frames.count == 1, trail.count == 1, case .key(let name) = trail[0] {
        frame.limit = InputLimits.maximumCount(ofList: name)
        frame.name = name
      }
      frames.append(frame)
    }
  }
}
