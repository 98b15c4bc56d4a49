import Foundation
import TimelineCommandCore

#if canImport(Glibc)
  import Glibc
#endif

/// Keeps freed memory in the process for the next file of a batch, instead of giving it back to
/// the system and taking it again.
///
/// Each file allocates the same large buffers (the 5 MB image surface, the filtered rows, the
/// compressed PNG, the SVG), and glibc serves blocks that large with `mmap` and returns them with
/// `munmap`, or trims them off the heap: the next file then pays a page fault for every 4 KiB it
/// touches. On the seed that was about 1,700 page faults and 10 ms of system time a file (a fifth
/// of its CPU time). With the thresholds raised, a batch worker's memory settles at its largest
/// file's and is reused.
package enum RetainedHeap {
  /// Raises glibc's mmap and trim thresholds for the rest of the process; nothing elsewhere.
  /// Returns whether glibc accepted both (it refuses values out of its range).
  @discardableResult
  package static func keepFreedMemory() -> Bool {
    #if os(Linux)
      // `mallopt` is in glibc but not in Swift's Glibc module; its option numbers are glibc's ABI.
      typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
      let trimThreshold: Int32 = -1
      let mmapThreshold: Int32 = -3
      guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else { return false }
      let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
      // 32 MiB is the largest mmap threshold glibc accepts (half its 64 MiB arena heaps): an
      // image of up to 2,800 × 2,800 pixels. Larger blocks are still mapped and unmapped.
      let mapped = mallopt(mmapThreshold, 32 << 20)
      let trimmed = mallopt(trimThreshold, 512 << 20)
      return mapped == 1 && trimmed == 1
    #else
      return false
    #endif
  }
}
