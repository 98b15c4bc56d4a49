import Foundation

extension Timeline {
  /// Loads and validates the event file at `url` (JSON, YAML, CSV, TimelineJS or Markwhen;
  /// the format from the extension, else from the content).
  ///
  /// ```swift
  /// let timeline = try Timeline(contentsOf: URL(fileURLWithPath: "events.yaml"))
  /// ```
  ///
  /// Throws every problem found, each with its line, column and field path; warnings are
  /// dropped (``TimelineLoader/load(data:fileName:format:)`` keeps them).
  public init(contentsOf url: URL, format: InputFormat? = nil) throws(TimelineLoadError) {
    let name = url.isFileURL ? url.path : url.absoluteString
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
      throw TimelineLoadError(diagnostics: [
        Diagnostic(severity: .error, file: name, location: nil, path: nil, message: "cannot read the file (\(reason))")
      ])
    }
    self = try TimelineLoader.load(data: data, fileName: name, format: format).timeline
  }

  /// Loads and validates event-file bytes in `format` (by content when `nil`); `fileName`
  /// names them in diagnostics.
  ///
  /// ```swift
  /// let timeline = try Timeline(data: Data(yaml.utf8), format: .yaml)
  /// ```
  public init(data: Data, format: InputFormat?, fileName: String = "<data>") throws(TimelineLoadError) {
    self = try TimelineLoader.load(data: data, fileName: fileName, format: format).timeline
  }
}
