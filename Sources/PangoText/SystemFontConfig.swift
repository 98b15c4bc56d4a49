import CPangoCairo
import Foundation

/// The system's fontconfig configuration (`/etc/fonts/fonts.conf` and everything it includes,
/// every installed font), loaded the first time something needs it and kept for the process.
///
/// Loading it parses about fifty configuration files and the caches of every font folder:
/// some 28 M instructions, a fifth of a small render's start-up. A render whose texts the
/// quick families cover never needs it: their folders come from ``FontFolderCache``, and
/// ``installQuickCurrent()`` makes their private configuration fontconfig's current one, so
/// Pango's own initialisation (which loads the current configuration on a thread of its own
/// and waits for it before the first font) does not load the system's either. Everything that
/// asks about all installed fonts — ``FontSource/system`` font maps, ``InstalledFonts``,
/// ``GlyphCoverage``, font matching — uses this configuration by name, never fontconfig's
/// current one, so the answer is the same whichever configuration is current.
enum SystemFontConfig {
  /// The system configuration, or `nil` if fontconfig could not load one.
  static var config: OpaquePointer? { holder.config }

  private static let holder = Holder()

  /// Loads on first use; fontconfig configurations are reference counted and safe to read
  /// from several threads once built.
  private final class Holder: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded = false
    private var value: OpaquePointer?

    var config: OpaquePointer? {
      lock.lock()
      defer { lock.unlock() }
      if !loaded {
        loaded = true
        value = FcInitLoadConfigAndFonts()
      }
      return value
    }
  }

  /// Makes `config` fontconfig's current configuration, once, before Pango's first font map
  /// exists. Later calls do nothing, so the current configuration never changes under a
  /// font map in use.
  static func installCurrent(_ config: OpaquePointer?) {
    current.install(config)
  }

  private static let current = CurrentInstaller()

  private final class CurrentInstaller: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false

    func install(_ config: OpaquePointer?) {
      lock.lock()
      defer { lock.unlock() }
      guard !done else { return }
      done = true
      if let config { FcConfigSetCurrent(config) }
    }
  }
}
