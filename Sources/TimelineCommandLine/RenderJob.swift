import Foundation
import TimelineLayout
import TimelineModel
import TimelineRendering

/// Loads one event file and renders it to several outputs, writing them all or none.
struct RenderJob {
  var inputName: String
  var data: Data
  var inputFormat: InputFormat?
  var width: Double
  var scale: Double

  /// Renders every format in `outputs` (a path, or `-` for stdout), printing warnings.
  func run(outputs: [(path: String, format: OutputFormat)]) throws(CommandFailure) {
    let loaded: LoadedTimeline
    do {
      loaded = try TimelineLoader.load(data: data, fileName: inputName, format: inputFormat)
    } catch {
      throw CommandFailure(ExitStatus.dataError, error.diagnostics.map(\.description))
    }
    for warning in loaded.warnings { StandardStreams.printError(warning.description) }
    let renderer = TimelineRenderer(
      layout: LayoutOptions(width: width), render: RenderOptions(scale: scale))
    let scene = renderer.layout(loaded.timeline).scene
    var files: [(path: String, data: Data)] = []
    var toStdout: [Data] = []
    for output in outputs {
      let bytes: Data
      do {
        bytes = try SceneRendering.render(scene, as: output.format, options: renderer.renderOptions)
      } catch {
        throw CommandFailure(ExitStatus.dataError, "error: \(inputName): \(error.description)")
      }
      if output.path == "-" { toStdout.append(bytes) } else { files.append((output.path, bytes)) }
    }
    try AtomicFileWriter.write(files)
    for bytes in toStdout where !StandardStreams.write(fileDescriptor: 1, bytes) {
      throw CommandFailure(ExitStatus.ioError, "error: <stdout>: writing failed (\(String(cString: strerror(errno))))")
    }
  }
}
