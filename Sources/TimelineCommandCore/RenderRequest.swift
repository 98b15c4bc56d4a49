import Foundation
import TimelineRendering

/// One `timeline render` command line, read: the input, where each output goes and how the
/// timeline is laid out and drawn. ``run()`` turns the outputs into targets (by extension,
/// `-T`, `-O` and `--alt-text`), renders and writes them.
///
/// ```swift
/// let settings = try RenderOptionValues().settings()
/// try RenderRequest(input: "trip.yaml", outputs: ["trip.png", "trip.svg"], settings: settings).run()
/// ```
package struct RenderRequest: Equatable {
  /// The event file, or `-` for stdin.
  package var input: String
  /// Output files in order, `-` for stdout.
  package var outputs: [String]
  /// `-O`: also write `IN.<format>` next to the input.
  package var autoOutput = false
  /// `-T`: the formats asked for, in order (empty: from each output's extension).
  package var formats: [OutputFormat] = []
  /// `--alt-text`: where the plain-language summary goes.
  package var altText: String?
  /// How the input is read, laid out and drawn.
  package var settings: RenderSettings
  /// `-v`: print what the layout wrapped, shortened or clustered.
  package var reportsLayout = false

  /// A request to render `input` to `outputs` with `settings`, nothing else asked.
  package init(input: String, outputs: [String], settings: RenderSettings) {
    self.input = input
    self.outputs = outputs
    self.settings = settings
  }

  /// Each output with what it holds, in order: the outputs given, then `-O`'s, then the alt
  /// text, or stdout when no image goes to a file; a usage failure (exit 64) when an output's
  /// format cannot be told.
  package func targets() throws(CommandFailure) -> [(path: String, target: RenderTarget)] {
    var targets: [(path: String, target: RenderTarget)] = []
    for path in outputs {
      if RenderTarget(fileName: path) == .layoutJSON {
        targets.append((path, .layoutJSON))
      } else if let forced = formats.first, formats.count == 1 {
        targets.append((path, .image(forced)))
      } else if path == "-" {
        throw CommandFailure(ExitStatus.usage, "error: -o - needs exactly one format: add -T png, -T svg or -T pdf")
      } else if let fromName = RenderTarget(fileName: path) {
        targets.append((path, fromName))
      } else {
        throw CommandFailure(
          ExitStatus.usage,
          "error: \(path): cannot tell the format from the extension; use .png, .svg, .pdf, .layout.json or -T")
      }
    }
    if autoOutput {
      guard input != "-" else { throw CommandFailure(ExitStatus.usage, "error: -O needs an input file, not stdin") }
      let base = (input as NSString).deletingPathExtension
      targets += (formats.isEmpty ? [.png] : formats).map { ("\(base).\($0.rawValue)", .image($0)) }
    }
    if let altText { targets.append((altText, .altText)) }
    if targets.allSatisfy({ $0.target == .altText }) {
      guard !StandardStreams.standardOutputIsTerminal else {
        throw CommandFailure(
          ExitStatus.usage, "error: no output given; use -o FILE.png (or -o - with -T png to write to stdout)")
      }
      guard formats.count <= 1 else {
        throw CommandFailure(ExitStatus.usage, "error: stdout takes one format; give -o for each format")
      }
      targets.append(("-", .image(formats.first ?? .png)))
    }
    return targets
  }

  /// Reads the input, renders every target and writes them all or none.
  package func run() throws(CommandFailure) {
    let targets = try targets()
    let data = try InputReader.read(input)
    let job = RenderJob(
      inputName: input == "-" ? "<stdin>" : input, data: data, settings: settings, reportsLayout: reportsLayout)
    try job.run(outputs: targets)
  }
}
