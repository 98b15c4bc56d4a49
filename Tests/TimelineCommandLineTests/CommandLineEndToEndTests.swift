import Cairo
import Foundation
import Testing
import TimelineTestSupport

/// Runs `timeline` commands as a user would, parsed and run inside the test process (see
/// ``BinaryEndToEndTests`` for what needs the binary).
@Suite struct CommandLineEndToEndTests: RunsInProcess {
  var seedPath: String { RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path }

  @Test(arguments: [("png", [0x89, 0x50, 0x4E, 0x47]), ("svg", Array("<?xm".utf8)), ("pdf", Array("%PDF".utf8))])
  func rendersEachFormat(format: String, magic: [UInt8]) throws {
    let folder = try temporaryFolder()
    let result = try run(["render", seedPath, "-o", "out.\(format)"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let data = try Data(contentsOf: folder.appendingPathComponent("out.\(format)"))
    #expect(Array(data.prefix(4)) == magic)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
  }

  @Test func severalOutputsAndFormatOverride() throws {
    let folder = try temporaryFolder()
    let result = try run(
      ["render", seedPath, "-o", "a.png", "-o", "b.pdf", "--width", "1000", "--scale", "2"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let image = try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("a.png")))
    #expect(image.width == 2000)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("b.pdf").path))
    let forced = try run(["render", seedPath, "-o", "picture.img", "-Tsvg"], in: folder)
    #expect(forced.status == 0, "\(forced.stderr)")
    let svg = try Data(contentsOf: folder.appendingPathComponent("picture.img"))
    #expect(String(decoding: svg.prefix(5), as: UTF8.self) == "<?xml")
  }

  @Test func writesToStdout() throws {
    let folder = try temporaryFolder()
    let svg = try run(["render", seedPath, "-o", "-", "-T", "svg"], in: folder)
    #expect(svg.status == 0, "\(svg.stderr)")
    #expect(String(decoding: svg.stdout.prefix(5), as: UTF8.self) == "<?xml")
    // Without -o, a non-terminal stdout gets a PNG.
    let png = try run(["render", seedPath], in: folder)
    #expect(png.status == 0, "\(png.stderr)")
    #expect(try ImageSurface(png: png.stdout).width == 1600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func aBadFileExits65NamingFileAndLineAndLeavesNoOutput() throws {
    let folder = try temporaryFolder()
    let bad = """
      title: Bad
      events:
        - title: Fine
          date: 2022-02-30
        - title: Also bad
          date: 2022-13-01
      """
    try Data(bad.utf8).write(to: folder.appendingPathComponent("bad events.yaml"))
    let existing = Data("keep me".utf8)
    try existing.write(to: folder.appendingPathComponent("old.png"))
    let result = try run(["render", "bad events.yaml", "-o", "new.svg", "-o", "old.png"], in: folder)
    #expect(result.status == 65)
    #expect(result.stderr.contains("error: bad events.yaml:4:11: events[0].date: \"2022-02-30\" is not a date"))
    #expect(result.stderr.contains("bad events.yaml:6:11: events[1].date"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.svg").path))
    #expect(try Data(contentsOf: folder.appendingPathComponent("old.png")) == existing)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bad events.yaml", "old.png"])
  }

  @Test func jsonErrorsCarryLineAndColumn() throws {
    let folder = try temporaryFolder()
    try Data("{\n  \"events\": [\n    { \"date\": \"2022-02-30\", \"title\": \"x\" }\n  ]\n}\n".utf8)
      .write(to: folder.appendingPathComponent("bad.json"))
    let result = try run(["validate", "bad.json"], in: folder)
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("error: bad.json:3:15: events[0].date:"))
  }

  @Test func usageAndEnvironmentErrorsUseSysexits() throws {
    let folder = try temporaryFolder()
    #expect(try run(["render", seedPath, "-o", "x.png", "--width", "nan"], in: folder).status == 64)
    #expect(try run(["render", seedPath, "-o", "x.png", "--width", "10"], in: folder).status == 64)
    #expect(try run(["render", seedPath, "-o", "x.png", "--scale", "20"], in: folder).status == 64)
    #expect(try run(["render", seedPath, "-o", "x.gif"], in: folder).status == 64)
    let missing = try run(["render", "nowhere.yaml", "-o", "x.png"], in: folder)
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("nowhere.yaml"))
    #expect(try run(["render", folder.path, "-o", "x.png"], in: folder).status == 66)
    let noFolder = try run(["render", seedPath, "-o", "missing/x.png"], in: folder)
    #expect(noFolder.status == 73)
    #expect(noFolder.stderr.contains("does not exist"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func validateAcceptsTheSeed() throws {
    let result = try run(["validate", seedPath], in: try temporaryFolder())
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
  }
}

extension CommandLineEndToEndTests {
  @Test func exportsTheLayoutAsJSON() throws {
    let folder = try temporaryFolder()
    let result = try run(["render", seedPath, "-o", "seed.layout.json", "-o", "seed.png", "-v"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("layout: wrapped onto several lines"))
    let data = try Data(contentsOf: folder.appendingPathComponent("seed.layout.json"))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let canvas = try #require(root["canvas"] as? [String: Double])
    #expect(canvas["width"] == 1600)
    let image = try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("seed.png")))
    #expect(canvas["height"] == Double(image.height))
    let events = try #require(root["events"] as? [[String: Any]])
    #expect(events.map { $0["index"] as? Int } == Array(0..<8))
    for event in events {
      let label = event["label"] as? [String: Double]
      #expect(label != nil || event["cluster"] is Int, "event \(event["index"] ?? "?") has neither label nor cluster")
      if let label, let width = label["width"], let x = label["x"] {
        #expect(width > 0 && x >= 0 && x + width <= 1600)
      }
      // The lines as drawn hold the whole title (wrapped at spaces), and nothing was cut.
      let lines = try #require(event["lines"] as? [String])
      let title = try #require(event["title"] as? String)
      #expect(lines.joined(separator: " ").contains(title), "\(lines) lacks \(title)")
      #expect(event["shortened"] as? Bool == false)
    }
    #expect((root["clusters"] as? [Any])?.isEmpty == true)
    #expect(result.stderr.contains("“Protests break out over a sudden surge in LPG prices” (events[0])"))
  }
}

extension CommandLineEndToEndTests {
  @Test func rendersAVerticalList() throws {
    let folder = try temporaryFolder()
    let result = try run(
      ["render", seedPath, "-o", "list.png", "--orientation", "vertical", "--width", "900"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let image = try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("list.png")))
    #expect(image.width == 900)
    #expect(image.height > 600)
    let wrong = try run(["render", seedPath, "-o", "x.png", "--orientation", "diagonal"], in: folder)
    #expect(wrong.status == 64)
    #expect(wrong.stderr.hasPrefix("error: "))
    #expect(wrong.stderr.contains("'horizontal'") && wrong.stderr.contains("'vertical'"), "\(wrong.stderr)")
  }
}

extension CommandLineEndToEndTests {
  @Test func swimlanesAndBreaksFromTheCommandLine() throws {
    let folder = try temporaryFolder()
    let lanes = try run(["render", seedPath, "-o", "lanes.png", "--group-by", "category"], in: folder)
    #expect(lanes.status == 0, "\(lanes.stderr)")
    #expect(try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("lanes.png"))).width == 1600)
    let longPath = RepositoryFiles.url("seeds/kazakhstan-1991-2022.yaml").path
    let broken = try run(["render", longPath, "-o", "broken.layout.json", "--breaks", "auto"], in: folder)
    #expect(broken.status == 0, "\(broken.stderr)")
    #expect(try run(["render", seedPath, "-o", "x.png", "--group-by", "colour"], in: folder).status == 64)
    #expect(try run(["render", seedPath, "-o", "x.png", "--breaks", "sometimes"], in: folder).status == 64)
  }
}

extension CommandLineEndToEndTests {
  @Test func printsTheSchema() throws {
    let result = try run(["schema"], in: try temporaryFolder())
    #expect(result.status == 0)
    let schema = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(result.stdout == (try RepositoryFiles.data("Sources/TimelineModel/Resources/timeline.schema.json")))
  }
}

extension CommandLineEndToEndTests {
  @Test func devicesPipesAndOddPathsAreHandledOnPurpose() throws {
    let folder = try temporaryFolder()
    let zero = try run(["render", "/dev/zero", "-o", "x.png"], in: folder)
    #expect(zero.status == 66)
    #expect(zero.stderr.contains("not a regular file"))
    let fifo = folder.appendingPathComponent("events.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let pipe = try run(["render", fifo, "-o", "x.png"], in: folder)
    #expect(pipe.status == 66)
    let odd = "Тайм лайн — événements.yaml"
    try RepositoryFiles.data("seeds/kazakhstan-2022.yaml").write(to: folder.appendingPathComponent(odd))
    let result = try run(["render", odd, "-o", "résumé graphique.svg"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("résumé graphique.svg").path))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.png").path))
  }
}

extension CommandLineEndToEndTests {
  /// Each limit, just inside and just outside.
  @Test func limitsHoldAtTheirBoundaries() throws {
    let folder = try temporaryFolder()
    for (width, status) in [
      ("225", Int32(64)), ("226", 0), ("60mm", 0), ("59.5mm", 64), ("32767", 0), ("32768", 64), ("inf", 64), ("-1", 64),
    ] {
      let result = try run(["render", seedPath, "-o", "w.svg", "--width=\(width)"], in: folder)
      #expect(result.status == status, "--width \(width): \(result.stderr)")
    }
    for (scale, status) in [("0.09", Int32(64)), ("0.1", 0), ("10", 0), ("10.1", 64), ("nan", 64)] {
      let result = try run(["render", seedPath, "-o", "s.svg", "--width", "320", "--scale=\(scale)"], in: folder)
      #expect(result.status == status, "--scale \(scale): \(result.stderr)")
    }
    // width × scale over 32,767 pixels is refused before rendering.
    #expect(try run(["render", seedPath, "-o", "big.png", "--width", "4000", "--scale", "9"], in: folder).status == 64)
    // Files: 10 MiB is read; one byte more is refused without reading it.
    let header = Data("events:\n  - { date: 2022-01-05, title: x }\n#".utf8)
    let limit = 10 * 1024 * 1024
    var exact = header
    exact.append(Data(repeating: UInt8(ascii: "x"), count: limit - header.count))
    try exact.write(to: folder.appendingPathComponent("exact.yaml"))
    #expect(try run(["validate", "exact.yaml"], in: folder).status == 0)
    exact.append(UInt8(ascii: "x"))
    try exact.write(to: folder.appendingPathComponent("over.yaml"))
    let over = try run(["validate", "over.yaml"], in: folder)
    #expect(over.status == 65)
    #expect(over.stderr.contains("limited to 10 MiB"))
  }

  @Test func tenThousandEventsAreAcceptedAndRender() throws {
    let folder = try temporaryFolder()
    let padded = (0..<10_000).map { i -> String in
      let month = 1 + i % 12
      let day = 1 + i % 28
      return "  - { date: 2022-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day), title: Event \(i) }"
    }
    try Data(("events:\n" + padded.joined(separator: "\n") + "\n").utf8).write(
      to: folder.appendingPathComponent("many.yaml"))
    let result = try run(["render", "many.yaml", "-o", "many.png", "-v"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("too crowded to label every event"))
  }
}

extension CommandLineEndToEndTests {
  @Test func themesAndTransparentBackgrounds() throws {
    let folder = try temporaryFolder()
    for theme in ["light", "dark", "print"] {
      let result = try run(["render", seedPath, "-o", "\(theme).png", "--theme", theme], in: folder)
      #expect(result.status == 0, "\(theme): \(result.stderr)")
    }
    let clear = try run(["render", seedPath, "-o", "clear.png", "--background", "transparent"], in: folder)
    #expect(clear.status == 0)
    #expect(
      try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("clear.png"))).pixel(x: 1, y: 1)?.alpha == 0)
    #expect(try run(["render", seedPath, "-o", "x.png", "--theme", "sepia"], in: folder).status == 64)
    #expect(try run(["render", seedPath, "-o", "x.png", "--background", "pink"], in: folder).status == 64)
  }
}

extension CommandLineEndToEndTests {
  @Test func writesAltText() throws {
    let folder = try temporaryFolder()
    let result = try run(["render", seedPath, "-o", "k.png", "--alt-text", "k.txt"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent("k.txt")), as: UTF8.self)
    #expect(text.hasPrefix("Timeline: Kazakhstan’s January 2022 protests"))
    #expect(text.contains("From 2 Jan 2022 to 10 Jan 2022, 8 events."))
    #expect(text.contains("7 Jan 2022: Troops given a “shoot to kill without warning” order."))
  }
}

extension CommandLineEndToEndTests {
  @Test func physicalSizesForReports() throws {
    let folder = try temporaryFolder()
    let result = try run(
      ["render", seedPath, "-o", "r.png", "-o", "r.pdf", "--width", "170mm", "--dpi", "300"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    // 170 mm at 300 dpi is 2008 pixels; the PDF page is 170 mm (481.89 pt) wide.
    let png = try Data(contentsOf: folder.appendingPathComponent("r.png"))
    #expect(try ImageSurface(png: png).width == 2008)
    // The PNG says it is 300 dpi (11812 pixels per metre, rounded up), so 2008 pixels print 170 mm wide.
    let density = try #require(PNGChunks(png)?.physicalDensity)
    #expect(density.x == 11812 && density.y == 11812 && density.unit == 1)
    let pdf = String(decoding: try Data(contentsOf: folder.appendingPathComponent("r.pdf")), as: UTF8.self)
    #expect(pdf.contains("/MediaBox [ 0 0 481.889764"))
    #expect(try run(["render", seedPath, "-o", "x.png", "--width", "wide"], in: folder).status == 64)
    #expect(try run(["render", seedPath, "-o", "x.png", "--dpi", "0"], in: folder).status == 64)
    #expect(try run(["render", seedPath, "-o", "x.png", "--font-size", "100"], in: folder).status == 64)
    let larger = try run(["render", seedPath, "-o", "big.png", "--font-size", "24"], in: folder)
    #expect(larger.status == 0)
    let big = try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("big.png")))
    #expect(big.height > 885)
  }
}

extension CommandLineEndToEndTests {
  @Test func pdfPagesForPrint() throws {
    let folder = try temporaryFolder()
    for (page, box) in [("a4", "/MediaBox [ 0 0 595.276 841.89 ]"), ("letter", "/MediaBox [ 0 0 612 792 ]")] {
      let result = try run(["render", seedPath, "-o", "\(page).pdf", "--page", page, "--width", "170mm"], in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      let pdf = String(decoding: try Data(contentsOf: folder.appendingPathComponent("\(page).pdf")), as: UTF8.self)
      #expect(pdf.contains(box), "\(page)")
    }
    // A3 exists now (see PageOptionsTests); an unknown page is still a usage error.
    #expect(try run(["render", seedPath, "-o", "x.pdf", "--page", "a2"], in: folder).status == 64)
  }
}

extension CommandLineEndToEndTests {
  /// `--aspect 16:9` and `--height` give the canvas a fixed height; both at once is a usage error.
  @Test func fixedHeightsForSlides() throws {
    let folder = try temporaryFolder()
    let wide = try run(["render", seedPath, "-o", "slide.png", "--aspect", "16:9"], in: folder)
    #expect(wide.status == 0, "\(wide.stderr)")
    let image = try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("slide.png")))
    #expect(image.width == 1600 && image.height == 900)
    let tall = try run(["render", seedPath, "-o", "tall.png", "--height", "1200", "--width", "1000"], in: folder)
    #expect(tall.status == 0, "\(tall.stderr)")
    let tallImage = try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("tall.png")))
    #expect(tallImage.width == 1000 && tallImage.height == 1200)
    let both = try run(["render", seedPath, "-o", "x.png", "--height", "900", "--aspect", "4:3"], in: folder)
    #expect(both.status == 64)
    #expect(both.stderr.contains("--height or --aspect"))
    let bad = try run(["render", seedPath, "-o", "x.png", "--aspect", "16x9"], in: folder)
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("width:height"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.png").path))
  }
}
