/// One value for each side of the axis: what a dictionary keyed by ``LayoutGeometry/Side``
/// would hold, without hashing the side's name on every lookup in the placement loops.
struct PerSide<Value> {
  var above: Value
  var below: Value

  init(above: Value, below: Value) {
    self.above = above
    self.below = below
  }

  /// The same value on both sides.
  init(repeating value: Value) {
    self.init(above: value, below: value)
  }

  subscript(side: LayoutGeometry.Side) -> Value {
    get { side == .above ? above : below }
    set {
      switch side {
      case .above: above = newValue
      case .below: below = newValue
      }
    }
  }
}
