import TimeAxis
import TimelineModel
import TimelineScene

/// Periods as light background bands, with their titles in a strip above the labels.
struct PeriodLayout {
  let theme: Theme
  let scale: AxisMap
  let right: Double
  let dates: DateText

  struct Band {
    var x0: Double
    var x1: Double
    var title: TextBlock
    var titleX: Double
    var row: Int
  }

  struct Plan {
    let theme: Theme
    var bands: [Band]
    var rowHeight: Double

    var stripHeight: Double {
      bands.isEmpty ? 0 : Double((bands.map(\.row).max() ?? 0) + 1) * rowHeight + 8
    }

    func drawBands(top: Double, bottom: Double, into builder: inout SceneBuilder) {
      for band in bands {
        builder.fill(Rect(x: band.x0, y: top, width: band.x1 - band.x0, height: bottom - top), theme.periodFill)
      }
    }

    func drawTitles(top: Double, into builder: inout SceneBuilder) {
      let font = theme.font(theme.periodTitleSize, .semibold)
      for band in bands {
        builder.draw(
          band.title, at: Point(x: band.titleX, y: top + Double(band.row) * rowHeight + 4), font: font,
          color: theme.periodInk, role: .period)
      }
    }
  }

  func plan(_ periods: [Period], spans: [(start: AxisTime, end: AxisTime)], builder: SceneBuilder) -> Plan {
    let font = theme.font(theme.periodTitleSize, .semibold)
    let left = scale.left
    var bands: [Band] = []
    for (period, span) in zip(periods, spans) {
      let x0 = min(max(scale.position(of: span.start), left), right)
      let x1 = min(max(scale.position(of: span.end), left), right)
      let when = dates.range(period.start, period.end, approximate: period.approximate)
      let text = "\(TextSanitizer.clean(period.title)) · \(when)"
      let title = builder.wrapped(text, font: font, maxWidth: right - left, maxLines: 1)
      let titleX = min(x0 + 8, right - title.width)
      bands.append(Band(x0: x0, x1: max(x1, x0 + 2), title: title, titleX: max(left, titleX), row: 0))
    }
    let extents = bands.map { $0.titleX...($0.titleX + $0.title.width) }
    for (index, row) in LaneAssignment.assign(extents, gap: 16).enumerated() { bands[index].row = row }
    let lineHeight = builder.measurer.measure("0", font: font, maxWidth: nil).lineHeight
    return Plan(theme: theme, bands: bands, rowHeight: lineHeight + 4)
  }
}
