extension String {
  /// XML's white space, which the schema's number types allow around a value.
  static let xmlWhitespace: Set<Character> = [" ", "\t", "\r", "\n", "\r\n"]

  /// The decimal integer this text holds, ignoring white space at both ends, when it lies
  /// in `range`; `nil` for anything else (not a number, beyond `Int`, or out of range).
  func integer(in range: ClosedRange<Int>) -> Int? {
    guard let value = Int(trimmingCharacters(in: Self.xmlWhitespace)), range.contains(value) else { return nil }
    return value
  }

  /// The decimal number this text holds, ignoring white space at both ends, when it is finite
  /// and at most `largest` in magnitude; `nil` for anything else (NaN, infinities, `1e400`).
  func finiteNumber(upTo largest: Double) -> Double? {
    guard let value = Double(trimmingCharacters(in: Self.xmlWhitespace)), value.isFinite, abs(value) <= largest
    else { return nil }
    return value
  }
}
