import Cairo
import Foundation
import Testing

/// Issue 10, item 5 (a)–(c): a batch and its workers stop together, two runs into one folder
/// leave each other's files alone, and a worker renders the job it is sent.
@Suite struct BatchStoppingTests: RunsTheBinary {
  /// (a) A signal to the batch alone (a CI cancel, `kill`) stops its workers too, removes their
  /// temporary files and exits 128 + the signal.
  @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
  func aSignalStopsTheWorkersWithTheBatch(signal: Int32, status: Int32) throws {
    let folder = try temporaryFolder()
    try writeEventFiles(60, into: folder, seed: 11)
    let out = folder.appendingPathComponent("out")
    let (process, errors) = try start(
      ["batch", "in", "--out", "out", "-T", "png,svg", "--jobs", "2"] + small, in: folder)
    waitForImages(4, in: out)
    let workers = children(of: process.processIdentifier)
    #expect(workers.count == 2)
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationReason == .exit, "the batch died of the signal instead of stopping")
    #expect(process.terminationStatus == status, "\(stderr)")
    #expect(stderr.contains("error: stopped by SIG"), "\(stderr)")
    for worker in workers { #expect(!isRunning(worker), "worker \(worker) outlived the batch") }
    let images = try expectWholeImages(in: out)
    #expect(images < 120, "the run finished before the signal; nothing was tested")
  }

  /// (a) A worker whose batch is killed outright (SIGKILL, the OOM killer) stops by itself,
  /// even while it waits for work with its stdin still open.
  @Test func aWorkerStopsWhenItsBatchIsKilled() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(1, into: folder, seed: 10)
    // sh stands in for the batch: it starts the worker, whose stdin (from sleep) stays open. The
    // worker is given the batch's arguments too, as workers once were; it needs only --worker.
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = [
      "-c", "export TIMELINE_BATCH_PARENT=$$; sleep 600 | \"$0\" batch in --out out --worker", Self.binary.path,
    ]
    shell.currentDirectoryURL = folder
    shell.standardOutput = FileHandle.nullDevice
    shell.standardError = FileHandle.nullDevice
    try shell.run()
    let binary = Self.binary.resolvingSymlinksInPath().path
    var worker: Int32?
    var sleeper: Int32?
    let deadline = Date().addingTimeInterval(60)
    while worker == nil || sleeper == nil, Date() < deadline {
      for child in children(of: shell.processIdentifier) {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child)/exe")) ?? ""
        if exe == binary { worker = child } else if exe.hasSuffix("sleep") { sleeper = child }
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    defer {
      kill(shell.processIdentifier, SIGKILL)
      if let sleeper { kill(sleeper, SIGKILL) }
      // Only now: Foundation sees sh end when every process sh started has closed what it inherited.
      shell.waitUntilExit()
    }
    let started = try #require(worker, "the worker did not start")
    kill(shell.processIdentifier, SIGKILL)
    waitUntilGone(started)
    #expect(!isRunning(started), "the worker kept running after its batch was killed")
  }

  /// (b) Temporary files are named with their writer's pid; a run removes only those whose
  /// writer is gone, never those another run is still writing.
  @Test func leftoversAreRemovedOnlyWhenTheirWriterIsGone() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(1, into: folder, seed: 12)
    let first = try run(["batch", "in", "--out", "out"] + small, in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let finished = Process()
    finished.executableURL = URL(fileURLWithPath: "/bin/true")
    try finished.run()
    finished.waitUntilExit()
    let dead = finished.processIdentifier
    let live = getpid()
    let inFlight = "out/.t000.png.tmp-\(live)-a1b2c3"
    let abandoned = ["out/.t000.png.tmp-\(dead)-a1b2c3", "out/.t000.png.bak-\(dead)-d4e5f6"]
    for name in [inFlight] + abandoned { try write("partial", to: name, in: folder) }
    let second = try run(["batch", "in", "--out", "out", "--force"] + small, in: folder)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(exists(inFlight, in: folder), "a file another run is writing was removed")
    for name in abandoned { #expect(!exists(name, in: folder), "\(name) was left behind") }
  }

  /// (b) Two runs rendering the same files into one folder at once both succeed.
  @Test func twoRunsIntoOneFolderAtOnceBothSucceed() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(24, into: folder, seed: 13)
    let arguments = ["batch", "in", "--out", "out", "-T", "png,svg", "--force", "--jobs", "2"] + small
    let one = try start(arguments, in: folder)
    let two = try start(arguments, in: folder)
    let errors = [one, two].map {
      String(decoding: $0.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
    one.process.waitUntilExit()
    two.process.waitUntilExit()
    #expect(one.process.terminationStatus == 0, "\(errors[0])")
    #expect(two.process.terminationStatus == 0, "\(errors[1])")
    #expect(try expectWholeImages(in: folder.appendingPathComponent("out")) == 48)
  }

  /// (c) A worker is sent the whole job (input, outputs, stamp, options) and renders it as
  /// sent, without planning the batch itself.
  @Test func aWorkerRendersTheJobItIsSent() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(1, into: folder, seed: 14)
    let job: [String: Any] = [
      "input": "in/t000.yaml", "outputs": [["path": "made/x.png", "format": "png"]],
      "stamp": "made/.x.timeline-stamp", "options": [["width", "500"]], "force": false,
    ]
    var request = try JSONSerialization.data(withJSONObject: job)
    request.append(0x0A)
    let worker = try run(["batch", "--worker"], in: folder, input: request)
    let answer = worker.stdout
    #expect(worker.status == 0)
    let result = try JSONSerialization.jsonObject(with: answer) as? [String: Any]
    #expect(result?["outcome"] as? String == "rendered", "\(String(decoding: answer, as: UTF8.self))")
    let image = try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("made/x.png")))
    #expect(image.width == 500)
    #expect(exists("made/.x.timeline-stamp", in: folder))
  }

  /// (c) A file added while the batch runs, then a worker killed: its replacement renders the
  /// remaining jobs as planned; only the killed worker's job fails.
  @Test func aReplacedWorkerIsNotConfusedByAFileAddedMeanwhile() throws {
    let folder = try temporaryFolder()
    try writeEventFiles(60, into: folder, seed: 15)
    let out = folder.appendingPathComponent("out")
    let (process, errors) = try start(["batch", "in", "--out", "out", "--jobs", "2"] + small, in: folder)
    waitForImages(4, in: out)
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("in/t000.yaml"), to: folder.appendingPathComponent("in/a-added.yaml"))
    let workers = children(of: process.processIdentifier)
    #expect(workers.count == 2)
    if let victim = workers.first { kill(victim, SIGKILL) }
    process.waitUntilExit()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let summary = stderr.split(separator: "\n").last.map(String.init) ?? ""
    #expect(process.terminationStatus == 74, "\(stderr)")
    #expect(summary.hasPrefix("rendered 59, unchanged 0, failed 1"), "\(stderr)")
    #expect(stderr.contains("the worker rendering it stopped (signal 9)"), "\(stderr)")
  }
}
