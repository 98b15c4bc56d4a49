import Foundation
import PNGEncoding
import Testing
import TimelineRendering

/// Every public error speaks through `LocalizedError`, never "The operation could not be completed".
@Suite struct PublicErrorTextTests {
  @Test func theEncodersErrorSaysWhatFailed() {
    let error: any Error = PNGError.invalidSize(width: 0, height: 5)
    #expect(error.localizedDescription == "PNG: cannot encode an image of 0×5 pixels")
    #expect((PNGError.compression(0) as any Error).localizedDescription.contains("libdeflate status 0"))
  }
}
