import ArgumentParser
import Foundation
import TimelineCommandCore
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineScene

/// `timeline render IN -o OUT [-o OUT2] [-T png,svg] [--width PX] [--scale N]`
struct RenderCommand: FailureReportingCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render an event file (YAML, JSON, CSV, Markwhen or TimelineJS) to PNG, SVG or PDF.",
    discussion: """
      The format of each output comes from its extension unless -T/--format is given; \
      NAME.layout.json writes the resolved geometry (label boxes, anchors, clusters) instead. \
      `-o -` writes to stdout; without -o the image goes to stdout when stdout is not a \
      terminal. Outputs are written all or nothing: a failed render leaves no file behind \
      and never changes an existing one.
      """)

  @Argument(help: "The event file, or - for stdin.")
  var input: String

  @Option(name: [.short, .customLong("output")], help: "An output file, or - for stdout. Repeatable.")
  var outputs: [String] = []

  @Flag(name: [.customShort("O"), .customLong("auto-output")], help: "Write IN.<format> next to the input.")
  var autoOutput = false

  @Option(
    name: [.customShort("T", allowingJoined: true), .customLong("format")],
    help: "Output format(s): \(FormatList.valueList), comma-separated.")
  var format: FormatList?

  @Option(name: .customLong("alt-text"), help: "Also write a plain-language summary of the timeline to this file.")
  var altText: String?

  @OptionGroup(title: "Rendering")
  var options: RenderOptionGroup

  @Flag(name: [.short, .long, .customLong("report")], help: "Report what the layout wrapped, shortened or clustered.")
  var verbose = false

  @OptionGroup var verbosity: QuietOption

  func execute() throws(CommandFailure) {
    verbosity.apply()
    let settings = try options.settings()
    let formats = format?.formats ?? []
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
    let data = try InputReader.read(input)
    let job = RenderJob(
      inputName: input == "-" ? "<stdin>" : input, data: data, settings: settings, reportsLayout: verbose)
    try job.run(outputs: targets)
  }
}
