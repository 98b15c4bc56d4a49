import ArgumentParser
import TimelineRendering

/// `-T png,svg`: one or more output formats, comma-separated (any case), each kept once, in the
/// order given.
package struct FormatList: ExpressibleByArgument, Equatable, Sendable {
  /// The formats, without repeats.
  package var formats: [OutputFormat]

  package init?(argument: String) {
    var result: [OutputFormat] = []
    for name in argument.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
      guard let format = OutputFormat(rawValue: name) else { return nil }
      if !result.contains(format) { result.append(format) }
    }
    guard !result.isEmpty else { return nil }
    formats = result
  }

  /// The formats, as help lists them: `png, svg, pdf`.
  package static var valueList: String { OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") }
}
