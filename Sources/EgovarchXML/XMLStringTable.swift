#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shares one Swift string among equal attribute values of a parse (a kind, an owner, a
/// component id and every reference to it), found by the raw bytes before any string is made.
///
/// Values of up to 15 UTF-8 bytes are stored inline by Swift: they are made, not shared.
struct XMLStringTable {
  private var hashes: [UInt64]
  private var slots: [Int32]
  private var strings: [String] = []
  private var mask: Int

  /// Creates an empty table.
  init() {
    hashes = [UInt64](repeating: 0, count: 1024)
    slots = [Int32](repeating: -1, count: 1024)
    mask = 1023
  }

  /// The string of the UTF-8 `bytes`, the same storage as for any equal value before.
  mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.count > 15, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
    let hash = Self.hash(bytes)
    var bucket = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = slots[bucket]
      if slot < 0 { break }
      if hashes[bucket] == hash {
        let candidate = strings[Int(slot)]
        let equal = candidate.utf8.withContiguousStorageIfAvailable { stored in
          stored.count == bytes.count && memcmp(stored.baseAddress!, base, bytes.count) == 0
        }
        if equal == true { return candidate }
      }
      bucket = (bucket + 1) & mask
    }
    let string = String(decoding: bytes, as: UTF8.self)
    if (strings.count + 1) * 2 > slots.count { grow() }
    strings.append(string)
    place(hash, Int32(strings.count - 1))
    return string
  }

  private mutating func place(_ hash: UInt64, _ slot: Int32) {
    var bucket = Int(truncatingIfNeeded: hash) & mask
    while slots[bucket] >= 0 { bucket = (bucket + 1) & mask }
    hashes[bucket] = hash
    slots[bucket] = slot
  }

  private mutating func grow() {
    let old = zip(hashes, slots).filter { $0.1 >= 0 }
    hashes = [UInt64](repeating: 0, count: hashes.count * 2)
    slots = [Int32](repeating: -1, count: slots.count * 2)
    mask = slots.count - 1
    for (hash, slot) in old { place(hash, slot) }
  }

  /// FNV-1a, then mixed so that the low bits (the bucket) depend on every byte.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
  }
}
