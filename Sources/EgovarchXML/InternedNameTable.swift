/// Maps the name pointers of libxml2's dictionary to `InternedName`s.
///
/// libxml2 interns every element and attribute name (and namespace URI) of a parse, so the
/// same name always comes with the same pointer: an open-addressing index keyed by the
/// pointer (`SlotIndex`) turns it into a Swift string and a vocabulary number in a few
/// instructions, without hashing the text.
struct InternedNameTable {
  private var index = SlotIndex(capacity: 64)
  private(set) var names: [InternedName] = []

  /// Creates an empty table.
  init() {}

  /// The index in `names` of the entry for `pointer`, or `nil` when it has none yet.
  func index(of pointer: UnsafeRawPointer) -> Int? {
    index.slot(for: UInt64(UInt(bitPattern: pointer))) { _ in true }.map(Int.init)
  }

  /// Adds `name` for `pointer` (which must not be in the table) and returns its index.
  mutating func insert(_ name: InternedName, for pointer: UnsafeRawPointer) -> Int {
    names.append(name)
    index.insert(Int32(names.count - 1), for: UInt64(UInt(bitPattern: pointer)))
    return names.count - 1
  }
}
