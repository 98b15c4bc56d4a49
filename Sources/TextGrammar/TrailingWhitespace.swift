extension String {
  /// The string without the whitespace (spaces, tabs, line breaks) at its end: what a line
  /// broken after a space is measured and drawn without.
  package var trimmingTrailingWhitespace: String {
    var copy = self
    while copy.last?.isWhitespace == true { copy.removeLast() }
    return copy
  }
}
