import Foundation
import Timelines

/// One fuzzing step: feeds bytes to every decoder (the first byte picks the format), and lays
/// out whatever loads with the fixed-advance measurer. Errors are fine; crashes are not.
///
/// Lives in the package (not only in the fuzz package) so that its code is built, and stays
/// compiling, with every `swift build`; it is not a product: the fuzz package compiles this
/// folder (`scripts/fuzz/Sources/TimelineFuzzing` is a symlink to it) against the `Timelines`
/// product, and `scripts/fuzz.sh` links it with libFuzzer.
public enum DecoderFuzzing {
  public static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let selector = bytes.first else { return }
    let data = Data(bytes.dropFirst())
    let formats = InputFormat.allCases
    let format = formats[Int(selector) % formats.count]
    let name = "fuzz.\(format.rawValue)"
    guard let loaded = try? TimelineLoader.load(data: data, fileName: name, format: format) else { return }
    let engine = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer(), options: LayoutOptions(width: 800))
    _ = engine.layout(loaded.timeline)
  }
}
