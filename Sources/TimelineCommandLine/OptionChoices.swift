import ArgumentParser
import TimelineLayout
import TimelineModel
import TimelineRendering

/// A render option with a fixed set of values: typed, so that `--help` and shell completions
/// list the values and a wrong one is refused (exit 64) with them. Read case-insensitively,
/// as the flags always were.
protocol OptionChoice: RawRepresentable<String>, ExpressibleByArgument, CaseIterable, Sendable {}

extension OptionChoice {
  init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }

  /// The values, as help and error messages list them: `light, dark or print`.
  static var valueList: String {
    let values = allCases.map(\.rawValue)
    return values.dropLast().joined(separator: ", ") + (values.count > 1 ? " or " : "") + (values.last ?? "")
  }
}

/// `--input-format`.
enum InputFormatChoice: String, OptionChoice {
  case json, yaml, csv, timelinejs, markwhen

  var format: InputFormat? { InputFormat(rawValue: rawValue) }
}

/// `--theme`.
enum ThemeChoice: String, OptionChoice {
  case light, dark, print

  var theme: Theme? { Theme.named(rawValue) }
}

/// `--orientation`.
enum OrientationChoice: String, OptionChoice {
  case horizontal, vertical

  var orientation: Orientation? { Orientation(rawValue: rawValue) }
}

/// `--breaks`.
enum BreaksChoice: String, OptionChoice {
  case none, auto

  var mode: AxisBreakMode? { AxisBreakMode(rawValue: rawValue) }
}

/// `--background`.
enum BackgroundChoice: String, OptionChoice {
  case theme, transparent
}

/// `--group-by`.
enum GroupByChoice: String, OptionChoice {
  case none, category

  var grouping: Grouping? { Grouping(rawValue: rawValue) }
}

/// `--page`.
enum PageChoice: String, OptionChoice {
  case a3, a4, a5, letter, legal

  var page: PageSize? { PageSize.named(rawValue) }
}
