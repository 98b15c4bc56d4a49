/// An image format `timeline` writes.
public enum OutputFormat: String, Sendable, CaseIterable, Equatable {
  /// A raster image at ``RenderOptions/scale``.
  case png
  /// Vector graphics, with a selectable text layer and event groups.
  case svg
  /// A vector document of one page, with link annotations.
  case pdf

  /// The format a file name's extension names (case-insensitive), or `nil`.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
    self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
  }
}
