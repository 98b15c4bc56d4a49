import ArgumentParser
import Foundation

/// `timeline schema`: prints the JSON Schema of the event format, for editors to validate
/// and complete event files (the same file is `Sources/TimelineCommandLine/Resources/timeline.schema.json`).
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema", abstract: "Print the JSON Schema of the event file format.")

  func run() throws {
    if case .failed = StandardStreams.writeStandardOutput(Data(PackageResources.timeline_schema_json)) {
      throw CommandFailure(ExitStatus.ioError, "error: <stdout>: writing failed").exit()
    }
  }
}
