import Foundation
import Yams

/// Turns a composed YAML document into JSON bytes, so that it decodes with `JSONDecoder`.
///
/// Decoding straight from Yams' nodes was the slowest part of loading a large file: each
/// field lookup builds a key node and compares tags, and each comparison runs Yams' tag
/// regular expressions (about 90% of the time of a 10,000-event file). Here each scalar is
/// classified once, by hand: YAML's null words and `~` (or an explicit `!!null`) become
/// `null`, its bool words (`true`, `yes`, `off`…, or `!!bool`) become booleans, and every
/// other scalar becomes a string with exactly the text the user wrote (`2.50` stays `2.50`).
/// Aliases are copied where they are used, and merge keys (`<<: *defaults`) are applied. The document is composed with Yams' basic
/// resolver, so no regular expression runs at all.
///
/// Returns `nil` when the document would grow past `nodeBudget` values, as a document whose
/// aliases nest ("billion laughs") does; the caller then decodes from the nodes, lazily.
enum YAMLJSONBridge {
  static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
  static let trueWords: Set<String> = ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"]
  static let falseWords: Set<String> = ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"]

  static func json(from node: Node, nodeBudget: Int) -> Data? {
    var writer = Writer(budget: nodeBudget)
    guard writer.write(node) else { return nil }
    return Data(writer.bytes)
  }

  /// Whether `key` is YAML's merge key: a plain `<<`.
  static func isMergeKey(_ key: Node) -> Bool {
    guard let scalar = key.scalar else { return false }
    return scalar.string == "<<" && scalar.style == .plain
  }

  /// The pairs of `mapping` with merge keys (`<<: *defaults`, `<<: [*a, *b]`) replaced by the
  /// pairs they bring in, as YAML 1.1 defines them: the mapping's own keys win, then earlier
  /// merged mappings over later ones. Each key appears once.
  static func mergingKeys(_ mapping: Node.Mapping) -> [(key: Node, value: Node)] {
    guard mapping.contains(where: { isMergeKey($0.key) }) else { return mapping.map { ($0.key, $0.value) } }
    var own: [(key: Node, value: Node)] = []
    var merged: [(key: Node, value: Node)] = []
    for (key, value) in mapping {
      guard isMergeKey(key) else {
        own.append((key, value))
        continue
      }
      let sources = value.mapping.map { [$0] } ?? (value.sequence?.compactMap(\.mapping) ?? [])
      for source in sources { merged += mergingKeys(source) }
    }
    var seen = Set(own.compactMap { $0.key.scalar?.string })
    var result: [(key: Node, value: Node)] = []
    for pair in merged {
      guard let name = pair.key.scalar?.string, seen.insert(name).inserted else { continue }
      result.append(pair)
    }
    return result + own
  }

  private struct Writer {
    var budget: Int
    var bytes: [UInt8] = []

    mutating func write(_ node: Node) -> Bool {
      budget -= 1
      guard budget >= 0 else { return false }
      switch node {
      case .scalar(let scalar):
        writeScalar(scalar)
      case .mapping(let mapping):
        bytes.append(UInt8(ascii: "{"))
        var first = true
        for (key, value) in YAMLJSONBridge.mergingKeys(mapping) {
          if !first { bytes.append(UInt8(ascii: ",")) }
          first = false
          writeString(key.scalar?.string ?? "\(key)")
          bytes.append(UInt8(ascii: ":"))
          guard write(value) else { return false }
        }
        bytes.append(UInt8(ascii: "}"))
      case .sequence(let sequence):
        bytes.append(UInt8(ascii: "["))
        var first = true
        for item in sequence {
          if !first { bytes.append(UInt8(ascii: ",")) }
          first = false
          guard write(item) else { return false }
        }
        bytes.append(UInt8(ascii: "]"))
      default:
        writeString("")
      }
      return true
    }

    mutating func writeScalar(_ scalar: Node.Scalar) {
      let tag = scalar.tag.description
      let text = scalar.string
      // Composed with the basic resolver, an untagged plain scalar reads as implicit, or as
      // `str` once something has looked at its tag. (So an explicit `!!str null`, written
      // without quotes, would read as null: quote it instead.)
      let plain = scalar.style == .plain && (tag == Tag.Name.implicit.rawValue || tag == Tag.Name.str.rawValue)
      if (plain && YAMLJSONBridge.nullWords.contains(text)) || tag == Tag.Name.null.rawValue {
        bytes += Array("null".utf8)
      } else if (plain || tag == Tag.Name.bool.rawValue) && YAMLJSONBridge.trueWords.contains(text) {
        bytes += Array("true".utf8)
      } else if (plain || tag == Tag.Name.bool.rawValue) && YAMLJSONBridge.falseWords.contains(text) {
        bytes += Array("false".utf8)
      } else {
        writeString(text)
      }
    }

    mutating func writeString(_ text: String) {
      JSONString.append(text, to: &bytes)
    }
  }
}
