import Foundation
import Testing

@testable import TimelineCommandLine

/// A batch keeps freed buffers for its next file instead of faulting them in again.
@Suite struct RetainedHeapTests {
  /// This thread's minor page faults so far (field 10 of `/proc/thread-self/stat`).
  private func minorFaults() throws -> Int {
    let stat = try String(contentsOfFile: "/proc/thread-self/stat", encoding: .utf8)
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    let fields = stat[stat.index(after: try #require(stat.lastIndex(of: ")")))...].split(separator: " ")
    return try #require(Int(fields[7]))
  }

  /// Allocates and touches `bytes`, then frees them.
  private func touchAndFree(_ bytes: Int) {
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
    buffer.initializeMemory(as: UInt8.self, repeating: 1, count: bytes)
    buffer.deallocate()
  }

  @Test func aFreedImageSizedBufferIsReusedWithoutPageFaults() throws {
    RetainedHeap.keepFreedMemory()
    let size = 8 << 20
    touchAndFree(size)
    let before = try minorFaults()
    touchAndFree(size)
    let faults = try minorFaults() - before
    // Fresh memory would fault once per 4 KiB page: 2,048 times.
    #expect(faults < 200, "\(faults) page faults")
  }
}
