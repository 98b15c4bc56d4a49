import Cairo
import Foundation
import Testing
import TimelineSynthetic

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `timeline batch` run as a user would, on folders of generated event files.
@Suite struct BatchEndToEndTests: RunsTheBinary {
  @Test func rendersAFolderMirroredThenSkipsWhatIsCurrent() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(20, into: folder)
    let first = try run(["batch", "in", "--out", "out", "-T", "png,svg", "--jobs", "2"] + small, in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(summary(first).hasPrefix("rendered 20, unchanged 0, failed 0 in "), "\(first.stderr)")
    #expect(try expectWholeImages(in: folder.appendingPathComponent("out")) == 40)
    let files = try contents(of: folder.appendingPathComponent("out"))
    #expect(files["sub/t009.png"] != nil && files["t000.svg"] != nil && files[".t000.timeline-stamp"] != nil)
    #expect(try ImageSurface(png: #require(files["t000.png"])).width == 480)
    // Plain lines (stderr is not a terminal), one per file.
    #expect(first.stderr.contains("rendered in/sub/t019.yaml → out/sub/t019.png, out/sub/t019.svg"))

    let second = try run(["batch", "in", "--out", "out", "-T", "png,svg"] + small, in: folder)
    #expect(second.status == 0)
    #expect(summary(second).hasPrefix("rendered 0, unchanged 20, failed 0"), "\(second.stderr)")

    // An edited input, a changed option and a deleted output each render again.
    let edited = folder.appendingPathComponent("in/t003.yaml")
    try (try String(contentsOf: edited, encoding: .utf8) + "notes: Edited\n").write(
      to: edited, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("out/t004.svg"))
    let third = try run(["batch", "in", "--out", "out", "-T", "png,svg"] + small, in: folder)
    #expect(summary(third).hasPrefix("rendered 2, unchanged 18, failed 0"), "\(third.stderr)")
    let themed = try run(["batch", "in", "--out", "out", "-T", "png,svg", "--theme", "dark"] + small, in: folder)
    #expect(summary(themed).hasPrefix("rendered 20, unchanged 0"), "\(themed.stderr)")
    let forced = try run(
      ["batch", "in", "--out", "out", "-T", "png,svg", "--theme", "dark", "--force"] + small, in: folder)
    #expect(summary(forced).hasPrefix("rendered 20, unchanged 0"), "\(forced.stderr)")
  }

  @Test func twoCleanRunsAreIdenticalWhateverTheNumberOfWorkers() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(12, into: folder, seed: 2)
    let one = try run(["batch", "in", "--out", "a", "-T", "png,svg,pdf", "--jobs", "1"] + small, in: folder)
    let two = try run(["batch", "in", "--out", "b", "-T", "png,svg,pdf", "--jobs", "2"] + small, in: folder)
    #expect(one.status == 0 && two.status == 0, "\(one.stderr)\(two.stderr)")
    let a = try contents(of: folder.appendingPathComponent("a"))
    let b = try contents(of: folder.appendingPathComponent("b"))
    #expect(a.count == 12 * 4)
    #expect(a == b)
  }

  @Test func keepsGoingPastBadFilesAndExitsWithTheWorstStatus() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(4, into: folder, seed: 3)
    try Data("title: Broken\nevents:\n  - title: No date\n".utf8).write(
      to: folder.appendingPathComponent("in/broken.yaml"))
    let result = try run(["batch", "in", "--out", "out", "--jobs", "2"] + small, in: folder)
    #expect(result.status == 65)
    #expect(result.stderr.contains("in/broken.yaml:3:5"), "\(result.stderr)")
    #expect(summary(result).hasPrefix("rendered 4, unchanged 0, failed 1"), "\(result.stderr)")
    #expect(try expectWholeImages(in: folder.appendingPathComponent("out")) == 4)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/broken.png").path))
  }

  @Test func aKilledRunLeavesOnlyWholeFilesAndTheNextRunFinishes() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(60, into: folder, seed: 4)
    let out = folder.appendingPathComponent("out")
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = ["batch", "in", "--out", "out", "-T", "png,svg", "--jobs", "2"] + small
    process.currentDirectoryURL = folder
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
      if names.filter({ $0.hasSuffix(".png") }).count >= 4 { break }
      Thread.sleep(forTimeInterval: 0.005)
    }
    // SIGKILL the batch and its workers at once, as an out-of-memory killer or a CI timeout would.
    let workers = children(of: process.processIdentifier)
    #expect(workers.count == 2)
    kill(process.processIdentifier, SIGKILL)
    for worker in workers { kill(worker, SIGKILL) }
    process.waitUntilExit()
    let survivors = try expectWholeImages(in: out, killedJustNow: true)
    #expect(survivors < 120, "the run finished before it was killed; nothing was tested")
    let resumed = try run(["batch", "in", "--out", "out", "-T", "png,svg"] + small, in: folder)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(try expectWholeImages(in: out) == 120)
    let clean = try run(["batch", "in", "--out", "clean", "-T", "png,svg"] + small, in: folder)
    #expect(clean.status == 0)
    #expect(try contents(of: out) == contents(of: folder.appendingPathComponent("clean")))
  }

  @Test func shardsSplitTheFilesWithoutOverlap() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(15, into: folder, seed: 5)
    var rendered = 0
    for shard in 1...3 {
      let result = try run(["batch", "in", "--out", "out", "--shard", "\(shard)/3"] + small, in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      let counts = summary(result).split(separator: " ").dropFirst().first.flatMap { Int($0.dropLast()) }
      rendered += counts ?? 0
      #expect(summary(result).contains("left to other shards"), "\(result.stderr)")
    }
    #expect(rendered == 15)
    let all = try run(["batch", "in", "--out", "out"] + small, in: folder)
    #expect(summary(all).hasPrefix("rendered 0, unchanged 15"), "\(all.stderr)")
    let bad = try run(["batch", "in", "--out", "out", "--shard", "4/3"], in: folder)
    #expect(bad.status == 64)
  }

  @Test func globsAndManifestsWithPerFileOptions() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(10, into: folder, seed: 6)
    let glob = try run(["batch", "in/**/t00[0-3].yaml", "--out", "g"] + small, in: folder)
    #expect(summary(glob).hasPrefix("rendered 4,"), "\(glob.stderr)")
    let manifest = """
      out: figures
      formats: [png]
      options: {width: 480}
      inputs:
        - in/sub
        - path: in/t001.yaml
          outputs: [report/first.png, report/first.pdf]
          options: {width: 700, theme: print}
      """
    try Data(manifest.utf8).write(to: folder.appendingPathComponent("figures.yaml"))
    let result = try run(["batch", "--manifest", "figures.yaml"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(summary(result).hasPrefix("rendered 2,"), "\(result.stderr)")
    let first = try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("report/first.png")))
    #expect(first.width == 700)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report/first.pdf").path))
    let mirrored = try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("figures/t009.png")))
    #expect(mirrored.width == 480)
  }

  @Test(arguments: [
    ("inputs:\n  - in\ncolour: red\n", "figures.yaml:3:1: unknown key 'colour'"),
    ("inputs:\n  - path: in\n    options: {colour: red}\n", "figures.yaml:3:15: options: unknown option 'colour'"),
    ("out: x\n", "the manifest has no `inputs:` list"),
    ("inputs:\n  - path: in/t000.yaml\n    outputs: [a.gif]\n", "figures.yaml:3:15: outputs: 'a.gif'"),
  ])
  func manifestMistakesNameTheLine(manifest: String, expected: String) throws {
    let folder = try temporaryFolder()
    try writeEventFiles(1, into: folder)
    try Data(manifest.utf8).write(to: folder.appendingPathComponent("figures.yaml"))
    let result = try run(["batch", "--manifest", "figures.yaml"], in: folder)
    #expect(result.status == 65)
    #expect(result.stderr.contains(expected), "\(result.stderr)")
  }

  /// A negative width is refused as not positive, in a manifest and on the command line.
  @Test func negativeWidthsMustBePositive() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(1, into: folder)
    let manifest = "inputs:\n  - path: in/t000.yaml\n    options: {width: -5}\n"
    try Data(manifest.utf8).write(to: folder.appendingPathComponent("figures.yaml"))
    let fromManifest = try run(["batch", "--manifest", "figures.yaml"], in: folder)
    #expect(fromManifest.status != 0)
    #expect(fromManifest.stderr.contains("-5: must be positive"), "\(fromManifest.stderr)")
    let fromFlag = try run(["batch", "in", "--out", "o", "--width", "-5"], in: folder)
    #expect(fromFlag.status == 64, "\(fromFlag.stderr)")
    #expect(fromFlag.stderr.contains("error: --width -5: must be positive"), "\(fromFlag.stderr)")
  }

  @Test func fileNamesWithTabsAndNewlinesReachTheirWorkers() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(3, into: folder, seed: 7)
    let inFolder = folder.appendingPathComponent("in")
    try FileManager.default.moveItem(
      at: inFolder.appendingPathComponent("t000.yaml"), to: inFolder.appendingPathComponent("new\nline.yaml"))
    try FileManager.default.moveItem(
      at: inFolder.appendingPathComponent("t001.yaml"), to: inFolder.appendingPathComponent("tab\tname.yaml"))
    let result = try run(["batch", "in", "--out", "out", "--jobs", "2"] + small, in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(summary(result).hasPrefix("rendered 3, unchanged 0, failed 0"), "\(result.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
    #expect(Set(names.filter { $0.hasSuffix(".png") }) == ["new\nline.png", "tab\tname.png", "t002.png"])
  }

  @Test func usageMistakesExit64BeforeRendering() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(2, into: folder)
    try Data("title: Twin\nevents:\n  - {date: 2020-01-01, title: A}\n".utf8).write(
      to: folder.appendingPathComponent("in/t000.json"))
    let noOut = try run(["batch", "in"], in: folder)
    #expect(noOut.status == 64 && noOut.stderr.contains("--out"), "\(noOut.stderr)")
    let clash = try run(["batch", "in", "--out", "out"], in: folder)
    #expect(clash.status == 64 && clash.stderr.contains("would be written for both"), "\(clash.stderr)")
    let missing = try run(["batch", "nowhere", "--out", "out"], in: folder)
    #expect(missing.status == 66)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
  }
}
