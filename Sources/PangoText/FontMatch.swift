import CPangoCairo

/// The installed font fontconfig picks for a family name: what Pango sets a text in when that
/// family is asked for (the first of a theme's list that is installed wins).
public struct MatchedFont: Equatable, Sendable {
  /// The family asked for: `Inter`.
  public var requested: String
  /// The family of the font found: `Inter`, or another when fontconfig fell back.
  public var family: String
  /// The face: `Regular`, `Bold`.
  public var style: String
  /// The font file.
  public var file: String
  /// The font's own version (its `head` table's revision, as fontconfig reads it): `4.000`,
  /// or `""` when the file gives none.
  public var version: String

  /// A match of `requested` to the installed `family` and `style` in `file`, at `version`.
  public init(requested: String, family: String, style: String, file: String, version: String = "") {
    self.requested = requested
    self.family = family
    self.style = style
    self.file = file
    self.version = version
  }

  /// Whether the font found is of the family asked for (fontconfig did not fall back).
  public var isRequestedFamily: Bool { family.lowercased() == requested.lowercased() }
}

extension InstalledFonts {
  /// The font fontconfig matches for `family` at a regular or bold weight, or `nil` when no
  /// font is installed at all.
  public static func match(family: String, bold: Bool = false) -> MatchedFont? {
    guard available, let config = SystemFontConfig.config, let pattern = FcPatternCreate() else { return nil }
    defer { FcPatternDestroy(pattern) }
    FcPatternAddString(pattern, FC_FAMILY, family)
    FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
    FcConfigSubstitute(config, pattern, FcMatchPattern)
    FcDefaultSubstitute(pattern)
    var result = FcResultNoMatch
    guard let found = FcFontMatch(config, pattern, &result) else { return nil }
    defer { FcPatternDestroy(found) }
    func string(_ object: String) -> String {
      var value: UnsafeMutablePointer<FcChar8>?
      guard FcPatternGetString(found, object, 0, &value) == FcResultMatch, let value else { return "" }
      return String(cString: value)
    }
    var revision: Int32 = 0
    let version =
      FcPatternGetInteger(found, FC_FONTVERSION, 0, &revision) == FcResultMatch && revision > 0
      ? String(format: "%.3f", Double(revision) / 65_536) : ""
    return MatchedFont(
      requested: family, family: string(FC_FAMILY), style: string(FC_STYLE), file: string(FC_FILE), version: version)
  }
}
