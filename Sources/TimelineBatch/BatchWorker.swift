import Foundation
import TimelineCommandCore
import TimelineRendering
import Timelines

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What became of one job of a batch.
package struct BatchResult: Codable, Equatable {
  package enum Outcome: String, Codable {
    case rendered, unchanged, failed
  }

  package var outcome: Outcome
  /// The exit status this job alone would have given (0 unless it failed).
  package var status: Int32
  /// Warnings and errors, compiler style, to print as they are.
  package var messages: [String]
}

/// Renders one job of a batch: reads the input, skips it if the stamp beside the outputs
/// says they are current, else renders every format and writes outputs, then the stamp.
///
/// Outputs are written all or nothing (temporary files renamed into place), and the stamp
/// only after them: a run killed at any point leaves each output either as it was or
/// complete, and a stamp never vouches for outputs that were not written.
package enum BatchWorker {
  package static func perform(_ job: BatchJob, force: Bool) -> BatchResult {
    do {
      return try render(job, force: force)
    } catch {
      return BatchResult(outcome: .failed, status: error.status, messages: error.lines)
    }
  }

  private static func render(_ job: BatchJob, force: Bool) throws(CommandFailure) -> BatchResult {
    let data = try InputReader.read(job.input)
    let hash = contentHash(job, data: data)
    if !force, BatchStamp.isCurrent(job, hash: hash) {
      return BatchResult(outcome: .unchanged, status: 0, messages: [])
    }
    let renderJob = RenderJob(inputName: job.input, data: data, settings: try job.options.settings())
    let rendered = try renderJob.render(job.outputs.map { .image($0.format) })
    let files = zip(job.outputs, rendered.outputs).map { (path: $0.path, data: $1) }
    for folder in Set(files.map { ($0.path as NSString).deletingLastPathComponent }) where !folder.isEmpty {
      try createFolder(folder)
    }
    try AtomicFileWriter.write(files, protecting: [job.input])
    do {
      try BatchStamp.write(job, hash: hash, outputs: files)
    } catch {
      // The images are in place; only the record that they are current is missing, so the
      // writer's "nothing was changed" would not be true.
      var detail = error.lines.first.map { $0.hasPrefix("error: ") ? String($0.dropFirst(7)) : $0 } ?? job.stamp
      for tail in ["; nothing was changed", "; nothing was written"] where detail.hasSuffix(tail) {
        detail.removeLast(tail.count)
      }
      throw CommandFailure(
        error.status,
        "error: \(detail); the images were written, but not their stamp, so the next run renders this file again")
    }
    return BatchResult(outcome: .rendered, status: 0, messages: rendered.warnings + rendered.notices)
  }

  /// Creates `folder` and the folders above it, or fails naming the cause (`no space left on
  /// device`, `permission denied`, …).
  private static func createFolder(_ folder: String) throws(CommandFailure) {
    var missing: [String] = []
    var prefix = folder.hasPrefix("/") ? "/" : ""
    for component in folder.split(separator: "/") {
      prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
      var info = stat()
      if stat(prefix, &info) != 0 { missing.append(prefix) }
    }
    for path in missing where mkdir(path, 0o777) != 0 && errno != EEXIST {
      let code = errno
      let status = code == ENOSPC || code == EIO ? ExitStatus.ioError : ExitStatus.cannotCreate
      throw CommandFailure(
        status, "error: \(path): cannot create the folder (\(String(cString: strerror(code)).lowercased()))")
    }
  }

  /// SHA-256 of everything the outputs depend on: the input's bytes and extension (which
  /// picks the parser), the options, the output names and formats, the PDF date, and the
  /// renderer with its cairo and Pango versions. Folders are left out, so a moved input or
  /// output tree keeps its stamps, and two runs into different folders write equal stamps.
  package static func contentHash(_ job: BatchJob, data: Data) -> String {
    var hash = SHA256()
    hash.update("timeline-batch-stamp 1\n\(TimelineRenderer.fingerprint)\n")
    hash.update("options \(job.options.canonicalDescription)\n")
    hash.update("date \(RenderOptions.documentDateFromEnvironment())\n")
    for output in job.outputs {
      hash.update("output \(output.format.rawValue) \((output.path as NSString).lastPathComponent)\n")
    }
    hash.update("input .\((job.input as NSString).pathExtension.lowercased()) \(data.count)\n")
    hash.update(data)
    return hash.hexDigest()
  }
}
