// libFuzzer drives the decoders with mutated inputs; any crash, trap, runaway memory or hang
// is a bug. Built by scripts/fuzz.sh with `--sanitize fuzzer --sanitize address`, under which
// SwiftPM compiles this file as a library and libFuzzer provides `main`.
import TimelineFuzzing

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  DecoderFuzzing.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}
