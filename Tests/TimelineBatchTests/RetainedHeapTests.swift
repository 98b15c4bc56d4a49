import Foundation
import Testing
import TimelineCommandCore

@testable import TimelineBatch

/// A batch keeps freed buffers for its next file instead of faulting them in again.
@Suite struct RetainedHeapTests {
  /// glibc takes both thresholds. (Whether a freed buffer then comes back without page faults
  /// depends on which malloc arena the calling thread has, which a parallel test process does
  /// not control: in a batch worker it went from about 2,400 faults a file to none, measured in
  /// BENCHMARKS.md; a page-fault test here failed on one thread and passed on another.)
  @Test func glibcTakesTheThresholds() {
    #expect(RetainedHeap.keepFreedMemory())
  }
}
