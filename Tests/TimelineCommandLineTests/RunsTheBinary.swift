import Foundation
import TimelineTestSupport

/// What the end-to-end suites share: the built `timeline` binary, a way to run it, and
/// scratch folders.
protocol RunsTheBinary: UsesScratchFolders {}

/// Suites that write into fresh folders, removed when the test process ends.
protocol UsesScratchFolders {}

/// How a run of the binary ended: its status and what it printed.
typealias Run = Subprocess.Result

/// The `timeline` executable next to this test bundle in the build folder.
private let builtBinary: URL = {
  let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
  var folder = testBinary.deletingLastPathComponent()
  while !folder.path.isEmpty, folder.path != "/" {
    let candidate = folder.appendingPathComponent("timeline")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    folder = folder.deletingLastPathComponent()
  }
  return RepositoryFiles.url(".build/debug/timeline")
}()

extension RunsTheBinary {
  static var binary: URL { builtBinary }

  /// Runs `timeline arguments` (or `executable arguments`) in `folder` and waits for it, with
  /// `environment` added to this process's and `input` on standard input.
  func run(
    _ arguments: [String], in folder: URL, executable: URL? = nil, environment: [String: String] = [:],
    input: Data? = nil
  ) throws -> Run {
    try Subprocess.run(executable ?? Self.binary, arguments, in: folder, environment: environment, input: input)
  }
}

extension UsesScratchFolders {

  /// A new empty folder, inside this test process's scratch folder, which is removed when the
  /// process exits (so a test run leaves nothing in the temporary directory).
  func temporaryFolder() throws -> URL {
    let url = scratchRoot.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// `timeline-e2e-PID` in the temporary directory, removed with everything in it at exit.
private let scratchRoot: URL = {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-e2e-\(getpid())")
  try? FileManager.default.removeItem(at: url)
  atexit { removeScratchRoot() }
  return url
}()

private func removeScratchRoot() {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-e2e-\(getpid())").path
  // Tests make some folders unreadable on purpose: give them back before removing.
  if let walker = FileManager.default.enumerator(atPath: path) {
    while let item = walker.nextObject() as? String { chmod(path + "/" + item, 0o755) }
  }
  try? FileManager.default.removeItem(atPath: path)
}
