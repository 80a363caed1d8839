/// Maps the name pointers of libxml2's dictionary to `InternedName`s.
///
/// libxml2 interns every element and attribute name (and namespace URI) of a parse, so the
/// same name always comes with the same pointer: an open-addressing table keyed by the
/// pointer turns it into a Swift string and a vocabulary number in a few instructions,
/// without hashing the text.
struct InternedNameTable {
  private var keys: [UInt]
  private var slots: [Int32]
  private(set) var names: [InternedName] = []
  private var mask: Int

  /// Creates an empty table.
  init() {
    keys = [UInt](repeating: 0, count: 64)
    slots = [Int32](repeating: -1, count: 64)
    mask = 63
  }

  /// The index in `names` of the entry for `pointer`, or `nil` when it has none yet.
  func index(of pointer: UnsafeRawPointer) -> Int? {
    let key = UInt(bitPattern: pointer)
    var bucket = Self.hash(key) & mask
    while true {
      let slot = slots[bucket]
      if slot < 0 { return nil }
      if keys[bucket] == key { return Int(slot) }
      bucket = (bucket + 1) & mask
    }
  }

  /// Adds `name` for `pointer` (which must not be in the table) and returns its index.
  mutating func insert(_ name: InternedName, for pointer: UnsafeRawPointer) -> Int {
    if (names.count + 1) * 2 > keys.count { grow() }
    names.append(name)
    place(UInt(bitPattern: pointer), Int32(names.count - 1))
    return names.count - 1
  }

  private mutating func place(_ key: UInt, _ slot: Int32) {
    var bucket = Self.hash(key) & mask
    while slots[bucket] >= 0 { bucket = (bucket + 1) & mask }
    keys[bucket] = key
    slots[bucket] = slot
  }

  private mutating func grow() {
    let old = zip(keys, slots).filter { $0.1 >= 0 }
    keys = [UInt](repeating: 0, count: keys.count * 2)
    slots = [Int32](repeating: -1, count: slots.count * 2)
    mask = keys.count - 1
    for (key, slot) in old { place(key, slot) }
  }

  private static func hash(_ key: UInt) -> Int {
    Int(truncatingIfNeeded: (UInt64(key) >> 3) &* 0x9E37_79B9_7F4A_7C15 >> 32)
  }
}
