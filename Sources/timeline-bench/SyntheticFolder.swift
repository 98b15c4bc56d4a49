import Foundation
import TimelineSynthetic

/// Writes generated event files into a folder, for batch runs and benchmarks.
enum SyntheticFolder {
  /// Writes `count` files `NNNN.yaml` (in subfolders of 100) with `events` events each, or
  /// 3 to 60 events when `events` is nil; the same arguments always write the same files.
  static func write(to folder: String, count: Int, events: Int?) throws {
    var rng = SplitMix64(seed: 2022)
    for index in 0..<count {
      let size = events ?? Int.random(in: 3...60, using: &rng)
      let timeline = SyntheticTimeline.make(events: size, using: &rng)
      let subfolder = "\(folder)/part-\(index / 100)"
      try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
      let name = String(format: "%04d.yaml", index)
      try Data(SyntheticEventFile.yaml(timeline).utf8).write(to: URL(fileURLWithPath: "\(subfolder)/\(name)"))
    }
  }
}
