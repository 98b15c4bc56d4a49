import TimeAxis
import TimelineModel
import TimelineScene

/// The scene's ``SceneRegion``s: one per drawn event label or range bar, one per cluster, with
/// the plain-text name (date, title, description) that SVG gives as tooltip and `aria-label`
/// and the event's link; and the source caption when the timeline has a link.
enum SceneRegions {
  static func regions(
    of timeline: Timeline, names: EventDateNames, geometry: LayoutGeometry, fullWidthRows: Bool
  ) -> [SceneRegion] {
    guard !names.spans.isEmpty else { return [] }
    func name(_ event: Event, _ when: String) -> String {
      let description = event.description.map { $0.isEmpty ? "" : ". " + $0 } ?? ""
      return "\(when): \(event.title)\(description)"
    }
    func eventClasses(_ event: Event) -> [String] {
      ["event"] + (event.category.map { ["category-" + cssName($0)] } ?? [])
    }
    var regions: [SceneRegion] = []
    var used: Set<String> = []
    func add(_ id: String, _ classes: [String], _ label: String, _ box: Rect, link: String? = nil) {
      var unique = id
      var counter = 2
      while used.contains(unique) {
        unique = "\(id)-\(counter)"
        counter += 1
      }
      used.insert(unique)
      let area = fullWidthRows ? Rect(x: 0, y: box.minY, width: geometry.canvas.width, height: box.height) : box
      regions.append(SceneRegion(id: unique, classes: classes, label: label, box: area, link: link))
    }
    for label in geometry.pointLabels {
      if let cluster = label.clusterID {
        // The heading, then every member's name, in one string (a cluster may hold thousands).
        var text = label.heading ?? ""
        for member in label.members {
          guard let (event, when) = names.event(index: member) else { continue }
          if !text.isEmpty { text += "; " }
          text += when
          text += ": "
          text += event.title
          if let description = event.description, !description.isEmpty {
            text += ". "
            text += description
          }
        }
        add("cluster-\(cluster)", ["cluster"], text, label.box)
      } else if label.members.count > 1, label.titleBoxes.count == label.members.count {
        // Several events on one date: each title block is its event's region.
        for (member, box) in zip(label.members, label.titleBoxes) {
          guard let (event, when) = names.event(index: member) else { continue }
          add("event-\(event.index)", eventClasses(event), name(event, when), box, link: event.url)
        }
      } else if let (event, when) = names.event(index: label.eventIndex) {
        add("event-\(event.index)", eventClasses(event), name(event, when), label.box, link: event.url)
      }
    }
    for bar in geometry.rangeBars {
      guard let (event, when) = names.event(index: bar.eventIndex) else { continue }
      let box = Rect(
        x: min(bar.bar.minX, bar.label.minX), y: min(bar.bar.minY, bar.label.minY),
        width: max(bar.bar.maxX, bar.label.maxX) - min(bar.bar.minX, bar.label.minX),
        height: max(bar.bar.maxY, bar.label.maxY) - min(bar.bar.minY, bar.label.minY))
      add("event-\(event.index)", eventClasses(event), name(event, when), box, link: event.url)
    }
    // The timeline's own link goes on the source caption, the footer's last text.
    if let url = timeline.url, let source = timeline.source, !source.isEmpty,
      let caption = geometry.texts.last(where: { $0.role == .footer })
    {
      add("source", ["source"], source, caption.box, link: url)
    }
    return regions
  }

  /// `text` as a CSS class name: ASCII letters, digits, `-` and `_` kept, anything else `-`.
  static func cssName(_ text: String) -> String {
    String(
      text.unicodeScalars.map { scalar -> Character in
        let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
        return allowed || scalar == "-" || scalar == "_" ? Character(scalar) : "-"
      })
  }
}
