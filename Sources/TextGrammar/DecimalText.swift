/// Numbers rounded to hundredths and printed without exponent or locale, for every text
/// format the project writes (scene dumps, layout JSON, SVG coordinates): the same digits on
/// every machine.
package enum DecimalText {
  /// What happens to the two decimals.
  package enum Decimals: Sendable {
    /// Always two: `2.00`, `1.50`, `-0.25`.
    case two
    /// None for a whole number, otherwise two: `2`, `1.50`.
    case twoUnlessWhole
    /// As few as the value needs: `2`, `1.5`, `0.25`.
    case asFewAsNeeded
  }

  /// `value` rounded to hundredths and printed with `decimals`; `nonFinite` for an infinite,
  /// NaN or absurdly large (≥ 10¹³) value.
  ///
  /// ```swift
  /// DecimalText.hundredths(1.499, .two)  // "1.50"
  /// DecimalText.hundredths(1.5, .asFewAsNeeded)  // "1.5"
  /// ```
  package static func hundredths(_ value: Double, _ decimals: Decimals, nonFinite: String = "0") -> String {
    let rounded = (value * 100).rounded()
    guard rounded.isFinite, abs(rounded) < 1e15 else { return nonFinite }
    let hundredths = Int(rounded)
    let sign = hundredths < 0 ? "-" : ""
    let whole = abs(hundredths) / 100
    let fraction = abs(hundredths) % 100
    switch decimals {
    case .two:
      return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    case .twoUnlessWhole:
      return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    case .asFewAsNeeded:
      if fraction == 0 { return "\(sign)\(whole)" }
      let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
      return "\(sign)\(whole).\(digits)"
    }
  }
}
