import Foundation

/// Runs a program to its end for a test and gives back what it printed: the one runner behind
/// the end-to-end tests, poppler, pdflatex and pandoc.
public enum Subprocess {
  /// How a run ended and what it wrote.
  public struct Result: Sendable {
    /// The exit status, or 128 + the signal that killed it (the shell's convention).
    public var status: Int32
    public var stdout: Data
    public var stderr: String

    public init(status: Int32, stdout: Data, stderr: String) {
      self.status = status
      self.stdout = stdout
      self.stderr = stderr
    }

    /// Standard output as text.
    public var output: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// Runs `executable arguments` in `folder` (this process's folder when `nil`), with
  /// `environment` added to this process's, `input` on standard input (none when `nil`), and
  /// waits for it. Both outputs are read at once, so neither can fill its pipe and stall the other.
  public static func run(
    _ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
    input: Data? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe()
    let err = Pipe()
    let inPipe = input.map { _ in Pipe() }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe ?? FileHandle.nullDevice
    try process.run()
    let errors = ErrorReader(err.fileHandleForReading)
    if let input, let inPipe {
      inPipe.fileHandleForWriting.write(input)
      try inPipe.fileHandleForWriting.close()
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = errors.wait()
    process.waitUntilExit()
    let status =
      process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    return Result(status: status, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// Reads a pipe to its end on a thread of its own.
  private final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
      Thread.detachNewThread { [self] in
        data = handle.readDataToEndOfFile()
        done.signal()
      }
    }

    func wait() -> Data {
      done.wait()
      return data
    }
  }
}
