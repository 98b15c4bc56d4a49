import Foundation
import TimelineModel

/// Loading an event file the way every command does.
package enum EventFile {
  /// Decodes and validates `data`; a failure is exit 65 with every diagnostic as a line.
  package static func load(_ data: Data, name: String, format: InputFormat? = nil) throws(CommandFailure)
    -> LoadedTimeline
  {
    do {
      return try TimelineLoader.load(data: data, fileName: name, format: format)
    } catch {
      throw CommandFailure(ExitStatus.dataError, error.diagnostics.map(\.description))
    }
  }
}
