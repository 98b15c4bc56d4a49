import Cairo
import Foundation
import TimelineScene

extension SceneRendering {
  /// A PDF of `fit.pages.count` pages of `page`'s size: each draws its band of the scene,
  /// clipped to it, below the repeated title line and date heading, with the link annotations
  /// of the events it shows.
  static func pagedPDF(_ scene: Scene, fit: PagedFit, page: PageSize, options: RenderOptions) throws -> Data {
    let sink = ByteSink()
    let surface = try PDFSurface(width: page.width, height: page.height, sink: sink)
    surface.setMetadata(title: scene.title, date: options.documentDate)
    let context = try Context(surface: surface)
    let textDrawer = textDrawer(for: scene)
    for sheet in fit.pages {
      context.save()
      context.translate(fit.originX, fit.originY)
      let renderer = CairoSceneRenderer(context: context, scale: fit.scale, textDrawer: textDrawer)
      try renderer.beginPage(width: scene.width, height: scene.height, background: scene.background)
      if let place = sheet.continues, let breaks = scene.pageBreaks {
        try draw(breaks.runningHead, with: renderer)
        context.save()
        context.translate(0, breaks.contentTop - place.headingTop)
        try draw(place.heading, with: renderer)
        context.restore()
      }
      context.translate(0, sheet.drawnAt - sheet.top)
      context.clip(x: 0, y: sheet.top, width: scene.width, height: sheet.bottom - sheet.top)
      try draw(PagedFit.items(of: scene, in: sheet), with: renderer)
      addLinks(scene, on: context, within: sheet.top...sheet.bottom)
      try renderer.endPage()
      context.restore()
      context.showPage()
    }
    try surface.finish()
    return sink.data
  }

  private static func draw(_ items: [SceneItem], with renderer: CairoSceneRenderer) throws(CairoError) {
    for item in items {
      switch item {
      case .fill(let path, let paint): try renderer.fill(path, paint: paint)
      case .stroke(let path, let style): try renderer.stroke(path, style: style)
      case .text(let run): try renderer.draw(run)
      }
    }
  }
}
