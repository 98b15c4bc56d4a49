import Foundation
import PangoText
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineScene
import Timelines

/// What one output of a render is: an image, or the layout geometry as JSON.
package enum RenderTarget: Equatable {
  case image(OutputFormat)
  case layoutJSON
  /// The plain-language summary (`--alt-text`).
  case altText

  /// The target a file name asks for: `NAME.layout.json`, or an image extension.
  package init?(fileName: String) {
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
package struct RenderJob {
  package var inputName: String
  package var data: Data
  package var settings: RenderSettings
  /// Print the layout report (what was wrapped, shortened, raised or clustered) to stderr.
  package var reportsLayout = false

  /// The job of rendering `data`, read from `inputName`, with `settings`.
  package init(inputName: String, data: Data, settings: RenderSettings, reportsLayout: Bool = false) {
    self.inputName = inputName
    self.data = data
    self.settings = settings
    self.reportsLayout = reportsLayout
  }

  /// What ``render(_:)`` made: the bytes of each target in order, the loader's warnings and
  /// the layout report.
  package struct Rendered {
    package var outputs: [Data]
    /// The loader's warnings and the missing-glyph warning, as printed.
    package var warnings: [String]
    package var layoutReport: [String]
    /// Warnings about the outputs themselves (text shrunk too small on a fixed PDF page).
    package var notices: [String] = []
  }

  /// Loads, lays out and renders every target in memory; nothing is written or printed.
  package func render(_ targets: [RenderTarget]) throws(CommandFailure) -> Rendered {
    let loaded = try EventFile.load(data, name: inputName, format: settings.inputFormat)
    guard InstalledFonts.available else {
      throw CommandFailure(
        ExitStatus.unavailable, "error: no fonts are installed, so no text can be set; \(InstalledFonts.installHint)")
    }
    let renderer = TimelineRenderer(layout: settings.layout, render: settings.render)
    try checkSizeBeforeLayout(loaded.timeline, targets: targets, renderer: renderer)
    let layout = renderer.layout(loaded.timeline)
    let images = ConcurrentImages.render(
      targets.compactMap { if case .image(let format) = $0 { format } else { nil } }, scene: layout.scene,
      options: renderer.renderOptions)
    var imageIndex = 0
    var outputs: [Data] = []
    var notices: [String] = []
    for target in targets {
      switch target {
      case .layoutJSON:
        outputs.append(Data(LayoutExport.json(layout, timeline: loaded.timeline).utf8))
      case .altText:
        outputs.append(Data((layout.scene.summary + "\n").utf8))
      case .image(let format):
        if format == .pdf, let page = renderer.renderOptions.page,
          let warning = Self.pageWarning(
            layout.scene, page: page, vertical: renderer.layoutOptions.orientation == .vertical)
        {
          notices.append("warning: \(inputName): \(warning)")
        }
        defer { imageIndex += 1 }
        switch images[imageIndex] {
        case .success(let data): outputs.append(data)
        case .failure(let error):
          throw CommandFailure(ExitStatus.dataError, "error: \(inputName): \(error.description)")
        }
      }
    }
    return Rendered(
      outputs: outputs, warnings: loaded.warnings.map(\.description) + glyphWarnings(loaded.timeline),
      layoutReport: layout.report, notices: notices)
  }

  /// The warning for text printed under 6 pt on a fixed page: of the pages a long list
  /// continues on, or of the one page anything else is shrunk onto.
  private static func pageWarning(_ scene: Scene, page: PageSize, vertical: Bool) -> String? {
    if let paged = PagedFit(scene: scene, page: page) { return paged.warning(pageName: "the pages") }
    return PageFit(scene: scene, page: page).warning(pageName: "the page", vertical: vertical)
  }

  /// Refuses, before the layout's time is spent, an image whose least possible height is already
  /// past its format's limit (a vertical list of thousands of events).
  private func checkSizeBeforeLayout(_ timeline: Timeline, targets: [RenderTarget], renderer: TimelineRenderer)
    throws(CommandFailure)
  {
    let height = TimelineLayoutEngine.minimumHeight(of: timeline, options: renderer.layoutOptions)
    for case .image(let format) in targets {
      do {
        try OutputLimits.checkBeforeLayout(
          width: renderer.layoutOptions.width, minimumHeight: height, as: format, options: renderer.renderOptions)
      } catch {
        throw CommandFailure(ExitStatus.dataError, "error: \(inputName): \(error.description)")
      }
    }
  }

  /// Renders every format in `outputs` (a path, or `-` for stdout), printing warnings.
  package func run(outputs: [(path: String, target: RenderTarget)]) throws(CommandFailure) {
    let rendered = try render(outputs.map(\.target))
    for warning in rendered.warnings { StandardStreams.printNotice(warning) }
    for notice in rendered.notices { StandardStreams.printNotice(notice) }
    if reportsLayout {
      for line in rendered.layoutReport { StandardStreams.printError("note: \(inputName): layout: \(line)") }
    }
    var files: [(path: String, data: Data)] = []
    var toStdout: [Data] = []
    for (output, bytes) in zip(outputs, rendered.outputs) {
      if output.path == "-" { toStdout.append(bytes) } else { files.append((output.path, bytes)) }
    }
    try AtomicFileWriter.write(files, protecting: [inputName])
    for bytes in toStdout {
      switch StandardStreams.writeStandardOutput(bytes) {
      case .written: continue
      case .readerGone: return
      case .failed(let error):
        throw CommandFailure(
          ExitStatus.ioError, "error: <stdout>: writing failed (\(String(cString: strerror(error)).lowercased()))")
      }
    }
  }
}

extension RenderJob {
  /// The missing-glyph warning for `timeline`, if any character has no font.
  package func glyphWarnings(_ timeline: Timeline) -> [String] {
    MissingGlyphs.warning(for: timeline, file: inputName).map { [$0] } ?? []
  }
}
