import Foundation
import Testing
import TimelineTestSupport

/// The remembered font folders change how fast a process starts, never what it draws: the
/// first run writes the record, later runs read it, and a damaged record is ignored and
/// written again — with the same bytes out every time, and the same as the committed image.
@Suite struct FontFolderCacheEndToEndTests: RunsTheBinary {
  @Test func theRecordIsWrittenReadAndRepairedWithTheSameImages() throws {
    let folder = try temporaryFolder()
    let cache = folder.appendingPathComponent("cache")
    let record = cache.appendingPathComponent("timeline/font-folders-1")
    let seed = RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path
    let environment = ["XDG_CACHE_HOME": cache.path]
    var images: [Data] = []
    for (index, setUp) in ["none", "written", "damaged"].enumerated() {
      if setUp == "damaged" { try Data("timeline-font-folders 1\nkey x\nfolder /nowhere\n".utf8).write(to: record) }
      let result = try run(["render", seed, "-o", "out\(index).png"], in: folder, environment: environment)
      #expect(result.status == 0, "\(setUp): \(result.stderr)")
      images.append(try Data(contentsOf: folder.appendingPathComponent("out\(index).png")))
      let text = try String(contentsOf: record, encoding: .utf8)
      #expect(text.hasPrefix("timeline-font-folders 1\nkey "), "\(setUp)")
      #expect(text.contains("\nfolder /"), "\(setUp)")
      #expect(!text.contains("/nowhere"), "\(setUp)")
    }
    #expect(images.allSatisfy { $0 == images[0] })
    #expect(images[0] == (try RepositoryFiles.data("output/kazakhstan-2022.png")))
  }

  /// A cache folder that cannot be written costs the record, not the render.
  @Test func anUnwritableCacheFolderStillRenders() throws {
    let folder = try temporaryFolder()
    let blocker = folder.appendingPathComponent("not-a-folder")
    try Data("x".utf8).write(to: blocker)
    let seed = RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path
    let result = try run(["render", seed, "-o", "out.svg"], in: folder, environment: ["XDG_CACHE_HOME": blocker.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.svg").path))
  }
}
