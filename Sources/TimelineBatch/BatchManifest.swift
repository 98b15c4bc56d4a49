import Foundation
import TimelineCommandCore
import TimelineRendering
import Yams

/// A batch described in a YAML file: which event files to render, where, and how.
///
/// ```yaml
/// out: figures            # the output folder (--out on the command line wins)
/// formats: [png, svg]     # the default formats (-T wins)
/// options:                # render options for every entry, named as the flags without dashes
///   theme: print
///   width: 170mm
/// inputs:
///   - events/             # a folder (recursive), a file, or a glob like events/**/*.yaml
///   - path: reports/kazakhstan.yaml
///     options: {dpi: 300} # this entry's own options, over the ones above
///     outputs: [report/kazakhstan.pdf, report/kazakhstan.png]
/// ```
///
/// Paths are relative to the manifest's folder. Options given as flags on the command line
/// win over the manifest, so one manifest can be re-run with `--theme dark`.
package struct BatchManifest {
  package struct Entry {
    /// A file, folder or pattern, already joined onto the manifest's folder.
    package var input: String
    /// Explicit output files (joined onto the manifest's folder), or `nil` to mirror into `out`.
    package var outputs: [String]?
    package var options: [(key: String, value: String)]
    /// Where the entry is written (`figures.yaml:4:5`), for messages; `nil` on the command line.
    package var place: String? = nil
    /// Where each of `outputs` is written, likewise.
    package var outputPlaces: [String] = []
  }

  /// The folder the manifest's relative paths start from (`.` for the current folder).
  package var folder = "."
  package var out: String?
  /// Where `out:` is written, for messages.
  package var outPlace: String?
  package var formats: [OutputFormat]?
  package var options: [(key: String, value: String)] = []
  package var entries: [Entry] = []

  /// Reads and checks `path`; every problem is a failure naming the file, line and column
  /// (exit 65), or exit 66 if it cannot be read.
  package static func load(_ path: String) throws(CommandFailure) -> BatchManifest {
    let data = try InputReader.read(path)
    guard let text = String(data: data, encoding: .utf8) else {
      throw CommandFailure(ExitStatus.dataError, "error: \(path): the manifest is not UTF-8 text")
    }
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw CommandFailure(ExitStatus.dataError, "error: \(path): the manifest is empty; it needs `inputs:`")
      }
      root = node
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure(ExitStatus.dataError, "error: \(path): not valid YAML: \(error)")
    }
    return try ManifestReader(path: path).read(root)
  }
}

/// Turns the manifest's YAML nodes into a ``BatchManifest``, with positions in every error.
private struct ManifestReader {
  var path: String
  var folder: String { (path as NSString).deletingLastPathComponent }

  func failure(_ node: Node, _ message: String) -> CommandFailure {
    CommandFailure(ExitStatus.dataError, "error: \(place(node)): \(message)")
  }

  func place(_ node: Node) -> String {
    node.mark.map { "\(path):\($0.line):\($0.column)" } ?? path
  }

  func resolve(_ relative: String) -> String {
    if relative.hasPrefix("/") || folder.isEmpty { return relative }
    return (folder as NSString).appendingPathComponent(relative)
  }

  func read(_ root: Node) throws(CommandFailure) -> BatchManifest {
    guard let mapping = root.mapping else {
      throw failure(root, "a manifest is a mapping with `inputs:` (and optionally out, formats, options)")
    }
    var manifest = BatchManifest()
    manifest.folder = folder.isEmpty ? "." : folder
    var sawInputs = false
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      switch key {
      case "out":
        manifest.out = resolve(try scalar(value, "out"))
        manifest.outPlace = place(value)
      case "formats": manifest.formats = try formats(value)
      case "options": manifest.options = try options(value)
      case "inputs":
        sawInputs = true
        guard let list = value.sequence else {
          throw failure(value, "inputs: expected a list of files, folders or patterns")
        }
        for item in list { manifest.entries.append(try entry(item)) }
      default:
        throw failure(keyNode, "unknown key '\(key)'; a manifest has out, formats, options and inputs")
      }
    }
    guard sawInputs else { throw failure(root, "the manifest has no `inputs:` list") }
    return manifest
  }

  func scalar(_ node: Node, _ field: String) throws(CommandFailure) -> String {
    guard let text = node.scalar?.string else { throw failure(node, "\(field): expected a single value") }
    return text
  }

  func formats(_ node: Node) throws(CommandFailure) -> [OutputFormat] {
    let names: [Node] = node.sequence.map(Array.init) ?? [node]
    var result: [OutputFormat] = []
    for name in names {
      guard let format = OutputFormat(rawValue: try scalar(name, "formats").lowercased()) else {
        throw failure(name, "formats: '\(name.string ?? "")' is not png, svg or pdf")
      }
      result.append(format)
    }
    return result
  }

  func options(_ node: Node) throws(CommandFailure) -> [(key: String, value: String)] {
    guard let mapping = node.mapping else {
      throw failure(node, "options: expected a mapping like {theme: print, width: 170mm}")
    }
    var result: [(key: String, value: String)] = []
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      guard RenderOptionGroup.manifestKeys.contains(key) else {
        throw failure(
          keyNode, "options: unknown option '\(key)'; use \(RenderOptionGroup.manifestKeys.joined(separator: ", "))")
      }
      let text = try scalar(value, "options.\(key)")
      if let problem = RenderOptionGroup.problem(key: key, value: text) {
        throw failure(value, "options.\(key): \(problem)")
      }
      result.append((key, text))
    }
    return result
  }

  func entry(_ node: Node) throws(CommandFailure) -> BatchManifest.Entry {
    if let text = node.scalar?.string {
      return BatchManifest.Entry(input: resolve(text), outputs: nil, options: [], place: place(node))
    }
    guard let mapping = node.mapping else {
      throw failure(node, "inputs: each entry is a path, or a mapping with path, outputs and options")
    }
    var entry = BatchManifest.Entry(input: "", outputs: nil, options: [], place: place(node))
    for (keyNode, value) in mapping {
      switch keyNode.string ?? "" {
      case "path": entry.input = resolve(try scalar(value, "path"))
      case "options": entry.options = try options(value)
      case "outputs":
        let items: [Node] = value.sequence.map(Array.init) ?? [value]
        var outputs: [String] = []
        entry.outputPlaces = []
        for item in items {
          let name = try scalar(item, "outputs")
          guard OutputFormat(fileName: name) != nil else {
            throw failure(item, "outputs: '\(name)' does not end in .png, .svg or .pdf")
          }
          outputs.append(resolve(name))
          entry.outputPlaces.append(place(item))
        }
        entry.outputs = outputs
      default:
        throw failure(keyNode, "unknown key '\(keyNode.string ?? "")'; an entry has path, outputs and options")
      }
    }
    guard !entry.input.isEmpty else { throw failure(node, "inputs: this entry has no `path:`") }
    return entry
  }
}
