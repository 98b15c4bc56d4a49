import Cairo
import Foundation
import Testing
import TimelineSynthetic

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// What the batch suites share: generated event files, a look at an output tree, and the
/// processes a batch started.
extension RunsTheBinary {
  /// Small canvases keep the debug build quick; the layout code is the same at any width.
  var small: [String] { ["--width", "480"] }

  /// Writes `count` generated event files under `folder/in`, a tenth of them in `in/sub`.
  func writeEventFiles(_ count: Int, into folder: URL, seed: UInt64 = 1) throws {
    var rng = SplitMix64(seed: seed)
    for index in 0..<count {
      let sub = index % 10 == 9 ? "in/sub" : "in"
      let directory = folder.appendingPathComponent(sub)
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      let timeline = SyntheticTimeline.make(events: Int.random(in: 2...6, using: &rng), using: &rng)
      try Data(SyntheticEventFile.yaml(timeline).utf8).write(
        to: directory.appendingPathComponent(String(format: "t%03d.yaml", index)))
    }
  }

  /// Every file under `folder` (hidden ones included), relative path → bytes.
  func contents(of folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let base = folder.resolvingSymlinksInPath().path
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = enumerator?.nextObject() as? URL {
      guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
      let path = url.resolvingSymlinksInPath().path
      result[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
    }
    return result
  }

  /// Checks that every image under `folder` is whole: PNGs decode, SVGs parse as XML; and,
  /// unless `killedJustNow` (a run killed mid-write leaves its temporary file, which the
  /// next run removes), that no temporary file is left.
  func expectWholeImages(in folder: URL, killedJustNow: Bool = false) throws -> Int {
    var count = 0
    for (path, data) in try contents(of: folder) {
      if path.hasSuffix(".png") {
        #expect(throws: Never.self, "\(path)") { _ = try ImageSurface(png: data) }
        count += 1
      } else if path.hasSuffix(".svg") {
        #expect(XMLParser(data: data).parse(), "\(path) is not well-formed XML")
        count += 1
      }
      #expect(killedJustNow || !path.contains(".tmp-"), "leftover temporary file \(path)")
    }
    return count
  }

  func summary(_ run: Run) -> String {
    run.stderr.split(separator: "\n").last.map(String.init) ?? ""
  }

  /// The processes whose parent is `parent`, from /proc.
  func children(of parent: Int32) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap(Int32.init).filter { pid in
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return false }
      // After "pid (name) state": the parent's pid.
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      return fields.count > 1 && Int32(fields[1]) == parent
    }
  }
}

extension RunsTheBinary {
  /// Starts `timeline arguments` in `folder` without waiting; its stderr is piped.
  func start(_ arguments: [String], in folder: URL) throws -> (process: Process, stderr: Pipe) {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let errors = Pipe()
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return (process, errors)
  }

  /// Waits (at most two minutes) until `folder` holds `count` PNG files at its top.
  func waitForImages(_ count: Int, in folder: URL) {
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      if names.filter({ $0.hasSuffix(".png") }).count >= count { return }
      Thread.sleep(forTimeInterval: 0.005)
    }
  }

  /// Waits (at most a minute) until `pid` is no longer running.
  func waitUntilGone(_ pid: Int32) {
    let deadline = Date().addingTimeInterval(60)
    while isRunning(pid), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
  }

  /// Whether `pid` is a live process (not gone, not a zombie), from /proc.
  func isRunning(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")"), let state = stat[stat.index(after: close)...].split(separator: " ").first
    else { return false }
    return state != "Z" && state != "X"
  }

  /// Writes `text` to `folder/name`, creating folders as needed.
  func write(_ text: String, to name: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func exists(_ name: String, in folder: URL) -> Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
  }
}
