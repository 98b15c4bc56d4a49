import Foundation
import Testing
import TimelineSynthetic

/// Issue 10 item 7: every worst-case family at a moderate size (2 MiB, 2,000 events), each
/// rendered by the real binary under resource caps set with `ulimit` (setrlimit) in the child:
/// 1 GiB of address space and 60 s of CPU. Linear code needs a fraction of both; the
/// quadratic code these cases were found with needed gigabytes (nesting, aliases) or minutes
/// (categories, Markwhen groups and descriptions), so a regression fails loudly here, killed by
/// the kernel, not by a timer in the test.
@Suite(.serialized) struct WorstCaseUnderCapTests: RunsTheBinary {
  static let addressSpaceKiB = 1_048_576
  static let cpuSeconds = 60

  static let cases = WorstCaseInputs.all(size: .moderate)

  /// What the stderr of a case past a limit must say.
  static func expectedMessage(_ name: String) -> String? {
    switch name {
    case let name where name.hasPrefix("values-past"): "more than 500000 values"
    case let name where name.hasPrefix("categories") && name != "categories-within.yaml":
      "a timeline is limited to 1000"
    case "groups.markwhen": "a timeline is limited to 1000"
    case let name where name.hasPrefix("nesting-past"): "nest more than 256 levels"
    case let name where name.hasPrefix("aliases-") && !["aliases-within.yaml", "aliases-merges.yaml"].contains(name):
      "aliases expand this document past"
    case "descriptions.markwhen": "fields are limited to 10000"
    case let name where name.hasPrefix("events."): "a timeline is limited to 10000"
    default: nil
    }
  }

  func runCapped(_ arguments: [String], in folder: URL) throws -> Run {
    let limits = "ulimit -v \(Self.addressSpaceKiB) && ulimit -t \(Self.cpuSeconds) && exec \"$0\" \"$@\""
    // A case killed by a cap ends with 128 + the signal.
    let shell = URL(fileURLWithPath: "/bin/sh")
    return try run(["-c", limits, Self.binary.path] + arguments, in: folder, executable: shell)
  }

  @Test func everyFamilyIsGenerated() {
    #expect(Set(Self.cases.map(\.family)) == Set(WorstCaseInputs.families))
    #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
  }

  @Test(arguments: cases.map(\.name))
  func eachCaseEndsCleanlyUnderTheCaps(name: String) throws {
    let input = try #require(Self.cases.first { $0.name == name })
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(input.bytes).write(to: folder.appendingPathComponent(input.fileName))
    let output = "out.\(input.output)"
    let run = try runCapped(["render", input.fileName, "-o", output] + input.arguments, in: folder)
    #expect(run.status == 0 || run.status == 65, "\(name): status \(run.status) (killed by a cap?) \(run.stderr)")
    if let message = Self.expectedMessage(name) {
      #expect(run.status == 65, "\(name): \(run.stderr)")
      #expect(run.stderr.contains(message), "\(name): \(run.stderr)")
      // file:line:column, then the message.
      #expect(run.stderr.contains("error: \(input.fileName):"), "\(name): \(run.stderr)")
    } else if input.family == "output", run.status == 65 {
      #expect(run.stderr.contains("over the limit of"), "\(name): \(run.stderr)")
    } else {
      #expect(run.status == 0, "\(name): \(run.stderr)")
      let written = try Data(contentsOf: folder.appendingPathComponent(output))
      #expect(written.count > 1_000)
    }
    if run.status != 0 {
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).path))
    }
  }
}
