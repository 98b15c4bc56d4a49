import TextGrammar

extension Scene {
  /// A stable, line-per-item text form of the scene, for golden tests and debugging.
  ///
  /// Numbers are printed with two decimals, colours as `#rrggbbaa`, so the dump is the
  /// same on every machine for the same scene.
  ///
  /// ```text
  /// scene 1600.00x900.00 bg #ffffffff
  /// fill M 10.00 10.00 L 60.00 10.00 … Z #d55e00ff
  /// text 24.00 40.00 bold 36.00 #1a1a1aff "Kazakhstan anti-government protests"
  /// ```
  public var textDump: String {
    var out = "scene \(Self.number(width))x\(Self.number(height)) bg \(background?.hexString ?? "none")\n"
    for item in items {
      switch item {
      case .fill(let path, let paint):
        out += "fill \(Self.pathString(path)) \(Self.paintString(paint))\n"
      case .stroke(let path, let style):
        let dash = style.dash.isEmpty ? "" : " dash " + style.dash.map(Self.number).joined(separator: ",")
        out += "stroke \(Self.pathString(path)) \(style.color.hexString) w \(Self.number(style.width))\(dash)\n"
      case .text(let run):
        let origin = "\(Self.number(run.origin.x)) \(Self.number(run.origin.y))"
        out += "text \(origin) \(run.font.weight.rawValue) \(Self.number(run.font.size)) "
        out += "\(run.color.hexString) \"\(run.text)\"\n"
      }
    }
    return out
  }

  static func number(_ value: Double) -> String { DecimalText.hundredths(value, .two, nonFinite: "nan") }

  static func pathString(_ path: Path) -> String {
    path.elements.map { element -> String in
      switch element {
      case .move(let p): "M \(number(p.x)) \(number(p.y))"
      case .line(let p): "L \(number(p.x)) \(number(p.y))"
      case .curve(let a, let b, let p):
        "C \(number(a.x)) \(number(a.y)) \(number(b.x)) \(number(b.y)) \(number(p.x)) \(number(p.y))"
      case .close: "Z"
      }
    }.joined(separator: " ")
  }

  static func paintString(_ paint: Paint) -> String {
    switch paint {
    case .solid(let color): color.hexString
    case .linearGradient(let gradient):
      "gradient " + gradient.stops.map { "\(number($0.offset)):\($0.color.hexString)" }.joined(separator: ",")
    }
  }
}
