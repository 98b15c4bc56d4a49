import Foundation
import TimelineCommandCore
import TimelineRendering

/// One event file of a batch: where it is read from, what it renders to, and how.
package struct BatchJob {
  package var input: String
  package var outputs: [(path: String, format: OutputFormat)]
  package var options: RenderOptionGroup
  /// The file beside the outputs that records the hash they were rendered from.
  package var stamp: String
}

/// Which of N parts of a batch this run renders (`--shard K/N`, K from 1 to N).
///
/// A file belongs to the shard given by a hash of its input path, not by its position in the
/// list, so each file stays in the same shard when others are added or removed, and N jobs
/// started with the same arguments and K = 1…N render every file exactly once between them.
package struct Shard: Equatable {
  package var index: Int
  package var count: Int

  package init(index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  package init(parsing text: String) throws(CommandFailure) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, count <= 100_000,
      (1...count).contains(index)
    else {
      throw CommandFailure(
        ExitStatus.usage, "error: --shard \(text): use K/N with 1 ≤ K ≤ N, like 2/8 for the second of eight")
    }
    self.init(index: index, count: count)
  }

  package func contains(_ input: String) -> Bool {
    var hash = SHA256()
    hash.update(input)
    let prefix = UInt64(hash.hexDigest().prefix(15), radix: 16) ?? 0
    return Int(prefix % UInt64(count)) == index - 1
  }
}

/// Turns the batch's arguments (and manifest) into the list of jobs, checked before any
/// rendering starts: every option is valid, every output stays inside its output root, and no
/// two jobs write the same file (compared as resolved paths, so `o/x.png`, `o/./x.png` and a
/// path through a symlinked folder are one file). A missing input or an unreadable folder
/// does not stop the rest: it becomes one of the plan's ``problems``.
package struct BatchPlan {
  package var jobs: [BatchJob]
  /// Jobs left out by `--shard`.
  package var skippedByShard: Int
  /// Inputs that are missing or folders that cannot be read: reported, and the batch's exit
  /// status is at least theirs, but the other files still render.
  package var problems: [CommandFailure] = []

  /// - Parameters:
  ///   - inputs: files, folders and patterns from the command line.
  ///   - manifest: the parsed manifest, if one was given.
  ///   - out: `--out`, which wins over the manifest's `out`.
  ///   - formats: `-T`, which wins over the manifest's `formats`; PNG if neither says.
  ///   - options: the render flags given on the command line, which win over the manifest.
  ///   - allowOutsideOut: `--allow-outside-out`: a manifest may write outside its output root.
  package static func make(
    inputs: [String], manifest: BatchManifest?, out: String?, formats: [OutputFormat],
    options: RenderOptionGroup, shard: Shard?, allowOutsideOut: Bool = false
  ) throws(CommandFailure) -> BatchPlan {
    let outFolder = out ?? manifest?.out
    let defaultFormats = !formats.isEmpty ? formats : (manifest?.formats ?? [.png])
    var entries = inputs.map { BatchManifest.Entry(input: $0, outputs: nil, options: []) }
    entries += manifest?.entries ?? []
    guard !entries.isEmpty else {
      throw CommandFailure(ExitStatus.usage, "error: batch needs event files, folders or patterns, or --manifest FILE")
    }
    let roots = OutputRoots(commandLineOut: out, manifest: manifest, allowAnywhere: allowOutsideOut)
    if out == nil, let manifest, let manifestOut = manifest.out {
      try roots.check(manifestOut, place: manifest.outPlace, what: "out")
    }
    var planner = Planner()
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
      let listing: BatchInputs.Listing
      do throws(CommandFailure) {
        listing = try BatchInputs.find(entry.input)
      } catch {
        planner.problems.append(error.located(at: entry.place))
        continue
      }
      planner.problems += listing.unreadable.map { $0.located(at: entry.place) }
      let found = listing.files
      if let explicit = entry.outputs, found.count > 1 {
        throw CommandFailure(
          ExitStatus.usage,
          "error: \(entry.input): names \(found.count) files, but outputs: \(explicit.joined(separator: ", ")) fits one"
        ).located(at: entry.place)
      }
      for file in found {
        let outputs: [(path: String, format: OutputFormat)]
        if let explicit = entry.outputs {
          for (index, path) in explicit.enumerated() {
            try roots.check(path, place: entry.outputPlaces.indices.contains(index) ? entry.outputPlaces[index] : nil)
          }
          outputs = explicit.compactMap { path in OutputFormat(fileName: path).map { (path, $0) } }
        } else {
          guard let outFolder else {
            throw CommandFailure(ExitStatus.usage, "error: batch needs --out DIR (or `out:` in the manifest)")
          }
          let stem = (file.relativePath as NSString).deletingPathExtension
          outputs = defaultFormats.map { ("\(outFolder)/\(stem).\($0.rawValue)", $0) }
        }
        let job = BatchJob(
          input: file.path, outputs: outputs, options: entryOptions,
          stamp: BatchStamp.path(forFirstOutput: outputs[0].path))
        try planner.add(job, place: entry.place)
      }
    }
    let jobs = planner.jobs
    guard let shard else { return BatchPlan(jobs: jobs, skippedByShard: 0, problems: planner.problems) }
    let kept = jobs.filter { shard.contains($0.input) }
    return BatchPlan(jobs: kept, skippedByShard: jobs.count - kept.count, problems: planner.problems)
  }
}

/// Collects a plan's jobs, and refuses two that would write one file (compared as resolved
/// paths), unless they are the same input rendered the same way, which renders once.
private struct Planner {
  var jobs: [BatchJob] = []
  var problems: [CommandFailure] = []
  /// Resolved output or stamp path → the job (index) that writes it and how it was spelled.
  private var writers: [String: (job: Int, spelled: String)] = [:]
  private var places: [String?] = []

  mutating func add(_ job: BatchJob, place: String?) throws(CommandFailure) {
    let input = BatchPaths.resolved(job.input)
    let files = job.outputs.map(\.path) + [job.stamp]
    for path in files {
      guard let (index, spelled) = writers[BatchPaths.resolved(path)] else { continue }
      let other = jobs[index]
      let same = spelled == path ? path : "\(path) (the same file as \(spelled))"
      guard BatchPaths.resolved(other.input) == input else {
        throw CommandFailure(
          ExitStatus.usage, "error: \(same) would be written for both \(other.input) and \(job.input); rename one"
        ).located(at: place)
      }
      guard other.outputs.map({ BatchPaths.resolved($0.path) }) == job.outputs.map({ BatchPaths.resolved($0.path) }),
        other.options.canonicalDescription == job.options.canonicalDescription
      else {
        let earlier = places[index].map { " (first at \($0))" } ?? ""
        throw CommandFailure(
          ExitStatus.usage,
          "error: \(job.input) is listed twice for \(same) with different options or outputs\(earlier); "
            + "give each entry its own outputs, or list the file once"
        ).located(at: place)
      }
      // The same file named twice (a folder and a pattern, say), rendered the same way: once.
      return
    }
    for path in files { writers[BatchPaths.resolved(path)] = (jobs.count, path) }
    jobs.append(job)
    places.append(place)
  }
}

/// Where a batch may write: inside the `--out` folder given on the command line, or inside
/// the manifest's own folder (so a manifest's `out:` and `outputs:` cannot reach outside the
/// folder it is in), unless `--allow-outside-out`.
private struct OutputRoots {
  var roots: [String]
  var allowAnywhere: Bool

  init(commandLineOut: String?, manifest: BatchManifest?, allowAnywhere: Bool) {
    roots = [commandLineOut, manifest?.folder].compactMap { $0.map(BatchPaths.resolved) }
    self.allowAnywhere = allowAnywhere
  }

  func check(_ path: String, place: String?, what: String = "outputs") throws(CommandFailure) {
    guard !allowAnywhere else { return }
    let resolved = BatchPaths.resolved(path)
    guard !roots.contains(where: { BatchPaths.isInside(resolved, root: $0) }) else { return }
    let rootNames = roots.map { "\($0)/" }.joined(separator: " or ")
    let prefix = place.map { "\($0): \(what): " } ?? "\(what): "
    throw CommandFailure(
      ExitStatus.usage,
      "error: \(prefix)\(path) is \(resolved), outside \(rootNames); "
        + "pass --allow-outside-out to write there")
  }
}

extension CommandFailure {
  /// The failure with `place` (a manifest's `FILE:LINE:COL`) after each line's `error: `.
  package func located(at place: String?) -> CommandFailure {
    guard let place else { return self }
    return CommandFailure(
      status,
      lines.map { line in
        line.hasPrefix("error: ") ? "error: \(place): " + line.dropFirst("error: ".count) : "\(place): \(line)"
      })
  }
}
