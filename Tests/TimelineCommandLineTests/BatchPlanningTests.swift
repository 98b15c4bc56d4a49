import Foundation
import Testing

/// Issue 10, item 5 (d), (e), (g), (h): what a batch decides before rendering: one file under
/// two spellings, folders it cannot read, outputs outside the output root, missing inputs and
/// duplicate entries.
@Suite struct BatchPlanningTests: RunsTheBinary {
  /// (d) `o/x.png`, `o/./x.png` and a path through a symlinked folder are one file: two
  /// inputs writing it are refused before anything renders.
  @Test(arguments: ["o/./x.png", "o/../o/x.png", "link/x.png"])
  func twoSpellingsOfOneOutputAreOneFile(spelling: String) throws {
    let folder = try temporaryFolder()
    try writeEventFiles(2, into: folder, seed: 21)
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("o"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("link").path, withDestinationPath: "o")
    let manifest = """
      inputs:
        - path: in/t000.yaml
          outputs: [o/x.png]
        - path: in/t001.yaml
          outputs: [\(spelling)]
      """
    try write(manifest, to: "figures.yaml", in: folder)
    let result = try run(["batch", "--manifest", "figures.yaml"] + small, in: folder)
    #expect(result.status == 64, "\(result.stderr)")
    #expect(
      result.stderr.contains("\(spelling) (the same file as o/x.png) would be written for both"), "\(result.stderr)")
    #expect(result.stderr.contains("figures.yaml:4:5"), "\(result.stderr)")
    #expect(!exists("o/x.png", in: folder))
  }

  /// (e) A folder that cannot be read is reported by name and the exit status says so (66);
  /// the rest of the batch still renders. Root reads every folder, so as root the batch runs
  /// as `nobody` through setpriv.
  @Test(
    .enabled(
      if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
      "as root an unreadable folder needs setpriv to run the batch as another user"))
  func unreadableFoldersAreReported() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(10, into: folder, seed: 22)
    let secret = folder.appendingPathComponent("in/sub")
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    chmod(out.path, 0o777)
    chmod(secret.path, 0)
    defer { chmod(secret.path, 0o755) }
    let arguments = ["batch", "in", "--out", "out"] + small
    let result: Run
    if getuid() == 0 {
      let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", Self.binary.path] + arguments
      result = try run(asNobody, in: folder, executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    } else {
      result = try run(arguments, in: folder)
    }
    #expect(result.status == 66, "\(result.stderr)")
    #expect(
      result.stderr.contains("error: in/sub: cannot read the folder (permission denied); its files were skipped"),
      "\(result.stderr)")
    let summary = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
    #expect(summary.hasPrefix("rendered 9, unchanged 0, failed 1"), "\(result.stderr)")
  }

  /// (g) A manifest writes only inside its own folder (or `--out`): `../`, an absolute path,
  /// a symlink leading out and an `out:` outside are refused with the manifest's line, unless
  /// `--allow-outside-out`.
  @Test(arguments: [
    (
      "inputs:\n  - path: ../in/t000.yaml\n    outputs: [../outside/x.png]\n",
      "figures.yaml:3:15: outputs: ../outside/x.png"
    ),
    (
      "inputs:\n  - path: ../in/t000.yaml\n    outputs: [ABSOLUTE/x.png]\n",
      "figures.yaml:3:15: outputs: ABSOLUTE/x.png"
    ),
    ("inputs:\n  - path: ../in/t000.yaml\n    outputs: [away/x.png]\n", "figures.yaml:3:15: outputs: away/x.png"),
    ("out: ../outside\ninputs:\n  - ../in/t000.yaml\n", "figures.yaml:1:6: out: ../outside"),
  ])
  func manifestOutputsStayInsideTheOutputRoot(manifest: String, expected: String) throws {
    let folder = try temporaryFolder()
    try writeEventFiles(1, into: folder, seed: 23)
    let outside = folder.appendingPathComponent("outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    let project = folder.appendingPathComponent("project")
    try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: project.appendingPathComponent("away").path, withDestinationPath: "../outside")
    let text = manifest.replacingOccurrences(of: "ABSOLUTE", with: outside.path)
    try write(text, to: "figures.yaml", in: project)
    let refused = try run(["batch", "--manifest", "figures.yaml"] + small, in: project)
    #expect(refused.status == 64, "\(refused.stderr)")
    let shown = expected.replacingOccurrences(of: "ABSOLUTE", with: outside.path)
    #expect(refused.stderr.contains("error: \(shown) is "), "\(refused.stderr)")
    #expect(refused.stderr.contains("pass --allow-outside-out"), "\(refused.stderr)")
    #expect(!exists("x.png", in: outside) && !exists("t000.png", in: outside))
    let allowed = try run(["batch", "--manifest", "figures.yaml", "--allow-outside-out"] + small, in: project)
    #expect(allowed.status == 0, "\(allowed.stderr)")
    #expect(exists("x.png", in: outside) || exists("t000.png", in: outside))
  }

  /// (g) `--out` on the command line is the user's choice: mirrored outputs may go there even
  /// when it is outside the manifest's folder.
  @Test func commandLineOutIsAnOutputRoot() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(1, into: folder, seed: 24)
    try write("inputs:\n  - ../in/t000.yaml\n", to: "project/figures.yaml", in: folder)
    let result = try run(
      ["batch", "--manifest", "figures.yaml", "--out", "../figures"] + small,
      in: folder.appendingPathComponent("project"))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(exists("figures/t000.png", in: folder))
  }

  /// (h) A missing input is reported with its manifest line and the rest still renders;
  /// the exit status is 66.
  @Test func aMissingManifestInputDoesNotStopTheRest() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(2, into: folder, seed: 25)
    try write(
      "out: out\ninputs:\n  - in/t000.yaml\n  - in/gone.yaml\n  - in/t001.yaml\n", to: "figures.yaml", in: folder)
    let result = try run(["batch", "--manifest", "figures.yaml"] + small, in: folder)
    #expect(result.status == 66, "\(result.stderr)")
    #expect(result.stderr.contains("error: figures.yaml:4:5: in/gone.yaml: no such file or folder"), "\(result.stderr)")
    #expect(exists("out/t000.png", in: folder) && exists("out/t001.png", in: folder))
    let direct = try run(["batch", "in/t000.yaml", "nowhere.yaml", "--out", "direct"] + small, in: folder)
    #expect(direct.status == 66, "\(direct.stderr)")
    #expect(direct.stderr.contains("error: nowhere.yaml: no such file or folder"), "\(direct.stderr)")
    #expect(exists("direct/t000.png", in: folder))
  }

  /// (h) One file listed twice for the same outputs with different options is an error
  /// naming both lines; listed twice the same way, it renders once.
  @Test func duplicateEntriesWithDifferentOptionsAreRefused() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(2, into: folder, seed: 26)
    let manifest = "out: out\ninputs:\n  - in/t000.yaml\n  - path: in/t000.yaml\n    options: {theme: dark}\n"
    try write(manifest, to: "figures.yaml", in: folder)
    let result = try run(["batch", "--manifest", "figures.yaml"] + small, in: folder)
    #expect(result.status == 64, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "error: figures.yaml:4:5: in/t000.yaml is listed twice for out/t000.png with different options or outputs "
          + "(first at figures.yaml:3:5)"), "\(result.stderr)")
    #expect(!exists("out/t000.png", in: folder))
    try write("out: out\ninputs:\n  - in/t000.yaml\n  - ./in/t000.yaml\n  - in\n", to: "same.yaml", in: folder)
    let same = try run(["batch", "--manifest", "same.yaml"] + small, in: folder)
    #expect(same.status == 0, "\(same.stderr)")
    #expect(
      same.stderr.split(separator: "\n").last?.hasPrefix("rendered 2, unchanged 0, failed 0") == true, "\(same.stderr)")
  }
}
