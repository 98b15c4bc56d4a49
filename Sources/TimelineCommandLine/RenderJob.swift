import Foundation
import TimelineLayout
import TimelineModel
import TimelineRendering

/// What one output of a render is: an image, or the layout geometry as JSON.
enum RenderTarget: Equatable {
  case image(OutputFormat)
  case layoutJSON
  /// The plain-language summary (`--alt-text`).
  case altText

  /// The target a file name asks for: `NAME.layout.json`, or an image extension.
  init?(fileName: String) {
    if fileName.lowercased().hasSuffix(".layout.json") {
      self = .layoutJSON
    } else if let format = OutputFormat(fileName: fileName) {
      self = .image(format)
    } else {
      return nil
    }
  }
}

/// Loads one event file and renders it to several outputs, writing them all or none.
struct RenderJob {
  var inputName: String
  var data: Data
  var settings: RenderSettings
  /// Print the layout report (what was wrapped, shortened, raised or clustered) to stderr.
  var reportsLayout = false

  /// Renders every format in `outputs` (a path, or `-` for stdout), printing warnings.
  func run(outputs: [(path: String, target: RenderTarget)]) throws(CommandFailure) {
    let loaded: LoadedTimeline
    do {
      loaded = try TimelineLoader.load(data: data, fileName: inputName, format: settings.inputFormat)
    } catch {
      throw CommandFailure(ExitStatus.dataError, error.diagnostics.map(\.description))
    }
    for warning in loaded.warnings { StandardStreams.printError(warning.description) }
    let renderer = TimelineRenderer(layout: settings.layout, render: settings.render)
    let layout = renderer.layout(loaded.timeline)
    if reportsLayout {
      for line in layout.report { StandardStreams.printError("note: \(inputName): layout: \(line)") }
    }
    var files: [(path: String, data: Data)] = []
    var toStdout: [Data] = []
    for output in outputs {
      let bytes: Data
      switch output.target {
      case .layoutJSON:
        bytes = Data(LayoutExport.json(layout, timeline: loaded.timeline).utf8)
      case .altText:
        bytes = Data((layout.scene.summary + "\n").utf8)
      case .image(let format):
        do {
          bytes = try SceneRendering.render(layout.scene, as: format, options: renderer.renderOptions)
        } catch {
          throw CommandFailure(ExitStatus.dataError, "error: \(inputName): \(error.description)")
        }
      }
      if output.path == "-" { toStdout.append(bytes) } else { files.append((output.path, bytes)) }
    }
    try AtomicFileWriter.write(files)
    for bytes in toStdout where !StandardStreams.write(fileDescriptor: 1, bytes) {
      throw CommandFailure(ExitStatus.ioError, "error: <stdout>: writing failed (\(String(cString: strerror(errno))))")
    }
  }
}
