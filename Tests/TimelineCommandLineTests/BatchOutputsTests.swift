import Cairo
import Foundation
import Testing

/// Issue 10, item 5 (f) and (i): the up-to-date check looks at what the outputs hold, and
/// writing failures say what happened: a full disk, a stamp that could not be written, names
/// as long as the file system allows.
@Suite struct BatchOutputsTests: RunsTheBinary {
  func summary(_ run: Run) -> String {
    run.stderr.split(separator: "\n").last.map(String.init) ?? ""
  }

  /// (f) An output overwritten with zeros of the same size is not "unchanged": stamps record
  /// each output's SHA-256.
  @Test func aDamagedOutputOfTheSameSizeRendersAgain() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(2, into: folder, seed: 31)
    let first = try run(["batch", "in", "--out", "out", "-T", "png,svg"] + small, in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let png = folder.appendingPathComponent("out/t000.png")
    let size = try Data(contentsOf: png).count
    try Data(count: size).write(to: png)
    let second = try run(["batch", "in", "--out", "out", "-T", "png,svg"] + small, in: folder)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(summary(second).hasPrefix("rendered 1, unchanged 1, failed 0"), "\(second.stderr)")
    #expect(throws: Never.self) { _ = try ImageSurface(png: Data(contentsOf: png)) }
  }

  /// (i) Output names of 254 and 255 bytes render, get their stamps, and are then up to date.
  @Test func theLongestFileNamesWork() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(1, into: folder, seed: 32)
    let stem = String(repeating: "é", count: 125)  // 250 bytes
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("in/t000.yaml"), to: folder.appendingPathComponent("in/\(stem).yaml"))
    let longest = String(repeating: "y", count: 251) + ".png"  // 255 bytes
    try write("inputs:\n  - path: in/\(stem).yaml\n    outputs: [named/\(longest)]\n", to: "m.yaml", in: folder)
    for _ in 0..<2 {
      let mirrored = try run(["batch", "in", "--out", "out"] + small, in: folder)
      #expect(mirrored.status == 0, "\(mirrored.stderr)")
      let named = try run(["batch", "--manifest", "m.yaml"] + small, in: folder)
      #expect(named.status == 0, "\(named.stderr)")
    }
    #expect(exists("out/\(stem).png", in: folder))
    #expect(exists("named/\(longest)", in: folder))
    let again = try run(["batch", "in", "--out", "out"] + small, in: folder)
    #expect(summary(again).hasPrefix("rendered 0, unchanged 1"), "\(again.stderr)")
    let stamps = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("named").path)
    #expect(stamps.contains { $0.hasSuffix(".timeline-stamp") && $0.utf8.count <= 255 }, "\(stamps)")
  }

  /// (i) A stamp that cannot be written (here a folder is in its place) fails the file, but
  /// the message says the images were written, not that nothing changed.
  @Test func aStampFailureDoesNotClaimNothingChanged() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(1, into: folder, seed: 33)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out/.t000.timeline-stamp"), withIntermediateDirectories: true)
    let result = try run(["batch", "in", "--out", "out"] + small, in: folder)
    #expect(result.status == 73, "\(result.stderr)")
    #expect(!result.stderr.contains("nothing was"), "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "error: out/.t000.timeline-stamp: is a folder; the images were written, but not their stamp, "
          + "so the next run renders this file again"), "\(result.stderr)")
    #expect(exists("out/t000.png", in: folder))
  }

  /// (i) A full disk is named as the cause, in lowercase, when writing a file and when
  /// making a folder. Needs a small private tmpfs (root and `unshare`).
  @Test(
    .enabled(
      if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"),
      "a full disk is simulated with a tmpfs in a private mount namespace, which needs root and unshare"),
    arguments: [
      ("size=12k", "out", "writing failed (no space left on device)"),
      ("size=4k,nr_inodes=1", "out/deep", "out/deep: cannot create the folder (no space left on device)"),
    ])
  func aFullDiskIsNamed(options: String, out: String, expected: String) throws {
    let folder = try temporaryFolder()
    try writeEventFiles(1, into: folder, seed: 34)
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
    let script = "mount -t tmpfs -o \(options) tmpfs out && exec \"$0\" batch in --out \(out) --width 480"
    let result = try run(
      ["-m", "/bin/sh", "-c", script, Self.binary.path], in: folder,
      executable: URL(fileURLWithPath: "/usr/bin/unshare"))
    guard !result.stderr.contains("mount:"), !result.stderr.contains("unshare:") else {
      Issue.record("cannot mount a tmpfs here: \(result.stderr)")
      return
    }
    #expect(result.status == 74, "\(result.stderr)")
    #expect(result.stderr.contains(expected), "\(result.stderr)")
  }
}
