import Foundation
import Testing

@testable import PangoText

/// The record of where the quick families live: read back as written, refused when made under
/// another configuration or when anything it watched has changed since.
@Suite struct FontFolderCacheTests {
  let key = FontFolderCache.key(families: ["Inter", "DejaVu Sans"], environment: ["HOME": "/home/a"])

  private func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("font-cache-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.path
  }

  @Test func aRecordReadsBackAsWritten() throws {
    let record = FontFolderCache(
      folders: ["/usr/share/fonts/opentype/inter", "/fonts with spaces/dejavu"],
      cacheFolders: ["/var/cache/fontconfig"],
      watched: [("/etc/fonts", 1_764_528_000_123_456_789), ("/root/.fonts", nil)])
    let text = try #require(record.text(key: key))
    #expect(FontFolderCache.parse(text, key: key) == record)
    #expect(FontFolderCache.parse(text, key: key + "x") == nil)
    #expect(FontFolderCache.parse("timeline-font-folders 0\n" + text.drop { $0 != "\n" }.dropFirst(), key: key) == nil)
    #expect(FontFolderCache.parse(text + "watch soon /x\n", key: key) == nil)
    #expect(FontFolderCache.parse(text + "unknown line\n", key: key) == nil)
    var broken = record
    broken.folders.append("/a\nfolder /evil")
    #expect(broken.text(key: key) == nil)
  }

  @Test func theKeyFollowsTheVariablesThatChooseTheConfiguration() {
    let base = ["HOME": "/home/a"]
    for variable in ["FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "XDG_CONFIG_HOME", "XDG_DATA_HOME"] {
      var changed = base
      changed[variable] = "/elsewhere"
      #expect(
        FontFolderCache.key(families: ["Inter"], environment: changed)
          != FontFolderCache.key(families: ["Inter"], environment: base))
    }
    #expect(
      FontFolderCache.key(families: ["Inter"], environment: base + ["LANG": "C"])
        == FontFolderCache.key(families: ["Inter"], environment: base))
    #expect(
      FontFolderCache.recordPath(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]) == "/c/timeline/font-folders-1")
    #expect(
      FontFolderCache.recordPath(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"])
        == "/h/.cache/timeline/font-folders-1")
    #expect(FontFolderCache.recordPath(environment: [:]) == nil)
  }

  /// A font added to a watched folder, or a configuration created where there was none, makes
  /// the record stale; an untouched one is current.
  @Test func aChangeToAnythingWatchedMakesTheRecordStale() throws {
    let folder = try temporaryFolder()
    let fonts = folder + "/fonts"
    let userConfig = folder + "/fonts.conf"
    try FileManager.default.createDirectory(atPath: fonts, withIntermediateDirectories: true)
    let record = FontFolderCache(
      folders: [fonts], cacheFolders: [],
      watched: [fonts, userConfig].map { ($0, FontFolderCache.modificationTime(of: $0)) })
    #expect(record.watched[1].modified == nil)
    let path = folder + "/cache/timeline/font-folders-1"
    record.write(to: path, key: key)
    #expect(FontFolderCache.current(at: path, key: key) == record)
    #expect(FontFolderCache.current(at: path, key: "another") == nil)

    #expect(FileManager.default.createFile(atPath: userConfig, contents: Data("<fontconfig/>".utf8)))
    #expect(FontFolderCache.current(at: path, key: key) == nil)
    try FileManager.default.removeItem(atPath: userConfig)
    #expect(FontFolderCache.current(at: path, key: key) == record)

    Thread.sleep(forTimeInterval: 0.05)
    #expect(FileManager.default.createFile(atPath: fonts + "/New.ttf", contents: Data()))
    #expect(FontFolderCache.current(at: path, key: key) == nil)
  }

  /// Found in the system's configuration: the folders of the installed quick families, which
  /// build the same private configuration as the record read back.
  @Test func theSystemsFoldersAreFoundAndWatched() throws {
    let system = try #require(SystemFontConfig.config)
    let environment = ["HOME": "/nonexistent-home"]
    let record = try #require(
      FontFolderCache.discover(families: ["Inter", "DejaVu Sans"], in: system, environment: environment))
    #expect(record.folders.contains { $0.lowercased().contains("dejavu") })
    #expect(record.watched.contains { $0.path == "/nonexistent-home/.fonts.conf" && $0.modified == nil })
    #expect(record.watched.contains { $0.path.hasSuffix("fonts.conf") && $0.modified != nil })
    for folder in record.folders { #expect(record.watched.contains { $0.path == folder }, "\(folder)") }
    let text = try #require(record.text(key: key))
    let back = try #require(FontFolderCache.parse(text, key: key))
    let direct = try #require(NamedFontConfig(record))
    let read = try #require(NamedFontConfig(back))
    for scalar in "Almaty Алматы ก東".unicodeScalars {
      #expect(direct.covers(scalar) == read.covers(scalar), "\(scalar)")
    }
    #expect(direct.covers("Алматы") && !direct.covers("東"))
  }
}

extension Dictionary where Key == String, Value == String {
  fileprivate static func + (a: Self, b: Self) -> Self { a.merging(b) { $1 } }
}
