import TimelineCommandCore
import TimelineRendering

/// The most common command line, `render IN -o OUT [-o OUT]…` with nothing else, read without
/// ArgumentParser, whose reflection and checks cost more than a fifth of rendering a small
/// timeline (24 M of 209 M instructions for the seed to PNG and SVG).
///
/// It reads only what cannot mean anything else: the input and every output are plain file
/// names (not empty, not starting with `-`, so neither stdin nor an option) and each output
/// has an image or `.layout.json` extension. Anything more (another option, `-oOUT`, `-o -`,
/// an unknown extension, help) is left to ArgumentParser, which gives the same request for
/// what this reads and the usual messages for everything else.
///
/// ```swift
/// PlainRenderCommandLine.request(["render", "trip.yaml", "-o", "trip.png"])  // a request
/// PlainRenderCommandLine.request(["render", "trip.yaml", "-o", "trip.png", "--scale", "2"])  // nil
/// ```
enum PlainRenderCommandLine {
  /// The request `arguments` (without the program name) make, or `nil` when they are not
  /// the plain form.
  static func request(_ arguments: [String]) -> RenderRequest? {
    guard arguments.count >= 4, arguments.count % 2 == 0, arguments[0] == "render" else { return nil }
    let input = arguments[1]
    guard isPlainName(input), input != "help" else { return nil }
    var outputs: [String] = []
    var index = 2
    while index < arguments.count {
      let flag = arguments[index]
      let path = arguments[index + 1]
      guard flag == "-o" || flag == "--output", isPlainName(path), RenderTarget(fileName: path) != nil else {
        return nil
      }
      outputs.append(path)
      index += 2
    }
    guard let settings = try? RenderOptionValues().settings() else { return nil }
    return RenderRequest(input: input, outputs: outputs, settings: settings)
  }

  /// Runs `request` as `render` would, printing its failure; returns the exit status.
  static func run(_ request: RenderRequest) -> Int32 {
    Verbosity.quiet = false
    do {
      try request.run()
      return ExitStatus.ok
    } catch {
      for line in error.lines { StandardStreams.printError(line) }
      return error.status
    }
  }

  /// Not empty and not starting with `-`: a file name, never an option or stdin.
  private static func isPlainName(_ argument: String) -> Bool {
    guard let first = argument.utf8.first else { return false }
    return first != UInt8(ascii: "-")
  }
}
