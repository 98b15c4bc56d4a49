import ArgumentParser
import Foundation
import TimelineCommandCore
import TimelineModel

/// `timeline schema`: prints the JSON Schema of the event format, for editors to validate
/// and complete event files (the same file is `Sources/TimelineModel/Resources/timeline.schema.json`).
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema", abstract: "Print the JSON Schema of the event file format.")

  func run() throws {
    if case .failed = StandardStreams.writeStandardOutput(TimelineSchema.data) {
      throw CommandFailure(ExitStatus.ioError, "error: <stdout>: writing failed").exit()
    }
  }
}
