import Foundation

extension FontSpec {
  /// The names in `list`, a comma-separated family list like ``family``, in order, each
  /// without the spaces around it: `"Inter, DejaVu Sans"` gives `["Inter", "DejaVu Sans"]`.
  /// The one reading of that list for every backend and command that looks at its names.
  package static func familyNames(in list: String) -> [String] {
    list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
  }
}
