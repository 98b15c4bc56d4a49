/// One generated hostile input: the worst case of a cost family for one input format.
///
/// ```swift
/// for input in WorstCaseInputs.all(size: .atTheLimits) {
///   try Data(input.bytes).write(to: folder.appendingPathComponent(input.fileName))
/// }
/// ```
public struct WorstCaseInput: Sendable {
  /// The cost family: `nesting`, `aliases`, `categories`, `groups`, `descriptions`, `events`,
  /// `output`.
  public var family: String
  /// A unique name, also the file name without its extension (`nesting.json`).
  public var name: String
  /// The file name, whose extension picks the format.
  public var fileName: String
  /// The file's bytes.
  public var bytes: [UInt8]
  /// The extra arguments of `timeline render` (after the input and `-o`), e.g. an orientation.
  public var arguments: [String]
  /// The output format the case renders to: `svg` or `pdf`.
  public var output: String
  /// Whether the file is within the limits (it renders) or past one (a clear error, exit 65).
  public var withinLimits: Bool

  public init(
    family: String, name: String, fileName: String, bytes: [UInt8], arguments: [String] = [], output: String = "svg",
    withinLimits: Bool
  ) {
    self.family = family
    self.name = name
    self.fileName = fileName
    self.bytes = bytes
    self.arguments = arguments
    self.output = output
    self.withinLimits = withinLimits
  }
}

extension WorstCaseInput {
  /// This case, marked as past a limit.
  var past: WorstCaseInput {
    var copy = self
    copy.withinLimits = false
    return copy
  }
}

/// How large the generated inputs are.
public struct WorstCaseSize: Sendable {
  /// The bytes a file is filled to.
  public var bytes: Int
  /// The events of files meant to be within the event limit.
  public var events: Int

  public init(bytes: Int, events: Int) {
    self.bytes = bytes
    self.events = events
  }

  /// The documented limits: just under 10 MiB, 10,000 events.
  public static let atTheLimits = WorstCaseSize(bytes: 10 * 1024 * 1024 - 4096, events: 10_000)
  /// A size for tests: large enough that quadratic work shows, small enough for a debug build.
  public static let moderate = WorstCaseSize(bytes: 2 * 1024 * 1024, events: 2_000)
}
