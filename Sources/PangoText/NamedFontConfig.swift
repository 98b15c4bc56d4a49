import CPangoCairo
import Foundation
import TextGrammar

/// A private fontconfig configuration holding only the fonts of a few families, and the
/// characters they cover between them.
///
/// fontconfig sorts every installed font each time Pango needs a font set (every new size,
/// weight and surface), and with Noto's 268 files that was about 40 ms of every process.
/// A configuration of the folders that hold the named families (Inter, DejaVu Sans) sorts a
/// few dozen fonts instead. It reads the system's font caches, so it costs no font scanning.
final class NamedFontConfig {
  let config: OpaquePointer
  private let coverage: OpaquePointer

  /// The configuration for `families` (fontconfig names), or `nil` when none is installed.
  init?(families: [String]) {
    guard let system = FcConfigGetCurrent() else { return nil }
    var folders: [String] = []
    for family in families {
      for file in Self.files(of: family, in: system) {
        let folder = (file as NSString).deletingLastPathComponent
        if !folders.contains(folder) { folders.append(folder) }
      }
    }
    guard !folders.isEmpty, let config = FcConfigCreate() else { return nil }
    var xml = "<?xml version=\"1.0\"?><fontconfig>"
    for folder in folders { xml += "<dir>\(XMLText.escaped(folder))</dir>" }
    if let caches = FcConfigGetCacheDirs(system) {
      while let next = FcStrListNext(caches) { xml += "<cachedir>\(XMLText.escaped(String(cString: next)))</cachedir>" }
      FcStrListDone(caches)
    }
    xml += "</fontconfig>"
    guard FcConfigParseAndLoadFromMemory(config, xml, 0) != 0, FcConfigBuildFonts(config) != 0,
      let fonts = FcConfigGetFonts(config, FcSetSystem), fonts.pointee.nfont > 0, let union = FcCharSetCreate()
    else {
      FcConfigDestroy(config)
      return nil
    }
    for index in 0..<Int(fonts.pointee.nfont) {
      var charset: OpaquePointer?
      if let font = fonts.pointee.fonts[index], FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) == FcResultMatch {
        FcCharSetMerge(union, charset, nil)
      }
    }
    self.config = config
    self.coverage = union
  }

  deinit {
    FcCharSetDestroy(coverage)
    FcConfigDestroy(config)
  }

  /// Whether the fonts here have a glyph for every character of `text` (controls aside).
  func covers(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.value < 0x20 || FcCharSetHasChar(coverage, $0.value) != 0 }
  }

  private static func files(of family: String, in config: OpaquePointer) -> [String] {
    guard let pattern = FcPatternCreate() else { return [] }
    defer { FcPatternDestroy(pattern) }
    FcPatternAddString(pattern, FC_FAMILY, family)
    guard let objects = FcObjectSetCreate() else { return [] }
    defer { FcObjectSetDestroy(objects) }
    FcObjectSetAdd(objects, FC_FILE)
    guard let list = FcFontList(config, pattern, objects) else { return [] }
    defer { FcFontSetDestroy(list) }
    return (0..<Int(list.pointee.nfont)).compactMap { index in
      var file: UnsafeMutablePointer<FcChar8>?
      guard let font = list.pointee.fonts[index], FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch,
        let file
      else { return nil }
      return String(cString: file)
    }
  }

}
