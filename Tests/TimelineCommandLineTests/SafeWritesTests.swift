import Cairo
import Foundation
import Testing
import TimelineTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Outputs never destroy what they should not: devices, FIFOs and links are written through
/// or followed, inputs are refused, several outputs are all or nothing (modes: ``FileModeTests``).
@Suite struct SafeWritesTests: RunsInProcess {
  var seedPath: String { RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path }

  private func fileType(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
  }

  /// `-o` onto a character device writes into it and leaves the device a device. (A node
  /// like /dev/null, major 1 minor 3, made in a scratch folder; making one needs root.)
  @Test(.enabled(if: getuid() == 0, "making a device node needs root"))
  func aCharacterDeviceIsWrittenThroughNotReplaced() throws {
    let folder = try temporaryFolder()
    let device = folder.appendingPathComponent("null").path
    let nullDevice = dev_t(1 << 8 | 3)
    try #require(mknod(device, S_IFCHR | 0o666, nullDevice) == 0, "mknod: \(String(cString: strerror(errno)))")
    let result = try run(["render", seedPath, "-o", device, "-T", "png"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(fileType(device) == S_IFCHR, "the device was replaced")
  }

  /// A FIFO (like `-o >(gzip > a.gz)`) gets the bytes and stays a FIFO.
  @Test func aFIFOIsWrittenThrough() throws {
    let folder = try temporaryFolder()
    let fifo = folder.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let received = LockedData()
    let reader = Thread {
      if let handle = FileHandle(forReadingAtPath: fifo) { received.set(handle.readDataToEndOfFile()) }
    }
    reader.start()
    let result = try run(["render", seedPath, "-o", fifo, "-T", "svg"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    for _ in 0..<200 where received.get() == nil { usleep(10_000) }
    let svg = String(decoding: received.get() ?? Data(), as: UTF8.self)
    #expect(svg.contains("<svg"))
    #expect(fileType(fifo) == S_IFIFO)
  }

  /// A symlink to a file: the file it points to is replaced, the link stays.
  @Test func aSymlinkKeepsPointingAtTheNewFile() throws {
    let folder = try temporaryFolder()
    let real = folder.appendingPathComponent("real.png")
    try Data("old".utf8).write(to: real)
    let link = folder.appendingPathComponent("link.png").path
    #expect(symlink("real.png", link) == 0)
    let result = try run(["render", seedPath, "-o", "link.png"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(fileType(link) == S_IFLNK, "the link was replaced by a file")
    let image = try ImageSurface(png: Data(contentsOf: real))
    #expect(image.width == 1600)
  }

  /// An output that is the input (by name, through a link, or as alt text) is refused and
  /// the input survives.
  @Test(arguments: [
    ["-o", "in.yaml", "-T", "png"], ["-o", "a.png", "--alt-text", "in.yaml"], ["-o", "alias.yaml", "-T", "svg"],
  ])
  func theInputIsNeverOverwritten(arguments: [String]) throws {
    let folder = try temporaryFolder()
    let input = folder.appendingPathComponent("in.yaml")
    let original = try Data(contentsOf: URL(fileURLWithPath: seedPath))
    try original.write(to: input)
    #expect(symlink("in.yaml", folder.appendingPathComponent("alias.yaml").path) == 0)
    let result = try run(["render", "in.yaml"] + arguments, in: folder)
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.contains("that is the input"))
    #expect(try Data(contentsOf: input) == original)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.png").path))
  }

  /// A folder among several outputs fails the whole render before any file is replaced.
  @Test func allOrNothingAcrossOutputs() throws {
    let folder = try temporaryFolder()
    let keep = folder.appendingPathComponent("keep.png")
    try Data("precious".utf8).write(to: keep)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("d.png"), withIntermediateDirectories: false)
    let result = try run(["render", seedPath, "-o", "keep.png", "-o", "d.png"], in: folder)
    #expect(result.status == 73, "\(result.stderr)")
    #expect(try Data(contentsOf: keep) == Data("precious".utf8))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty, "\(leftovers)")
  }
}

/// Modes of written files, which needs the binary: a new file under another umask is made by a
/// process started with it.
@Suite struct FileModeTests: RunsTheBinary {
  var seedPath: String { RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path }

  private func mode(_ path: String) -> mode_t {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0
  }

  /// A replaced file keeps its mode; a new one follows the umask.
  @Test func modesAreKeptOrFollowTheUmask() throws {
    let folder = try temporaryFolder()
    let existing = folder.appendingPathComponent("private.png").path
    try Data("x".utf8).write(to: URL(fileURLWithPath: existing))
    #expect(chmod(existing, 0o600) == 0)
    var result = try run(["render", seedPath, "-o", "private.png"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(mode(existing) == 0o600)
    // A new file under umask 077, through a shell that sets it.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "umask 077 && exec \"$0\" render \"$1\" -o new.png", Self.binary.path, seedPath]
    process.currentDirectoryURL = folder
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(mode(folder.appendingPathComponent("new.png").path) == 0o600)
    result = try run(["render", seedPath, "-o", "open.png"], in: folder)
    #expect(result.status == 0)
    #expect(mode(folder.appendingPathComponent("open.png").path) == 0o666 & ~umaskNow())
  }

  private func umaskNow() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }
}

/// Data handed from a reader thread to the test.
private final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data: Data?
  func set(_ value: Data) { lock.withLock { data = value } }
  func get() -> Data? { lock.withLock { data } }
}

/// Text from an input never reaches the terminal as control characters (issue 10, item 11).
@Suite struct SafeMessagesTests: RunsInProcess {
  @Test func controlCharactersInDiagnosticsAreEscaped() throws {
    let folder = try temporaryFolder()
    let file = folder.appendingPathComponent("pwn.yaml")
    try Data("events:\n  - { date: \"\\e]0;PWNED\\a2022\", title: \"Line\\nbreak\" }\n".utf8).write(to: file)
    let result = try run(["validate", "pwn.yaml"], in: folder)
    #expect(result.status == 65)
    #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(result.stderr.contains("\\x1B]0;PWNED\\x07"), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("error:") || $0.hasPrefix("warning:") })
  }
}

/// Lengths are plain decimals: `0x200`, `1e3`, `inf` are refused, not read as numbers.
@Suite struct PlainNumberTests: RunsInProcess {
  @Test(arguments: ["0x200", "1e3", "inf", "nan", "0x10mm"])
  func widthsAreDecimal(width: String) throws {
    let folder = try temporaryFolder()
    let seed = RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path
    let result = try run(["render", seed, "-o", "w.png", "--width", width], in: folder)
    #expect(result.status == 64, "\(width): \(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("w.png").path))
  }
}

/// A negative length is a value, not an unknown flag: it is refused for not being positive.
@Suite struct NegativeValueTests: RunsInProcess {
  @Test(arguments: [["--width", "-5"], ["--width", "-170mm"], ["--height", "-5"]])
  func negativeLengthsMustBePositive(option: [String]) throws {
    let folder = try temporaryFolder()
    let seed = RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path
    let result = try run(["render", seed, "-o", "n.png"] + option, in: folder)
    #expect(result.status == 64, "\(option): \(result.stderr)")
    #expect(result.stderr.contains("error: \(option[0]) \(option[1]): must be positive"), "\(result.stderr)")
    #expect(!result.stderr.contains("Missing value"), "\(result.stderr)")
  }

  @Test func negativeScaleIsOutOfRange() throws {
    let folder = try temporaryFolder()
    let seed = RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path
    let result = try run(["render", seed, "-o", "n.png", "--scale", "-2"], in: folder)
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.contains("--scale -2 is outside 0.1…10"), "\(result.stderr)")
    let aspect = try run(["render", seed, "-o", "n.png", "--aspect", "-16:9"], in: folder)
    #expect(aspect.status == 64, "\(aspect.stderr)")
    #expect(aspect.stderr.contains("error: --aspect -16:9: give width:height, like 16:9"), "\(aspect.stderr)")
  }
}

/// System error texts read like the rest of our messages: lowercase after the colon.
@Suite struct SystemErrorTextTests: RunsTheBinary {
  @Test func stdoutWriteFailureIsLowercase() throws {
    guard let full = FileHandle(forWritingAtPath: "/dev/full") else {
      Issue.record("this machine has no /dev/full to make writes fail")
      return
    }
    let seed = RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = ["render", seed, "-o", "-", "-T", "svg"]
    process.standardOutput = full
    let err = Pipe()
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 74, "\(stderr)")
    #expect(stderr.contains("(no space left on device)"), "\(stderr)")
  }

  @Test func missingInputIsLowercase() throws {
    let folder = try temporaryFolder()
    let result = try run(["render", "absent.yaml", "-o", "a.png"], in: folder)
    #expect(result.status == 66, "\(result.stderr)")
    #expect(result.stderr.contains("(no such file or directory)"), "\(result.stderr)")
  }
}
