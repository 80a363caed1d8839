/// An open-addressing index from 64-bit keys to slots of an array its owner keeps: linear
/// probing, never more than half full; the interning tables of the XML layer
/// (`InternedNameTable`, `XMLStringTable`) are built on it.
///
/// Keys need not be unique: a look-up offers the owner every slot stored under the key, in
/// the order stored, until one matches.
struct SlotIndex {
  private var keys: [UInt64]
  private var slots: [Int32]
  private var mask: Int
  /// The number of slots stored.
  private(set) var count = 0

  /// Creates an empty index with room for `capacity` buckets (a power of two).
  init(capacity: Int) {
    keys = [UInt64](repeating: 0, count: capacity)
    slots = [Int32](repeating: -1, count: capacity)
    mask = capacity - 1
  }

  /// The first slot stored under `key` that `matches` accepts, or `nil`.
  @inline(__always)
  func slot(for key: UInt64, where matches: (Int32) -> Bool) -> Int32? {
    var bucket = Self.bucket(of: key, mask: mask)
    while true {
      let slot = slots[bucket]
      if slot < 0 { return nil }
      if keys[bucket] == key && matches(slot) { return slot }
      bucket = (bucket + 1) & mask
    }
  }

  /// Stores `slot` under `key`, growing the index first when it would become more than half full.
  mutating func insert(_ slot: Int32, for key: UInt64) {
    if (count + 1) * 2 > slots.count { grow() }
    place(slot, for: key)
    count += 1
  }

  private mutating func place(_ slot: Int32, for key: UInt64) {
    var bucket = Self.bucket(of: key, mask: mask)
    while slots[bucket] >= 0 { bucket = (bucket + 1) & mask }
    keys[bucket] = key
    slots[bucket] = slot
  }

  private mutating func grow() {
    let old = zip(keys, slots).filter { $0.1 >= 0 }
    keys = [UInt64](repeating: 0, count: keys.count * 2)
    slots = [Int32](repeating: -1, count: slots.count * 2)
    mask = keys.count - 1
    for (key, slot) in old { place(slot, for: key) }
  }

  /// The bucket of `key`: a multiplicative mix, so that keys alike in their low bits (aligned
  /// pointers) spread over the table.
  @inline(__always)
  private static func bucket(of key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }
}
