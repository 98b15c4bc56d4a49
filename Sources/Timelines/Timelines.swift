// The one module a library user imports: `import Timelines` brings the event model and its
// loader, the layout options and themes, the scene types and the renderer.
@_exported import TimeAxis
@_exported import TimelineLayout
@_exported import TimelineModel
@_exported import TimelineRendering
@_exported import TimelineScene
