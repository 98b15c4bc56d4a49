import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The small file a batch keeps beside each input's outputs (`.NAME.timeline-stamp`): the
/// content hash they were rendered from, and each output's size.
///
/// ```
/// timeline-batch-stamp 1
/// hash 3f0c…e1
/// output 112117 kazakhstan-2022.png
/// ```
///
/// Outputs are current when the stamp's hash equals the job's and every output is there with
/// the recorded size; anything else (a deleted or replaced image, a changed option, a new
/// renderer version) renders again.
enum BatchStamp {
  static let header = "timeline-batch-stamp 1"

  static func isCurrent(_ job: BatchJob, hash: String) -> Bool {
    guard let text = try? String(contentsOfFile: job.stamp, encoding: .utf8) else { return false }
    let lines = text.split(separator: "\n").map(String.init)
    guard lines.first == header, lines.count == 2 + job.outputs.count, lines[1] == "hash \(hash)" else { return false }
    for (line, output) in zip(lines.dropFirst(2), job.outputs) {
      let name = (output.path as NSString).lastPathComponent
      var info = stat()
      guard stat(output.path, &info) == 0, line == "output \(info.st_size) \(name)" else { return false }
    }
    return true
  }

  /// Writes the stamp (atomically) for outputs that have just been written.
  static func write(_ job: BatchJob, hash: String, outputs: [(path: String, data: Data)]) throws(CommandFailure) {
    var text = "\(header)\nhash \(hash)\n"
    for output in outputs { text += "output \(output.data.count) \((output.path as NSString).lastPathComponent)\n" }
    try AtomicFileWriter.write([(job.stamp, Data(text.utf8))])
  }

  /// Removes temporary files (`.NAME.tmp-XXXXXX`) and backups (`.NAME.bak-XXXXXX`) that a
  /// killed run left for these outputs.
  static func removeLeftovers(of paths: [String]) {
    var byFolder: [String: [String]] = [:]
    for path in paths {
      byFolder[(path as NSString).deletingLastPathComponent, default: []].append((path as NSString).lastPathComponent)
    }
    for (folder, names) in byFolder {
      let prefixes = names.flatMap { [AtomicFileWriter.temporaryPrefix($0), AtomicFileWriter.backupPrefix($0)] }
      guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else {
        continue
      }
      for entry in entries where prefixes.contains(where: { entry.hasPrefix($0) && entry.count == $0.count + 6 }) {
        unlink(folder.isEmpty ? entry : (folder as NSString).appendingPathComponent(entry))
      }
    }
  }
}
