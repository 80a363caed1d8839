extension String {
  /// The text with its runs of whitespace collapsed to single spaces and none at either end.
  ///
  /// The same as `split(whereSeparator: \.isWhitespace).joined(separator: " ")`, computed
  /// scalar by scalar when no grapheme cluster can join a whitespace scalar to a neighbour,
  /// which is the case of all but exotic text and is many times faster on Vietnamese.
  func collapsingWhitespace() -> String {
    var result: [UInt8] = []
    result.reserveCapacity(utf8.count)
    var pendingSpace = false
    var previous: Unicode.Scalar?
    var afterWhitespace = false
    for scalar in unicodeScalars {
      let isWhitespace = Self.isWhitespace(scalar)
      // A whitespace scalar is a grapheme of its own unless a neighbour joins it (a combining
      // mark after it, a prepended mark before it): leave such text to Character.
      if isWhitespace, let previous, !Self.isPlainNeighbour(previous) {
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
      }
      if afterWhitespace && !Self.isPlainNeighbour(scalar) {
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
      }
      afterWhitespace = isWhitespace
      previous = scalar
      if isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(UInt8(ascii: " "))
        pendingSpace = false
      }
      Self.appendUTF8(scalar, to: &result)
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Unicode's White_Space property, as `Character.isWhitespace` reads it.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default: return false
    }
  }

  /// Whether `scalar` can never share a grapheme cluster with a whitespace scalar next to it.
  private static func isPlainNeighbour(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x02FF, 0x1E00...0x1EFF, 0x2000...0x200B, 0x200E...0x2027, 0x2030...0x205F, 0x3000: return true
    default: return false
    }
  }

  private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let value = scalar.value
    switch value {
    case ..<0x80:
      bytes.append(UInt8(value))
    case ..<0x800:
      bytes.append(UInt8(0xC0 | value >> 6))
      bytes.append(UInt8(0x80 | value & 0x3F))
    case ..<0x1_0000:
      bytes.append(UInt8(0xE0 | value >> 12))
      bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
      bytes.append(UInt8(0x80 | value & 0x3F))
    default:
      bytes.append(UInt8(0xF0 | value >> 18))
      bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
      bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
      bytes.append(UInt8(0x80 | value & 0x3F))
    }
  }
}
