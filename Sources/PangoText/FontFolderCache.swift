import CPangoCairo
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where the quick families' fonts live, remembered between processes so that a render does
/// not load the system's fontconfig configuration just to find two folders.
///
/// The record (`$XDG_CACHE_HOME/timeline/font-folders-1`, else `~/.cache/timeline/…`) holds
/// the folders and fontconfig's cache folders, and what they were found from: fontconfig's
/// version, the environment variables that choose its configuration, and the modification
/// time of every configuration file and folder it read and of every font folder it scanned
/// (a folder's time changes when a font is added, removed or replaced — the check fontconfig's
/// own cache relies on), including the user's configuration and font folders that did not
/// exist. A record that differs in anything is ignored and written again after the system
/// configuration has been read; a record that cannot be written (no home, a read-only disk)
/// only costs the time it would have saved.
///
/// ```text
/// timeline-font-folders 1
/// key 21401 Inter,DejaVu Sans …
/// watch 1764528000123456789 /etc/fonts/conf.d
/// watch absent /root/.fonts
/// folder /usr/share/fonts/opentype/inter
/// cachedir /var/cache/fontconfig
/// ```
struct FontFolderCache: Equatable {
  /// Font folders to read, in order.
  var folders: [String]
  /// fontconfig's cache folders, so the private configuration reads the caches instead of
  /// scanning fonts.
  var cacheFolders: [String]
  /// Paths and their modification times (nanoseconds since the epoch, `nil` when absent)
  /// when the folders were found.
  var watched: [(path: String, modified: Int64?)]

  static func == (a: FontFolderCache, b: FontFolderCache) -> Bool {
    a.folders == b.folders && a.cacheFolders == b.cacheFolders
      && a.watched.elementsEqual(b.watched) { $0.path == $1.path && $0.modified == $1.modified }
  }

  static let header = "timeline-font-folders 1"

  /// The record file, or `nil` when there is no cache folder to keep it in.
  static func recordPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      return cache + "/timeline/font-folders-1"
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return home + "/.cache/timeline/font-folders-1"
  }

  /// What the record must have been made under: fontconfig's version, the families, and the
  /// variables that change which configuration fontconfig reads.
  static func key(families: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    let variables = [
      "FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
      "XDG_CACHE_HOME",
    ]
    let values = variables.map { "\($0)=\(environment[$0] ?? "")" }
    return ([String(FcGetVersion()), families.joined(separator: ",")] + values).joined(separator: "\u{1F}")
  }

  // MARK: Reading and checking

  /// The record at `path` if it was made under `key` and nothing it watched has changed.
  static func current(at path: String, key: String) -> FontFolderCache? {
    guard let data = FileManager.default.contents(atPath: path), data.count < 1 << 20,
      let text = String(data: data, encoding: .utf8)
    else { return nil }
    guard let record = parse(text, key: key), !record.folders.isEmpty else { return nil }
    for entry in record.watched where modificationTime(of: entry.path) != entry.modified { return nil }
    return record
  }

  /// The record in `text`, or `nil` if it is not one or was made under another key.
  static func parse(_ text: String, key: String) -> FontFolderCache? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    guard lines.count >= 2, lines[0] == header, lines[1] == "key " + key else { return nil }
    var record = FontFolderCache(folders: [], cacheFolders: [], watched: [])
    for line in lines.dropFirst(2) {
      if let folder = line.removingPrefix("folder ") {
        record.folders.append(folder)
      } else if let folder = line.removingPrefix("cachedir ") {
        record.cacheFolders.append(folder)
      } else if let rest = line.removingPrefix("watch "), let space = rest.firstIndex(of: " ") {
        let time = rest[..<space]
        let path = String(rest[rest.index(after: space)...])
        if time == "absent" {
          record.watched.append((path, nil))
        } else if let nanoseconds = Int64(time) {
          record.watched.append((path, nanoseconds))
        } else {
          return nil
        }
      } else {
        return nil
      }
    }
    return record
  }

  /// The record's text under `key`; `nil` when a path holds a line break (it could not be
  /// read back).
  func text(key: String) -> String? {
    let paths = folders + cacheFolders + watched.map(\.path) + [key]
    guard !paths.contains(where: { $0.contains("\n") || $0.contains("\r") }) else { return nil }
    var text = Self.header + "\nkey " + key + "\n"
    for entry in watched { text += "watch \(entry.modified.map(String.init) ?? "absent") \(entry.path)\n" }
    for folder in folders { text += "folder \(folder)\n" }
    for folder in cacheFolders { text += "cachedir \(folder)\n" }
    return text
  }

  /// Writes the record to `path` through a temporary file and a rename, so that processes
  /// reading it at the same time see the old record or the new one; failures are ignored.
  func write(to path: String, key: String) {
    guard let text = text(key: key) else { return }
    let folder = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let temporary = path + ".tmp-\(getpid())"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else { return }
    if rename(temporary, path) != 0 { unlink(temporary) }
  }

  // MARK: Finding the folders

  /// The folders of `families` in `system`, with what to watch; `nil` when none is installed.
  static func discover(families: [String], in system: OpaquePointer, environment: [String: String]) -> FontFolderCache?
  {
    var folders: [String] = []
    for family in families {
      for file in files(of: family, in: system) {
        let folder = (file as NSString).deletingLastPathComponent
        if !folders.contains(folder) { folders.append(folder) }
      }
    }
    guard !folders.isEmpty else { return nil }
    var watchedPaths: [String] = []
    var seen: Set<String> = []
    func watch(_ path: String) {
      if seen.insert(path).inserted { watchedPaths.append(path) }
    }
    for file in strings(FcConfigGetConfigFiles(system)) {
      watch(file)
      watch((file as NSString).deletingLastPathComponent)
    }
    for folder in strings(FcConfigGetConfigDirs(system)) + strings(FcConfigGetFontDirs(system)) { watch(folder) }
    for path in userConfigurationPaths(environment: environment) { watch(path) }
    return FontFolderCache(
      folders: folders, cacheFolders: strings(FcConfigGetCacheDirs(system)),
      watched: watchedPaths.map { ($0, modificationTime(of: $0)) })
  }

  /// Where fontconfig looks for a user's configuration (conf.d/50-user.conf), present or not:
  /// creating one must make the record stale.
  static func userConfigurationPaths(environment: [String: String]) -> [String] {
    var paths: [String] = []
    let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      paths.append(config + "/fontconfig")
    } else if let home {
      paths.append(home + "/.config/fontconfig")
    }
    if let first = paths.first { paths += [first + "/conf.d", first + "/fonts.conf"] }
    if let home { paths += [home + "/.fonts.conf", home + "/.fonts.conf.d"] }
    return paths
  }

  /// The modification time of `path` in nanoseconds, `nil` when it does not exist.
  static func modificationTime(of path: String) -> Int64? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
  }

  private static func strings(_ list: OpaquePointer?) -> [String] {
    guard let list else { return [] }
    defer { FcStrListDone(list) }
    var result: [String] = []
    while let next = FcStrListNext(list) { result.append(String(cString: next)) }
    return result
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

extension String {
  fileprivate func removingPrefix(_ prefix: String) -> String? {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
  }
}
