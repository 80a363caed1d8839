extension Array {
  /// Moves the elements to a buffer of their exact size when the array has grown to more than
  /// an eighth above it: the doubling growth of a list of 100,000 components can leave room
  /// for 30,000 more, which a model kept for checking does not need.
  mutating func shrinkToFit() {
    guard capacity - count > count / 8 else { return }
    let count = count
    self = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      _ = buffer.initialize(from: self)
      initialized = count
    }
  }
}
