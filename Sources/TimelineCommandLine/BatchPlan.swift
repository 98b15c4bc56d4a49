import Foundation
import TimelineRendering

/// One event file of a batch: where it is read from, what it renders to, and how.
struct BatchJob {
  var input: String
  var outputs: [(path: String, format: OutputFormat)]
  var options: RenderOptionGroup
  /// The file beside the outputs that records the hash they were rendered from.
  var stamp: String
}

/// Which of N parts of a batch this run renders (`--shard K/N`, K from 1 to N).
///
/// A file belongs to the shard given by a hash of its input path, not by its position in the
/// list, so each file stays in the same shard when others are added or removed, and N jobs
/// started with the same arguments and K = 1…N render every file exactly once between them.
struct Shard: Equatable {
  var index: Int
  var count: Int

  init(index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  init(parsing text: String) throws(CommandFailure) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, count <= 100_000,
      (1...count).contains(index)
    else {
      throw CommandFailure(
        ExitStatus.usage, "error: --shard \(text): use K/N with 1 ≤ K ≤ N, like 2/8 for the second of eight")
    }
    self.init(index: index, count: count)
  }

  func contains(_ input: String) -> Bool {
    var hash = SHA256()
    hash.update(input)
    let prefix = UInt64(hash.hexDigest().prefix(15), radix: 16) ?? 0
    return Int(prefix % UInt64(count)) == index - 1
  }
}

/// Turns the batch's arguments (and manifest) into the list of jobs, checked before any
/// rendering starts: every input exists, every option is valid, no two jobs write the same file.
struct BatchPlan {
  var jobs: [BatchJob]
  /// Jobs left out by `--shard`.
  var skippedByShard: Int

  /// - Parameters:
  ///   - inputs: files, folders and patterns from the command line.
  ///   - manifest: the parsed manifest, if one was given.
  ///   - out: `--out`, which wins over the manifest's `out`.
  ///   - formats: `-T`, which wins over the manifest's `formats`; PNG if neither says.
  ///   - options: the render flags given on the command line, which win over the manifest.
  static func make(
    inputs: [String], manifest: BatchManifest?, out: String?, formats: [OutputFormat],
    options: RenderOptionGroup, shard: Shard?
  ) throws(CommandFailure) -> BatchPlan {
    let outFolder = out ?? manifest?.out
    let defaultFormats = !formats.isEmpty ? formats : (manifest?.formats ?? [.png])
    var entries = inputs.map { BatchManifest.Entry(input: $0, outputs: nil, options: []) }
    entries += manifest?.entries ?? []
    guard !entries.isEmpty else {
      throw CommandFailure(ExitStatus.usage, "error: batch needs event files, folders or patterns, or --manifest FILE")
    }
    var jobs: [BatchJob] = []
    var writers: [String: String] = [:]
    for entry in entries {
      var entryOptions = options
      for (key, value) in entry.options + (manifest?.options ?? []) {
        entryOptions = entryOptions.filling(key, with: value) ?? entryOptions
      }
      do throws(CommandFailure) {
        _ = try entryOptions.settings()
      } catch {
        throw CommandFailure(error.status, error.lines.map { "\($0) (for \(entry.input))" })
      }
      let found = try BatchInputs.find(entry.input)
      if let explicit = entry.outputs, found.count > 1 {
        throw CommandFailure(
          ExitStatus.usage,
          "error: \(entry.input): names \(found.count) files, but outputs: \(explicit.joined(separator: ", ")) fits one"
        )
      }
      for file in found {
        let outputs: [(path: String, format: OutputFormat)]
        if let explicit = entry.outputs {
          outputs = explicit.compactMap { path in OutputFormat(fileName: path).map { (path, $0) } }
        } else {
          guard let outFolder else {
            throw CommandFailure(ExitStatus.usage, "error: batch needs --out DIR (or `out:` in the manifest)")
          }
          let stem = (file.relativePath as NSString).deletingPathExtension
          outputs = defaultFormats.map { ("\(outFolder)/\(stem).\($0.rawValue)", $0) }
        }
        let first = outputs[0].path as NSString
        let stampName = "." + (first.lastPathComponent as NSString).deletingPathExtension + ".timeline-stamp"
        let stamp =
          first.deletingLastPathComponent.isEmpty
          ? stampName : (first.deletingLastPathComponent as NSString).appendingPathComponent(stampName)
        for path in outputs.map(\.path) + [stamp] {
          if let other = writers[path], other != file.path {
            throw CommandFailure(
              ExitStatus.usage, "error: \(path) would be written for both \(other) and \(file.path); rename one")
          }
          writers[path] = file.path
        }
        jobs.append(BatchJob(input: file.path, outputs: outputs, options: entryOptions, stamp: stamp))
      }
    }
    // The same file named twice (a folder and a pattern, say) with the same outputs renders once.
    var seen = Set<String>()
    jobs = jobs.filter { seen.insert($0.stamp).inserted }
    guard let shard else { return BatchPlan(jobs: jobs, skippedByShard: 0) }
    let kept = jobs.filter { shard.contains($0.input) }
    return BatchPlan(jobs: kept, skippedByShard: jobs.count - kept.count)
  }
}
