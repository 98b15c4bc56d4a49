import CPangoCairo

/// Which characters no installed font can draw: Pango would set them as empty boxes.
public enum GlyphCoverage {
  /// The characters of `texts` that no installed font covers, each once, in order of first
  /// appearance. Spaces, controls, format characters (joiners) and variation selectors are
  /// not drawn on their own and are skipped.
  public static func uncovered(in texts: [String]) -> [Unicode.Scalar] {
    // ASCII, nearly every character of most timelines, is remembered in two words instead
    // of a set: the 10,000-event file's megabyte of text is read in a few instructions a byte.
    var seenASCII: (low: UInt64, high: UInt64) = (0, 0)
    var seen: Set<Unicode.Scalar> = []
    var candidates: [Unicode.Scalar] = []
    for text in texts {
      for scalar in text.unicodeScalars {
        let value = scalar.value
        if value < 128 {
          let bit = UInt64(1) << (value & 63)
          if value < 64 {
            guard seenASCII.low & bit == 0 else { continue }
            seenASCII.low |= bit
          } else {
            guard seenASCII.high & bit == 0 else { continue }
            seenASCII.high |= bit
          }
        } else {
          guard seen.insert(scalar).inserted else { continue }
        }
        if isDrawn(scalar) { candidates.append(scalar) }
      }
    }
    // The quick families are installed fonts too: what they cover needs no look at the
    // system's configuration, which a render of their texts never loads otherwise.
    let engine = PangoEngine.shared
    engine.lock.lock()
    if let named = engine.namedFontConfig { candidates.removeAll { named.covers($0) } }
    engine.lock.unlock()
    guard !candidates.isEmpty else { return [] }
    var charsets: [OpaquePointer] = []
    if let config = SystemFontConfig.config, let fonts = FcConfigGetFonts(config, FcSetSystem) {
      for index in 0..<Int(fonts.pointee.nfont) {
        var charset: OpaquePointer?
        if let font = fonts.pointee.fonts[index], FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) == FcResultMatch,
          let charset
        {
          charsets.append(charset)
        }
      }
    }
    return candidates.filter { scalar in !charsets.contains { FcCharSetHasChar($0, scalar.value) != 0 } }
  }

  /// The Debian package whose fonts cover `scalar`, as a hint.
  public static func debianPackage(for scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x1100...0x11FF, 0x2E80...0x2FDF, 0x3000...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF,
      0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
      "fonts-noto-cjk"
    case 0x1F000...0x1FAFF, 0x2600...0x27BF:
      "fonts-noto-color-emoji"
    default:
      "fonts-noto-core or fonts-noto-extra"
    }
  }

  private static func isDrawn(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: return false
    default: break
    }
    let variationSelectors: [ClosedRange<UInt32>] = [0xFE00...0xFE0F, 0xE0100...0xE01EF]
    return !variationSelectors.contains { $0.contains(scalar.value) }
  }
}
