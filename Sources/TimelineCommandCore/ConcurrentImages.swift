import Foundation
import TimelineRendering
import TimelineScene

/// Renders one scene into several image formats at once.
///
/// Drawing holds the font engine (Pango is not thread-safe), so the formats still draw one
/// after the other; what overlaps is the work done without it. A PNG is drawn first, then
/// compressed on a thread of its own while this thread draws the other formats: with PNG and
/// SVG of the seed that takes the PNG's encoding (a tenth of a whole render) off the critical
/// path when a second core is free. (`DispatchQueue.concurrentPerform` often ran both formats
/// on the calling thread, its worker not yet started.)
package enum ConcurrentImages {
  /// Each format's bytes or error, in the order of `formats`.
  package static func render(_ formats: [OutputFormat], scene: Scene, options: RenderOptions) -> [Result<
    Data, RenderError
  >] {
    func rendered(_ format: OutputFormat) -> Result<Data, RenderError> {
      Result { () throws(RenderError) -> Data in try SceneRendering.render(scene, as: format, options: options) }
    }
    guard formats.count > 1, let pngIndex = formats.firstIndex(of: .png) else { return formats.map(rendered) }
    let results = Results(count: formats.count)
    let encoded = DispatchSemaphore(value: 0)
    switch Result(catching: { () throws(RenderError) -> SceneRendering.DrawnPNG in
      try SceneRendering.drawPNG(scene, options: options)
    }) {
    case .success(let drawn):
      let encoder = Thread {
        results.set(pngIndex, Result { () throws(RenderError) -> Data in try drawn.encoded() })
        encoded.signal()
      }
      encoder.stackSize = 1 << 20
      encoder.start()
    case .failure(let error):
      results.set(pngIndex, .failure(error))
      encoded.signal()
    }
    for (index, format) in formats.enumerated() where format != .png { results.set(index, rendered(format)) }
    encoded.wait()
    // The same format asked for twice gets the same bytes.
    for (index, format) in formats.enumerated() where format == .png && index != pngIndex {
      results.set(index, results.value(pngIndex))
    }
    return results.all
  }

  /// The results, written from the threads under a lock.
  private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<Data, RenderError>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<Data, RenderError>?) { lock.withLock { values[index] = value } }

    func value(_ index: Int) -> Result<Data, RenderError>? { lock.withLock { values[index] } }

    var all: [Result<Data, RenderError>] {
      lock.withLock { values.map { $0 ?? .failure(.encoding("not rendered")) } }
    }
  }
}
