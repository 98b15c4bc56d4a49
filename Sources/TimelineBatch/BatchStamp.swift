import Foundation
import TimelineCommandCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The small file a batch keeps beside each input's outputs (`.NAME.timeline-stamp`): the
/// hash of everything they were rendered from, and each output's size and checksum
/// (``OutputChecksum``).
///
/// ```
/// timeline-batch-stamp 3
/// hash 3f0c…e1
/// output 112117 5c0e19a2-9b1d4f07 kazakhstan-2022.png
/// ```
///
/// Outputs are current when the stamp's hash equals the job's and every output is there with
/// the recorded size and content; anything else (a deleted, replaced or damaged image, a
/// changed option, a new renderer version) renders again.
package enum BatchStamp {
  package static let header = "timeline-batch-stamp 3"

  /// Where the stamp for outputs whose first file is `firstOutput` goes: beside it, named
  /// `.NAME.timeline-stamp`; a name that would pass 255 bytes is cut (whole characters) and
  /// given a hash of the whole name instead, so the longest output names still get a stamp.
  package static func path(forFirstOutput firstOutput: String) -> String {
    let file = firstOutput as NSString
    let stem = (file.lastPathComponent as NSString).deletingPathExtension
    var name = "." + stem + ".timeline-stamp"
    if name.utf8.count > 255 {
      var hash = SHA256()
      hash.update(stem)
      var cut = ""
      for character in stem {
        guard cut.utf8.count + character.utf8.count <= 200 else { break }
        cut.append(character)
      }
      name = "." + cut + "-" + hash.hexDigest().prefix(16) + ".timeline-stamp"
    }
    let folder = file.deletingLastPathComponent
    return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
  }

  package static func isCurrent(_ job: BatchJob, hash: String) -> Bool {
    guard let text = try? String(contentsOfFile: job.stamp, encoding: .utf8) else { return false }
    let lines = text.split(separator: "\n").map(String.init)
    guard lines.first == header, lines.count == 2 + job.outputs.count, lines[1] == "hash \(hash)" else { return false }
    for (line, output) in zip(lines.dropFirst(2), job.outputs) {
      var info = stat()
      guard stat(output.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
        line.hasPrefix("output \(info.st_size) "),
        let data = FileManager.default.contents(atPath: output.path), data.count == Int(info.st_size),
        line == entry(path: output.path, data: data)
      else { return false }
    }
    return true
  }

  /// Writes the stamp (atomically) for outputs that have just been written.
  package static func write(_ job: BatchJob, hash: String, outputs: [(path: String, data: Data)]) throws(CommandFailure)
  {
    var text = "\(header)\nhash \(hash)\n"
    for output in outputs { text += entry(path: output.path, data: output.data) + "\n" }
    try AtomicFileWriter.write([(job.stamp, Data(text.utf8))])
  }

  /// One output's line: `output SIZE CHECKSUM NAME`.
  private static func entry(path: String, data: Data) -> String {
    "output \(data.count) \(OutputChecksum.hex(of: data)) \((path as NSString).lastPathComponent)"
  }

  /// Removes temporary files (`.NAME.tmp-PID-XXXXXX`) and backups (`.NAME.bak-PID-XXXXXX`)
  /// that a killed run left for these outputs: only those whose process is gone, so files
  /// that another run into the same folder is writing right now are left alone.
  package static func removeLeftovers(of paths: [String]) {
    var byFolder: [String: [String]] = [:]
    for path in paths {
      byFolder[(path as NSString).deletingLastPathComponent, default: []].append((path as NSString).lastPathComponent)
    }
    for (folder, names) in byFolder {
      let prefixes = names.flatMap { [AtomicFileWriter.temporaryPrefix($0), AtomicFileWriter.backupPrefix($0)] }
      guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else {
        continue
      }
      for entry in entries where prefixes.contains(where: { TemporaryFiles.isAbandoned(entry, prefix: $0) }) {
        unlink(folder.isEmpty ? entry : (folder as NSString).appendingPathComponent(entry))
      }
    }
  }
}
