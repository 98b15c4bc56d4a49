import Foundation
import PNGEncoding

// Kept out of PNGEncoding (its encoder is another piece of work's); the conformance lives with
// the renderer, the only public user of the encoder.
extension PNGError: LocalizedError {
  /// The encoder's own message, so `localizedDescription` says what failed.
  public var errorDescription: String? { description }
}
