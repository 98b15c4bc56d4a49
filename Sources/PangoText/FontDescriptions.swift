import CPangoCairo
import TimelineScene

/// An owned `PangoFontDescription` built from a ``FontSpec``.
final class FontDescription {
  let pointer: OpaquePointer

  init?(_ spec: FontSpec) {
    guard let pointer = pango_font_description_new() else { return nil }
    self.pointer = pointer
    pango_font_description_set_family(pointer, spec.family)
    // At 72 dpi a Pango point is one layout unit.
    pango_font_description_set_size(pointer, Int32(clamping: Int((spec.size * Double(PANGO_SCALE)).rounded())))
    let weight: PangoWeight =
      switch spec.weight {
      case .regular: PANGO_WEIGHT_NORMAL
      case .medium: PANGO_WEIGHT_MEDIUM
      case .semibold: PANGO_WEIGHT_SEMIBOLD
      case .bold: PANGO_WEIGHT_BOLD
      }
    pango_font_description_set_weight(pointer, weight)
    pango_font_description_set_style(pointer, spec.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
  }

  deinit {
    pango_font_description_free(pointer)
  }
}
