/// The exit statuses `timeline` uses (BSD sysexits).
public enum ExitStatus {
  public static let ok: Int32 = 0
  public static let usage: Int32 = 64
  public static let dataError: Int32 = 65
  public static let noInput: Int32 = 66
  /// No usable fonts: text cannot be measured or drawn (EX_UNAVAILABLE).
  public static let unavailable: Int32 = 69
  public static let cannotCreate: Int32 = 73
  public static let ioError: Int32 = 74
}

/// A failure to report on stderr and exit with: every line is printed, then the process
/// exits with `status`.
package struct CommandFailure: Error, Equatable {
  package var status: Int32
  package var lines: [String]

  package init(_ status: Int32, _ lines: [String]) {
    self.status = status
    self.lines = lines
  }

  package init(_ status: Int32, _ line: String) {
    self.init(status, [line])
  }
}
