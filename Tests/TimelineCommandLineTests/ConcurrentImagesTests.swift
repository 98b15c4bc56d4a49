import Foundation
import Testing
import TimelineCommandCore
import TimelineModel
import TimelineRendering
import TimelineScene
import TimelineTestSupport
import Timelines

/// Several formats of one scene at once (the PNG compressed on its own thread) give exactly
/// the bytes of one format at a time, in the order asked, and a PNG that cannot be drawn
/// fails alone.
@Suite struct ConcurrentImagesTests {
  @Test func theFormatsTogetherGiveTheBytesOfEachAlone() throws {
    let loaded = try TimelineLoader.load(
      data: RepositoryFiles.data("seeds/kazakhstan-2022.yaml"), fileName: "kazakhstan-2022.yaml")
    let scene = TimelineRenderer().layout(loaded.timeline).scene
    let options = RenderOptions()
    for formats in [[OutputFormat.svg, .png, .pdf], [.png, .svg], [.pdf, .png]] {
      let together = ConcurrentImages.render(formats, scene: scene, options: options)
      #expect(together.count == formats.count)
      for (format, result) in zip(formats, together) {
        let alone = try SceneRendering.render(scene, as: format, options: options)
        #expect(try result.get() == alone, "\(formats): \(format)")
      }
    }
  }

  @Test func aPNGTooLargeToDrawFailsWhileTheSVGIsWritten() throws {
    var scene = Scene(width: 30_000, height: 30_000, background: .white)
    scene.items.append(.fill(.rect(Rect(x: 10, y: 10, width: 50, height: 20)), .solid(.black)))
    let results = ConcurrentImages.render([.png, .svg], scene: scene, options: RenderOptions())
    #expect(throws: RenderError.self) { try results[0].get() }
    let svg = try results[1].get()
    #expect(String(decoding: svg.prefix(5), as: UTF8.self) == "<?xml")
  }
}
