import Foundation
import TimelineCommandCore

/// SHA-256 (FIPS 180-4), for the content hashes that tell a batch which outputs are up to
/// date. Incremental: `update` any number of times, then `hexDigest`.
///
/// ```swift
/// var hash = SHA256()
/// hash.update(Array("abc".utf8))
/// hash.hexDigest()   // "ba7816bf…f20015ad"
/// ```
package struct SHA256 {
  private var state: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
  ]
  private var pending: [UInt8] = []
  private var length: UInt64 = 0

  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]

  /// Adds bytes; contiguous ones (`Data`, arrays, native strings' UTF-8) are hashed 64 bytes at
  /// a time straight from their storage, which a batch does for every output it stamps.
  package mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    let contiguous: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      update(bytes: UnsafeRawBufferPointer(buffer))
    }
    guard contiguous == nil else { return }
    for byte in bytes { withUnsafeBytes(of: byte) { update(bytes: $0) } }
  }

  private mutating func update(bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    length &+= UInt64(bytes.count)
    var offset = 0
    if !pending.isEmpty {
      let taken = min(64 - pending.count, bytes.count)
      pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: taken))
      offset = taken
      guard pending.count == 64 else { return }
      compressPending()
    }
    let blocks = (bytes.count - offset) / 64
    compress(base + offset, blocks: blocks)
    offset += blocks * 64
    pending.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: bytes.count - offset))
  }

  package mutating func update(_ text: String) { update(text.utf8) }

  /// The digest as 64 lowercase hex digits; the hash is finished and should not be updated.
  package mutating func hexDigest() -> String {
    let bitLength = length &* 8
    pending.append(0x80)
    if pending.count > 56 {
      pending += [UInt8](repeating: 0, count: 64 - pending.count)
      compressPending()
    }
    pending += [UInt8](repeating: 0, count: 56 - pending.count)
    pending += (0..<8).reversed().map { UInt8(truncatingIfNeeded: bitLength >> (UInt64($0) * 8)) }
    compressPending()
    return state.map { word in
      let hex = String(word, radix: 16)
      return String(repeating: "0", count: 8 - hex.count) + hex
    }.joined()
  }

  /// Hashes the 64 bytes waiting in `pending` and empties it.
  private mutating func compressPending() {
    let block = pending
    block.withUnsafeBytes { raw in
      if let base = raw.baseAddress { compress(base, blocks: 1) }
    }
    pending.removeAll(keepingCapacity: true)
  }

  /// Hashes `blocks` 64-byte blocks from `start` into the state (the round constants and the
  /// state are read once, not once a block).
  private mutating func compress(_ start: UnsafeRawPointer, blocks: Int) {
    guard blocks > 0 else { return }
    var (a0, b0, c0, d0, e0, f0, g0, h0) = (
      state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
    )
    Self.roundConstants.withUnsafeBufferPointer { constants in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
        for block in 0..<blocks {
          let bytes = start + block * 64
          for index in 0..<16 {
            words[index] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
          }
          for index in 16..<64 {
            let s0 = rotate(words[index - 15], 7) ^ rotate(words[index - 15], 18) ^ (words[index - 15] >> 3)
            let s1 = rotate(words[index - 2], 17) ^ rotate(words[index - 2], 19) ^ (words[index - 2] >> 10)
            words[index] = words[index - 16] &+ s0 &+ words[index - 7] &+ s1
          }
          var (a, b, c, d, e, f, g, h) = (a0, b0, c0, d0, e0, f0, g0, h0)
          for index in 0..<64 {
            let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
            let choice = (e & f) ^ (~e & g)
            let temp1 = h &+ s1 &+ choice &+ constants[index] &+ words[index]
            let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let temp2 = s0 &+ majority
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ temp2)
          }
          (a0, b0, c0, d0) = (a0 &+ a, b0 &+ b, c0 &+ c, d0 &+ d)
          (e0, f0, g0, h0) = (e0 &+ e, f0 &+ f, g0 &+ g, h0 &+ h)
        }
      }
    }
    state = [a0, b0, c0, d0, e0, f0, g0, h0]
  }

  @inline(__always) private func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    value >> count | value << (32 - count)
  }
}
