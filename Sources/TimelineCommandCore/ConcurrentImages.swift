import Foundation
import TimelineRendering
import TimelineScene

/// Renders one scene into several image formats at once, one thread each.
///
/// Drawing holds the font engine (Pango is not thread-safe), so the formats still draw one
/// after the other; what overlaps is the work done without it: a PNG is compressed while the
/// SVG is drawn and written. With PNG and SVG of the seed that takes the PNG's encoding
/// (about a fifth of a whole render) off the critical path when a second core is free.
package enum ConcurrentImages {
  /// Each format's bytes or error, in the order of `formats`.
  package static func render(_ formats: [OutputFormat], scene: Scene, options: RenderOptions) -> [Result<
    Data, RenderError
  >] {
    guard formats.count > 1 else {
      return formats.map { format in
        Result { () throws(RenderError) -> Data in try SceneRendering.render(scene, as: format, options: options) }
      }
    }
    let results = Results(count: formats.count)
    DispatchQueue.concurrentPerform(iterations: formats.count) { index in
      let result = Result { () throws(RenderError) -> Data in
        try SceneRendering.render(scene, as: formats[index], options: options)
      }
      results.set(index, result)
    }
    return results.all
  }

  /// The results, written from the threads under a lock.
  private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<Data, RenderError>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<Data, RenderError>) { lock.withLock { values[index] = value } }

    var all: [Result<Data, RenderError>] {
      lock.withLock { values.map { $0 ?? .failure(.encoding("not rendered")) } }
    }
  }
}
