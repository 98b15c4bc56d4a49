import Cairo
import Foundation
import Testing
import TimelineModel
import TimelineRendering
import TimelineTestSupport
import Timelines

/// Headless Chromium, when installed (`apt-get install chromium`) and able to start.
enum HeadlessBrowser {
  static let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

  /// The first installed browser that prints its version, or `nil`.
  static let executable: URL? = candidates.lazy.map(URL.init(fileURLWithPath:)).first { url in
    guard FileManager.default.isExecutableFile(atPath: url.path) else { return false }
    return (try? run(url, ["--headless", "--no-sandbox", "--version"])) == 0
  }

  /// Why the browser tests are skipped, for the test report.
  static let skipReason: Comment =
    "no headless Chromium could start (tried \(candidates.joined(separator: ", "))); install it with apt-get install chromium"

  @discardableResult
  static func run(_ executable: URL, _ arguments: [String], output: URL? = nil) throws -> Int32 {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let output {
      _ = FileManager.default.createFile(atPath: output.path, contents: nil)
      process.standardOutput = try FileHandle(forWritingTo: output)
    } else {
      process.standardOutput = FileHandle.nullDevice
    }
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// The page's DOM after its scripts ran, as the browser serializes it.
  static func dumpDOM(html: String) throws -> String {
    let browser = try #require(executable)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("page.html")
    let dump = folder.appendingPathComponent("dom.html")
    try Data(html.utf8).write(to: page)
    let status = try run(
      browser,
      [
        "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--dump-dom", page.absoluteString,
      ], output: dump)
    #expect(status == 0)
    return String(decoding: try Data(contentsOf: dump), as: UTF8.self)
  }

  /// A screenshot of `html`, `width` × `height` CSS pixels at one device pixel each.
  static func screenshot(html: String, width: Int, height: Int) throws -> ImageSurface {
    let browser = try #require(executable)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("page.html")
    let shot = folder.appendingPathComponent("shot.png")
    try Data(html.utf8).write(to: page)
    let status = try run(
      browser,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--window-size=\(width),\(height)",
        "--screenshot=\(shot.path)", page.absoluteString,
      ])
    #expect(status == 0)
    return try ImageSurface(png: Data(contentsOf: shot))
  }
}

/// Two timelines inlined in one HTML page, drawn by a real browser: each looks like its own PNG.
@Suite(.enabled(if: HeadlessBrowser.executable != nil, HeadlessBrowser.skipReason))
struct BrowserInlineSVGTests {
  static let names = ["kazakhstan-2022", "apollo-13"]

  /// Cells of 8 × 8 pixels whose mean grey level differs by more than 40 (of 255) between
  /// the screenshot at `top` and `image`: 0 when the browser drew what cairo drew, up to
  /// antialiasing differences.
  static func differingCells(_ shot: ImageSurface, top: Int, _ image: ImageSurface) -> Int {
    func grey(_ surface: ImageSurface, _ x: Int, _ y: Int) -> Int {
      guard let p = surface.pixel(x: x, y: y) else { return 0 }
      return (Int(p.red) + Int(p.green) + Int(p.blue)) / 3
    }
    var count = 0
    for cellY in stride(from: 0, to: image.height - 7, by: 8) {
      for cellX in stride(from: 0, to: image.width - 7, by: 8) {
        var difference = 0
        for y in cellY..<(cellY + 8) {
          for x in cellX..<(cellX + 8) { difference += grey(shot, x, top + y) - grey(image, x, y) }
        }
        if abs(difference) > 40 * 64 { count += 1 }
      }
    }
    return count
  }

  static func page(_ svgs: [String]) -> String {
    "<!doctype html><html><body style=\"margin:0;background:#fff\">"
      + svgs.map { svg in
        // Inline SVG goes without its XML declaration, as a documentation site would put it.
        let start = svg.range(of: "<svg")?.lowerBound ?? svg.startIndex
        return "<div style=\"line-height:0\">" + svg[start...] + "</div>"
      }.joined() + "</body></html>"
  }

  @Test func twoInlinedTimelinesEachLookLikeTheirPNG() throws {
    let renderer = TimelineRenderer()
    var svgs: [String] = []
    var pngs: [ImageSurface] = []
    for name in Self.names {
      let path = "seeds/\(name).yaml"
      let timeline = try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
      svgs.append(String(decoding: try renderer.render(timeline, as: .svg), as: UTF8.self))
      pngs.append(try ImageSurface(png: renderer.render(timeline, as: .png)))
    }
    let width = pngs.map(\.width).max() ?? 0
    let height = pngs.map(\.height).reduce(0, +)
    let shot = try HeadlessBrowser.screenshot(html: Self.page(svgs), width: width, height: height)
    #expect(shot.width == width && shot.height == height)
    let cells = pngs.map { $0.width / 8 * ($0.height / 8) }
    let first = Self.differingCells(shot, top: 0, pngs[0])
    let second = Self.differingCells(shot, top: pngs[0].height, pngs[1])
    #expect(first * 200 < cells[0], "\(Self.names[0]): \(first) of \(cells[0]) cells differ")
    #expect(second * 200 < cells[1], "\(Self.names[1]): \(second) of \(cells[1]) cells differ")

    // The check sees a clash: with the per-document prefixes taken out, the second timeline
    // draws the first one's glyphs and differs from its PNG.
    let unprefixed = svgs.map { svg in
      svg.replacing(/(id="|#)t[0-9a-f]{8}-/) { match in match.output.1 }
    }
    let clashing = try HeadlessBrowser.screenshot(html: Self.page(unprefixed), width: width, height: height)
    let garbled = Self.differingCells(clashing, top: pngs[0].height, pngs[1])
    #expect(garbled > 4 * max(second, 10), "without prefixes \(garbled) cells differ, with them \(second)")
  }

  /// Select-all and the browser's find (Ctrl-F) on a page with the seed inlined: both reach
  /// every event title through the invisible text layer.
  @Test func selectionAndFindReachEveryTitle() throws {
    let path = "seeds/kazakhstan-2022.yaml"
    let timeline = try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
    let svg = String(decoding: try TimelineRenderer().render(timeline, as: .svg), as: UTF8.self)
    let titles = timeline.events.map(\.title)
    let json = String(decoding: try JSONEncoder().encode(titles), as: UTF8.self)
    let script = """
      <pre id="selection"></pre><pre id="found"></pre><script>
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('figure'));
      getSelection().removeAllRanges(); getSelection().addRange(range);
      document.getElementById('selection').textContent = getSelection().toString();
      getSelection().removeAllRanges();
      document.getElementById('found').textContent = \(json).map(t => window.find(t.split(' ').slice(0, 3).join(' ')) ? 1 : 0).join('');
      </script>
      """
    let body = Self.page([svg]).replacingOccurrences(of: "<div", with: "<div id=\"figure\"")
    let dom = try HeadlessBrowser.dumpDOM(html: body.replacingOccurrences(of: "</body>", with: script + "</body>"))
    func element(_ id: String) -> String {
      guard let start = dom.range(of: "<pre id=\"\(id)\">"), let end = dom[start.upperBound...].range(of: "</pre>")
      else { return "" }
      return String(dom[start.upperBound..<end.lowerBound])
    }
    let selected = element("selection").filter { !$0.isWhitespace }
    for title in titles {
      let words = title.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      #expect(selected.contains(words.filter { !$0.isWhitespace }), "not selectable: \(title)")
    }
    #expect(element("found") == String(repeating: "1", count: titles.count), "find missed a title")
  }
}
