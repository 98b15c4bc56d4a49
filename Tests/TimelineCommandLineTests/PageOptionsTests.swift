import Foundation
import Testing
import TimelineTestSupport

/// `--page` and `--landscape`: the PDF's page, and a warning instead of silently tiny text.
@Suite struct PageOptionsTests: RunsInProcess {
  var seedPath: String { RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path }

  func mediaBox(_ url: URL) throws -> [Double] {
    let pdf = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    guard let start = pdf.range(of: "/MediaBox ["), let end = pdf[start.upperBound...].firstIndex(of: "]") else {
      return []
    }
    return pdf[start.upperBound..<end].split(separator: " ").compactMap { Double($0) }
  }

  @Test(arguments: [
    (["--page", "a3"], 841.89, 1190.55), (["--page", "a5"], 419.53, 595.28), (["--page", "legal"], 612.0, 1008.0),
    (["--page", "a4", "--landscape"], 841.89, 595.28), (["--page", "letter", "--landscape"], 792.0, 612.0),
  ])
  func eachPageHasItsSize(options: [String], width: Double, height: Double) throws {
    let folder = try temporaryFolder()
    let result = try run(["render", seedPath, "-o", "p.pdf", "--width", "170mm"] + options, in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let box = try mediaBox(folder.appendingPathComponent("p.pdf"))
    #expect(box.count == 4 && abs(box[2] - width) < 0.1 && abs(box[3] - height) < 0.1, "\(box)")
  }

  @Test func aFitThatLeavesReadableTextSaysNothing() throws {
    let folder = try temporaryFolder()
    let result = try run(["render", seedPath, "-o", "a4.pdf", "--page", "a4", "--width", "170mm"], in: folder)
    #expect(result.status == 0)
    #expect(!result.stderr.contains("warning"), "\(result.stderr)")
  }

  @Test func shrinkingTextBelowSixPointsWarnsAndSaysWhatToChange() throws {
    let folder = try temporaryFolder()
    // 1600 px across A5's 351 pt inside the margins: 22 %, the 13 px captions at 2.9 pt.
    let result = try run(["render", seedPath, "-o", "a5.pdf", "--page", "a5"], in: folder)
    #expect(result.status == 0)
    #expect(result.stderr.contains("warning: \(seedPath): the timeline is shrunk to 29 % to fit on the page"))
    #expect(result.stderr.contains("pt (under 6 pt)") && result.stderr.contains("--width"), "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("a5.pdf").path))
  }

  /// A 60 mm journal column: the text shrinks with the width and stays at 6 pt or more; a
  /// `--font-size` that would print under 6 pt there is refused, naming the size that reads.
  @Test func aSixtyMillimetreColumnScalesItsTextOrSaysWhichFontSizeReads() throws {
    let folder = try temporaryFolder()
    let fitted = try run(["render", seedPath, "-o", "column.pdf", "--width", "60mm"], in: folder)
    #expect(fitted.status == 0, "\(fitted.stderr)")
    let box = try mediaBox(folder.appendingPathComponent("column.pdf"))
    #expect(box.count == 4 && abs(box[2] - 60 / 25.4 * 72) < 0.1, "\(box)")
    let small = try run(["render", seedPath, "-o", "small.pdf", "--width", "60mm", "--font-size", "8"], in: folder)
    #expect(small.status == 64)
    #expect(small.stderr.contains("(60 mm) the smallest text would be 4.7 pt, under 6 pt; give --font-size 11 or more"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("small.pdf").path))
    let chosen = try run(["render", seedPath, "-o", "ok.pdf", "--width", "60mm", "--font-size", "11"], in: folder)
    #expect(chosen.status == 0, "\(chosen.stderr)")
  }

  @Test func badPageValuesAreUsageErrors() throws {
    let folder = try temporaryFolder()
    let unknown = try run(["render", seedPath, "-o", "x.pdf", "--page", "b5"], in: folder)
    #expect(unknown.status == 64)
    #expect(unknown.stderr.hasPrefix("error:") && unknown.stderr.contains("'b5'"), "\(unknown.stderr)")
    #expect(["a3", "a4", "a5", "letter", "legal"].allSatisfy { unknown.stderr.contains($0) })
    let alone = try run(["render", seedPath, "-o", "x.pdf", "--landscape"], in: folder)
    #expect(alone.status == 64)
    #expect(alone.stderr.contains("--landscape needs a --page"))
  }
}
