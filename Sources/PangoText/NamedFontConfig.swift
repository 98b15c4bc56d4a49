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
/// It is fontconfig's current configuration (``SystemFontConfig/installCurrent(_:)``).
final class NamedFontConfig {
  let config: OpaquePointer
  private let coverage: OpaquePointer

  /// The configuration for `families` (fontconfig names), or `nil` when none is installed.
  ///
  /// Their folders come from ``FontFolderCache`` when its record is current, so that the
  /// system configuration is not loaded; otherwise from the system configuration, and the
  /// record is written for the next process.
  static func forFamilies(
    _ families: [String], environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> NamedFontConfig? {
    let key = FontFolderCache.key(families: families, environment: environment)
    let recordPath = FontFolderCache.recordPath(environment: environment)
    if let recordPath, let record = FontFolderCache.current(at: recordPath, key: key),
      let made = NamedFontConfig(record)
    {
      return made
    }
    guard let system = SystemFontConfig.config,
      let record = FontFolderCache.discover(families: families, in: system, environment: environment),
      let made = NamedFontConfig(record)
    else { return nil }
    if let recordPath { record.write(to: recordPath, key: key) }
    return made
  }

  /// The configuration of `record`'s folders, or `nil` when they hold no font.
  init?(_ record: FontFolderCache) {
    guard let config = FcConfigCreate() else { return nil }
    var xml = "<?xml version=\"1.0\"?><fontconfig>"
    for folder in record.folders { xml += "<dir>\(XMLText.escaped(folder))</dir>" }
    for folder in record.cacheFolders { xml += "<cachedir>\(XMLText.escaped(folder))</cachedir>" }
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
    text.unicodeScalars.allSatisfy { $0.value < 0x20 || covers($0) }
  }

  /// Whether a font here has a glyph for `scalar`.
  func covers(_ scalar: Unicode.Scalar) -> Bool { FcCharSetHasChar(coverage, scalar.value) != 0 }
}
