import ArgumentParser
import TimelineLayout
import TimelineModel
import TimelineRendering

/// A render option with a fixed set of values: typed, so that `--help` and shell completions
/// list the values and a wrong one is refused (exit 64) with them. Read case-insensitively,
/// as the flags always were.
package protocol OptionChoice: RawRepresentable<String>, OptionValue, CaseIterable {}

extension OptionChoice {
  package init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }

  /// The values, as help and error messages list them: `light, dark or print`.
  package static var valueList: String {
    let values = allCases.map(\.rawValue)
    return values.dropLast().joined(separator: ", ") + (values.count > 1 ? " or " : "") + (values.last ?? "")
  }
}

/// `--input-format`.
package enum InputFormatChoice: String, OptionChoice {
  case json, yaml, csv, timelinejs, markwhen

  package var format: InputFormat? { InputFormat(rawValue: rawValue) }
}

/// `--theme`.
package enum ThemeChoice: String, OptionChoice {
  case light, dark, print

  package var theme: Theme? { Theme.named(rawValue) }
}

/// `--orientation`.
package enum OrientationChoice: String, OptionChoice {
  case horizontal, vertical

  package var orientation: Orientation? { Orientation(rawValue: rawValue) }
}

/// `--breaks`.
package enum BreaksChoice: String, OptionChoice {
  case none, auto

  package var mode: AxisBreakMode? { AxisBreakMode(rawValue: rawValue) }
}

/// `--background`.
package enum BackgroundChoice: String, OptionChoice {
  case theme, transparent
}

/// `--group-by`.
package enum GroupByChoice: String, OptionChoice {
  case none, category

  package var grouping: Grouping? { Grouping(rawValue: rawValue) }
}

/// `--page`.
package enum PageChoice: String, OptionChoice {
  case a3, a4, a5, letter, legal

  package var page: PageSize? { PageSize.named(rawValue) }
}
