import Foundation
import Testing
import TimelineCommandCore

@testable import TimelineBatch

/// The pieces of `batch` that need no binary: hashing, patterns, shards, resolved paths,
/// abandoned temporary files, stamp names and the jobs sent to workers.
@Suite struct BatchPartsTests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func sha256MatchesTheStandardVectors(input: String, digest: String) {
    var hash = SHA256()
    hash.update(input)
    #expect(hash.hexDigest() == digest)
  }

  @Test func sha256OfAMillionAs() {
    var hash = SHA256()
    hash.update([UInt8](repeating: 0x61, count: 1_000_000))
    #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Pieces that end inside a block, fill one exactly or span several, as `Data`, arrays and a
  /// sequence without contiguous storage, give the digest of the whole.
  @Test func sha256OfPiecesEqualsTheWhole() {
    let whole = [UInt8](repeating: 0x61, count: 1_000_000)
    var hash = SHA256()
    var offset = 0
    var piece = 0
    for size in [1, 63, 64, 65, 0, 127, 128, 3, 1000, 61, 4096, 7] {
      let range = offset..<offset + size
      switch piece % 3 {
      case 0: hash.update(Data(whole[range]))
      case 1: hash.update(Array(whole[range]))
      default: hash.update(whole[range].lazy.map { $0 })
      }
      offset += size
      piece += 1
    }
    hash.update(Data(whole[offset...]))
    #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// The CRC-32 and Adler-32 check values of RFC 1952 and RFC 1950 implementations.
  @Test(arguments: [
    ("", "00000000-00000001"), ("abc", "352441c2-024d0127"), ("123456789", "cbf43926-091e01de"),
  ])
  func outputChecksumMatchesTheStandardCheckValues(input: String, checksum: String) {
    #expect(OutputChecksum.hex(of: Data(input.utf8)) == checksum)
  }

  /// Any one damaged byte (or a byte cut off the end) of an image-sized output changes its check.
  @Test func outputChecksumNoticesEveryOneByteDamage() {
    var bytes = [UInt8](repeating: 0, count: 4096)
    for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 31 &+ index >> 5) }
    let original = OutputChecksum.hex(of: Data(bytes))
    for index in Swift.stride(from: 0, to: bytes.count, by: 7) {
      var damaged = bytes
      damaged[index] ^= 0x10
      #expect(OutputChecksum.hex(of: Data(damaged)) != original, "byte \(index)")
    }
    #expect(OutputChecksum.hex(of: Data(bytes.dropLast())) != original)
  }

  @Test(arguments: [
    ("events/*.yaml", "events/a.yaml", true),
    ("events/*.yaml", "events/sub/a.yaml", false),
    ("events/**/*.yaml", "events/a.yaml", true),
    ("events/**/*.yaml", "events/x/y/a.yaml", true),
    ("events/**/*.yaml", "other/a.yaml", false),
    ("events/t0[0-3].yaml", "events/t02.yaml", true),
    ("events/t0[0-3].yaml", "events/t05.yaml", false),
    ("events/?.json", "events/a.json", true),
    ("events/*", "events/.hidden", false),
    ("/abs/**/x.mw", "/abs/x.mw", true),
  ])
  func globPatterns(pattern: String, path: String, matches: Bool) {
    #expect(GlobPattern(pattern: pattern).matches(path) == matches)
  }

  @Test func globRootIsTheFolderBeforeTheFirstWildcard() {
    #expect(GlobPattern(pattern: "events/2022/**/*.yaml").root == "events/2022")
    #expect(GlobPattern(pattern: "*.yaml").root == ".")
    #expect(GlobPattern(pattern: "/data/*/x.yaml").root == "/data")
  }

  @Test func everyInputFallsInExactlyOneShardAndStaysThere() throws {
    let inputs = (0..<500).map { "events/part-\($0 / 100)/\($0).yaml" }
    for count in [1, 2, 3, 7] {
      let shards = (1...count).map { Shard(index: $0, count: count) }
      var sizes = [Int](repeating: 0, count: count)
      for input in inputs {
        let owners = shards.indices.filter { shards[$0].contains(input) }
        #expect(owners.count == 1, "\(input) in \(owners.count) of \(count) shards")
        if let owner = owners.first { sizes[owner] += 1 }
      }
      // A hash spreads files evenly enough: no shard more than half again its fair share.
      #expect(sizes.allSatisfy { Double($0) < 1.5 * Double(inputs.count) / Double(count) }, "\(sizes)")
    }
    #expect(try Shard(parsing: "2/8") == Shard(index: 2, count: 8))
    for bad in ["0/3", "4/3", "1/0", "a/b", "3", "1/2/3"] {
      #expect(throws: CommandFailure.self, "\(bad)") { try Shard(parsing: bad) }
    }
  }

  @Test func resolvedPathsTidyDotsAndStartFromTheCurrentFolder() {
    let here = BatchPaths.resolved(".")
    #expect(BatchPaths.resolved("nowhere-x/./a/../b.png") == here + "/nowhere-x/b.png")
    #expect(BatchPaths.resolved("nowhere-x/b.png") == BatchPaths.resolved("./nowhere-x//b.png"))
    #expect(BatchPaths.isInside(here + "/o/x.png", root: here))
    #expect(!BatchPaths.isInside(here + "-other/x.png", root: here))
  }

  @Test func onlyTemporaryFilesOfFinishedProcessesAreAbandoned() throws {
    let finished = Process()
    finished.executableURL = URL(fileURLWithPath: "/bin/true")
    try finished.run()
    finished.waitUntilExit()
    let prefix = AtomicFileWriter.temporaryPrefix("x.png")
    #expect(prefix == ".x.png.tmp-")
    #expect(TemporaryFiles.isAbandoned(".x.png.tmp-\(finished.processIdentifier)-Ab12Cd", prefix: prefix))
    #expect(!TemporaryFiles.isAbandoned(".x.png.tmp-\(getpid())-Ab12Cd", prefix: prefix))
    #expect(!TemporaryFiles.isAbandoned(".x.png.tmp-Ab12Cd", prefix: prefix), "no pid: not provably abandoned")
    #expect(!TemporaryFiles.isAbandoned(".y.png.tmp-\(finished.processIdentifier)-Ab12Cd", prefix: prefix))
  }

  /// A writer killed and not yet reaped (a zombie) writes nothing more: its file is abandoned,
  /// while a live writer's is not.
  @Test func temporaryFilesOfZombiesAreAbandonedAndOfLiveProcessesNot() throws {
    func spawn(_ arguments: [String]) throws -> pid_t {
      var pid: pid_t = 0
      let argv = arguments.map { strdup($0) } + [nil]
      defer { for argument in argv { free(argument) } }
      #expect(posix_spawn(&pid, arguments[0], nil, nil, argv, environ) == 0)
      return pid
    }
    let prefix = AtomicFileWriter.temporaryPrefix("x.png")
    let live = try spawn(["/bin/sleep", "30"])
    let ended = try spawn(["/bin/true"])
    defer {
      kill(live, SIGKILL)
      var status: Int32 = 0
      waitpid(live, &status, 0)
    }
    // Not reaped yet: /bin/true ends within moments and stays a zombie until waitpid.
    var state = ""
    for _ in 0..<500 where !state.hasPrefix("Z") {
      let stat = (try? String(contentsOfFile: "/proc/\(ended)/stat", encoding: .utf8)) ?? ""
      state = stat.lastIndex(of: ")").map { String(stat[stat.index($0, offsetBy: 2)...]) } ?? ""
      usleep(2_000)
    }
    #expect(state.hasPrefix("Z"), "the child never became a zombie")
    #expect(TemporaryFiles.isAbandoned(".x.png.tmp-\(ended)-Ab12Cd", prefix: prefix))
    #expect(!TemporaryFiles.isAbandoned(".x.png.tmp-\(live)-Ab12Cd", prefix: prefix))
    var status: Int32 = 0
    waitpid(ended, &status, 0)
  }

  @Test func stampNamesStayWithinTheFileNameLimit() {
    let long = "out/" + String(repeating: "é", count: 125) + "x.png"
    let stamp = BatchStamp.path(forFirstOutput: long)
    #expect(stamp.hasPrefix("out/.") && stamp.hasSuffix(".timeline-stamp"))
    #expect((stamp as NSString).lastPathComponent.utf8.count <= 255)
    #expect(stamp == BatchStamp.path(forFirstOutput: long))
    #expect(BatchStamp.path(forFirstOutput: "o/a.png") == "o/.a.timeline-stamp")
  }

  @Test func aJobMessageCarriesTheWholeJob() throws {
    var options = try RenderOptionGroup.parse(["--theme", "dark", "--dpi", "300"])
    options = try #require(options.filling("width", with: "170mm"))
    let job = BatchJob(
      input: "in/a\tb.yaml", outputs: [("o/a.png", .png), ("o/a.pdf", .pdf)], options: options,
      stamp: "o/.a.timeline-stamp")
    let data = try JSONEncoder().encode(BatchJobMessage(job, force: true))
    let message = try JSONDecoder().decode(BatchJobMessage.self, from: data)
    #expect(message.force)
    let back = try message.job()
    #expect(back.input == job.input && back.stamp == job.stamp)
    #expect(back.outputs.map(\.path) == ["o/a.png", "o/a.pdf"] && back.outputs.map(\.format) == [.png, .pdf])
    #expect(back.options.canonicalDescription == job.options.canonicalDescription)
    #expect(back.options.canonicalDescription == "width=170mm;dpi=300.0;theme=dark")
  }
}
