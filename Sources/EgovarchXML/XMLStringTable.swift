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
  private var index = SlotIndex(capacity: 1024)
  private var strings: [String] = []

  /// Creates an empty table.
  init() {}

  /// The string of the UTF-8 `bytes`, the same storage as for any equal value before.
  mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.count > 15, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
    let hash = Self.hash(bytes)
    let found = index.slot(for: hash) { [strings] slot in
      strings[Int(slot)].utf8.withContiguousStorageIfAvailable { stored in
        stored.count == bytes.count && memcmp(stored.baseAddress!, base, bytes.count) == 0
      } == true
    }
    if let found { return strings[Int(found)] }
    let string = String(decoding: bytes, as: UTF8.self)
    strings.append(string)
    index.insert(Int32(strings.count - 1), for: hash)
    return string
  }

  /// FNV-1a, then mixed so that every bit depends on every byte.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
  }
}
