import Foundation
import Testing
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineTestSupport
import Timelines

/// The README's LaTeX and DOCX recipes, tried: a `--width 120mm --dpi 300` PNG placed without a
/// width comes out 120 mm wide. Each test runs where its tool is installed (`pdflatex` from
/// texlive-latex-base, `pandoc` and `unzip`; none is in the CI install) and is skipped, saying
/// so, elsewhere.
@Suite struct EmbeddingRecipeTests {
  static func installed(_ tool: String) -> Bool {
    ["/usr/bin", "/usr/local/bin"].contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
  }

  /// The seed at 120 mm and 300 dpi, written into a fresh folder as `figure.png`.
  static func figure() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("embedding-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var renderer = TimelineRenderer()
    renderer.layoutOptions.width = 120 / 25.4 * 96
    renderer.renderOptions.scale = 300.0 / 96
    try renderer.render(try RepositoryFiles.seedTimeline(), as: .png).write(
      to: folder.appendingPathComponent("figure.png"))
    return folder
  }

  static func run(_ tool: String, _ arguments: [String], in folder: URL) throws -> Subprocess.Result {
    try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), [tool] + arguments, in: folder)
  }

  @Test(.enabled(if: installed("pdflatex"), "pdflatex is not installed (Debian: texlive-latex-base)"))
  func pdflatexPrintsThePNGAtItsWidth() throws {
    let folder = try Self.figure()
    defer { try? FileManager.default.removeItem(at: folder) }
    let document =
      "\\documentclass{article}\\usepackage{graphicx}\\begin{document}\\includegraphics{figure.png}\\end{document}\n"
    try Data(document.utf8).write(to: folder.appendingPathComponent("doc.tex"))
    _ = try Self.run("pdflatex", ["-interaction=nonstopmode", "doc.tex"], in: folder)
    // pdftex logs the size it placed the image at: `<figure.png, id=1, 341.5962pt x …>`, in
    // TeX points (72.27 to the inch).
    let log = String(decoding: try Data(contentsOf: folder.appendingPathComponent("doc.log")), as: UTF8.self)
    let match = try #require(log.firstMatch(of: /<figure\.png, id=\d+, ([0-9.]+)pt x/))
    let millimetres = try #require(Double(match.output.1)) / 72.27 * 25.4
    #expect(abs(millimetres - 120) < 0.2, "placed \(millimetres) mm wide")
  }

  @Test(.enabled(if: installed("pandoc") && installed("unzip"), "pandoc or unzip is not installed"))
  func pandocDOCXSizesThePNGAtItsWidth() throws {
    let folder = try Self.figure()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("![The seed](figure.png)\n".utf8).write(to: folder.appendingPathComponent("report.md"))
    #expect(try Self.run("pandoc", ["report.md", "-o", "report.docx"], in: folder).status == 0)
    let xml = try Self.run("unzip", ["-p", "report.docx", "word/document.xml"], in: folder).output
    // The drawing's extent, in EMU: 36,000 to the millimetre.
    let match = try #require(xml.firstMatch(of: /<wp:extent cx="(\d+)"/))
    let millimetres = try #require(Double(match.output.1)) / 36_000
    #expect(abs(millimetres - 120) < 0.2, "extent \(millimetres) mm wide")
  }
}
