import CPangoCairo

/// The fonts fontconfig offers this process (what every text measurement and drawing uses).
public enum InstalledFonts {
  /// How many font faces the system's fontconfig configuration knows: 0 in a slim container
  /// with no fonts installed, where no text could be measured. Loads that configuration
  /// (``SystemFontConfig``).
  public static var count: Int {
    guard let config = SystemFontConfig.config, let fonts = FcConfigGetFonts(config, FcSetSystem) else { return 0 }
    return Int(fonts.pointee.nfont)
  }

  /// Whether any font is installed at all: the quick families are (found without loading the
  /// system configuration when their folders are remembered), or the system knows any font.
  public static var available: Bool {
    let engine = PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    return engine.namedFontConfig != nil || count > 0
  }

  /// What to tell someone who has none: how to install fonts.
  public static let installHint =
    "install fonts, e.g. apt-get install fonts-dejavu-core fonts-noto-core "
    + "(scripts/install-dependencies.sh does), or point FONTCONFIG_FILE at a configuration with font folders"
}
