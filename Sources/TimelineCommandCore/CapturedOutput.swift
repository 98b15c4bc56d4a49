import Foundation

/// What a command run inside this process printed (see ``StandardStreams/capture``), and its
/// own `-q`, so that runs side by side neither mix their output nor share a verbosity.
package final class CapturedOutput: @unchecked Sendable {
  private let lock = NSLock()
  private var out = Data()
  private var err = Data()
  private var storedQuiet = false

  /// Nothing printed yet.
  package init() {}

  /// Everything written to stdout.
  package var standardOutput: Data { lock.withLock { out } }

  /// Everything written to stderr, as text.
  package var standardError: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

  /// Whether the run said `-q`.
  package var quiet: Bool {
    get { lock.withLock { storedQuiet } }
    set { lock.withLock { storedQuiet = newValue } }
  }

  /// Adds `data` to stdout, or to stderr.
  package func append(_ data: Data, toStandardError: Bool) {
    lock.withLock {
      if toStandardError { err.append(data) } else { out.append(data) }
    }
  }
}
