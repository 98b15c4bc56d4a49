import Foundation
import TimelineModel

/// Paths to files of this repository, for tests that read fixtures and seeds.
public enum RepositoryFiles {
  /// The package root, found from this source file's location.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static func url(_ relativePath: String) -> URL {
    root.appendingPathComponent(relativePath)
  }

  public static func data(_ relativePath: String) throws -> Data {
    try Data(contentsOf: url(relativePath))
  }

  /// The seed timeline from `seeds/kazakhstan-2022.yaml`.
  public static func seedTimeline() throws -> Timeline {
    try TimelineLoader.load(data: data("seeds/kazakhstan-2022.yaml"), fileName: "seeds/kazakhstan-2022.yaml").timeline
  }
}
