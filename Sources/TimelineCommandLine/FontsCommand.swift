import ArgumentParser
import Foundation
import PangoText
import TimelineCommandCore
import TimelineLayout
import TimelineModel
import TimelineRendering
import Timelines

/// `timeline fonts [FILE...]`: the fonts a render would use and, for each file, the characters
/// no installed font covers (the check behind a render's missing-glyph warning).
struct FontsCommand: FailureReportingCommand {
  static let configuration = CommandConfiguration(
    commandName: "fonts",
    abstract: "List the fonts a render uses, and the characters of event files no installed font has.")

  @Argument(help: "Event files to check, or - for stdin.")
  var inputs: [String] = []

  func execute() throws(CommandFailure) {
    guard InstalledFonts.available else {
      throw CommandFailure(
        ExitStatus.unavailable, "error: no fonts are installed, so no text can be set; \(InstalledFonts.installHint)")
    }
    var lines = FontReport.themeLines(family: Theme.light.fontFamily)
    var worst = ExitStatus.ok
    for input in inputs {
      let name = input == "-" ? "<stdin>" : input
      do {
        let data = try InputReader.read(input)
        let timeline = try TimelineLoader.load(data: data, fileName: name).timeline
        lines.append(FontReport.coverageLine(for: timeline, file: name))
      } catch let failure as CommandFailure {
        for line in failure.lines { StandardStreams.printError(line) }
        worst = max(worst, failure.status)
      } catch let error as TimelineLoadError {
        for diagnostic in error.errors { StandardStreams.printError(diagnostic.description) }
        worst = max(worst, ExitStatus.dataError)
      } catch {
        StandardStreams.printError("error: \(name): \(error)")
        worst = max(worst, ExitStatus.dataError)
      }
    }
    if case .failed = StandardStreams.writeStandardOutput(Data((lines.joined(separator: "\n") + "\n").utf8)) {
      throw CommandFailure(ExitStatus.ioError, "error: <stdout>: writing failed")
    }
    if worst != ExitStatus.ok { throw CommandFailure(worst, []) }
  }
}

/// The text `timeline fonts` prints.
enum FontReport {
  /// The theme's families, each with the font fontconfig gives it for regular and bold text:
  ///
  /// ```text
  /// fonts a render uses (Inter, DejaVu Sans, Noto Sans; 312 font faces installed):
  ///   Inter: Inter Regular (/usr/share/fonts/…/Inter-Regular.otf), Inter Bold (…)
  ///   Noto Sans: not installed (fontconfig gives DejaVu Sans)
  /// ```
  static func themeLines(family list: String) -> [String] {
    let families = FontSpec.familyNames(in: list).filter { !$0.isEmpty }
    var lines = [
      "fonts a render uses (\(families.joined(separator: ", ")); \(InstalledFonts.count) font faces installed):"
    ]
    for family in families {
      let faces = [false, true].compactMap { InstalledFonts.match(family: family, bold: $0) }
      if let first = faces.first, !first.isRequestedFamily {
        lines.append("  \(family): not installed (fontconfig gives \(first.family))")
      } else {
        lines.append("  \(family): " + faces.map { "\($0.family) \($0.style) (\($0.file))" }.joined(separator: ", "))
      }
    }
    lines.append("  other characters: any installed font that has them")
    return lines
  }

  /// Which fonts `timeline`'s texts need, and the characters none has:
  /// `FILE: no installed font has 中 (U+4E2D), …; install fonts-noto-cjk`.
  static func coverageLine(for timeline: Timeline, file: String) -> String {
    let missing = GlyphCoverage.uncovered(in: timeline.drawnTexts)
    if !missing.isEmpty {
      return "\(file): no installed font has \(MissingGlyphs.listed(missing, upTo: 40)); they are drawn as empty "
        + "boxes (install \(MissingGlyphs.packages(for: missing)))"
    }
    if PangoTextMeasurer.fontSource(for: timeline.texts) == .namedFamilies {
      return "\(file): every character is in the theme's fonts"
    }
    return "\(file): every character is in an installed font, some outside the theme's fonts"
  }
}
