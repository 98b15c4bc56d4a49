import Foundation

/// poppler's command-line tools (`pdfinfo`, `pdftotext`, from Debian's `poppler-utils`), for
/// tests that read back the PDFs they made.
public enum Poppler {
  /// Whether `pdftotext` and `pdfinfo` are on the `PATH`.
  public static var isInstalled: Bool { path(of: "pdftotext") != nil && path(of: "pdfinfo") != nil }

  /// The number of pages `pdfinfo` reports for `pdf`.
  public static func pageCount(_ pdf: Data) throws -> Int? {
    let info = try run("pdfinfo", [], pdf: pdf)
    let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
    return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
  }

  /// The text of page `page` (from 1), line by line as `pdftotext` reads it, blank lines left out.
  public static func lines(_ pdf: Data, page: Int) throws -> [String] {
    try run("pdftotext", ["-f", "\(page)", "-l", "\(page)"], pdf: pdf, textOut: true)
      .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "\u{0C}" }
  }

  /// The embedded fonts `pdffonts` lists for `pdf`, as `Inter-Regular (Type 1C)`: the name
  /// without its subset tag, and the font type.
  public static func fonts(_ pdf: Data) throws -> [String] {
    let table = try run("pdffonts", [], pdf: pdf).split(separator: "\n").dropFirst(2)
    return table.compactMap { row in
      let columns = row.split(separator: " ", omittingEmptySubsequences: true)
      guard let name = columns.first?.split(separator: "+").last, columns.count >= 7 else { return nil }
      // name, then the type's words, then encoding, emb, sub, uni, object number and generation.
      let type = columns[1..<(columns.count - 6)].joined(separator: " ")
      return "\(name) (\(type))"
    }
  }

  private static func run(_ tool: String, _ arguments: [String], pdf: Data, textOut: Bool = false) throws -> String {
    guard let executable = path(of: tool) else { throw PopplerMissing(tool: tool) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("poppler-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("in.pdf")
    try pdf.write(to: file)
    return try Subprocess.run(URL(fileURLWithPath: executable), arguments + [file.path] + (textOut ? ["-"] : [])).output
  }

  private static func path(of tool: String) -> String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return folders.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Thrown when a tool is not installed.
  public struct PopplerMissing: Error, CustomStringConvertible {
    public var tool: String
    public var description: String { "\(tool) is not installed (Debian: apt-get install poppler-utils)" }
  }
}
