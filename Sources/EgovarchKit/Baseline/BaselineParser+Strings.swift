// The strings of a baseline: escapes, surrogate pairs and UTF-8 checked, with the place of
// the first problem.
extension BaselineParser {
  /// Reads a string whose opening quote is at the position.
  mutating func readString() throws(BaselineParseError) -> String {
    let start = index
    index += 1
    let contentStart = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        defer { index += 1 }
        return try decode(bytes[contentStart..<index], from: contentStart)
      }
      if byte == UInt8(ascii: "\\") { return try readEscapedString(from: contentStart) }
      if byte < 0x20 { throw failure("a control character (0x\(hex(byte))) must be escaped in a string") }
      index += 1
    }
    throw failure("the string is not closed", at: start)
  }

  /// Reads the rest of a string that holds escapes, the text since `contentStart` included.
  private mutating func readEscapedString(from contentStart: Int) throws(BaselineParseError) -> String {
    var text = Array(bytes[contentStart..<index])
    var pendingHighSurrogate: (value: UInt32, position: Int)?
    while index < bytes.count {
      let byte = bytes[index]
      if byte != UInt8(ascii: "\\"), let high = pendingHighSurrogate {
        throw failure("a \\u escape of a lone surrogate (\(hex(high.value)))", at: high.position)
      }
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return try decode(text[...], from: contentStart)
      case UInt8(ascii: "\\"):
        let escapeStart = index
        index += 1
        guard let letter = current else { throw failure("the string is not closed") }
        index += 1
        let simple: UInt8?
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = letter
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw failure("a backslash before \(describe(letter)) is not an escape of JSON", at: escapeStart)
        }
        if let simple {
          if let high = pendingHighSurrogate {
            throw failure("a \\u escape of a lone surrogate (\(hex(high.value)))", at: high.position)
          }
          text.append(simple)
          continue
        }
        let value = try readHexQuad(escapeStart: escapeStart)
        if let high = pendingHighSurrogate {
          guard (0xDC00...0xDFFF).contains(value) else {
            throw failure("a \\u escape of a lone surrogate (\(hex(high.value)))", at: high.position)
          }
          pendingHighSurrogate = nil
          append(0x10000 + ((high.value - 0xD800) << 10) + (value - 0xDC00), to: &text)
        } else if (0xD800...0xDBFF).contains(value) {
          pendingHighSurrogate = (value, escapeStart)
        } else if (0xDC00...0xDFFF).contains(value) {
          throw failure("a \\u escape of a lone surrogate (\(hex(value)))", at: escapeStart)
        } else {
          append(value, to: &text)
        }
      default:
        if byte < 0x20 { throw failure("a control character (0x\(hex(byte))) must be escaped in a string") }
        text.append(byte)
        index += 1
      }
    }
    throw failure("the string is not closed", at: contentStart - 1)
  }

  private mutating func readHexQuad(escapeStart: Int) throws(BaselineParseError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = hexValue(byte) else {
        throw failure("a \\u escape needs four hexadecimal digits", at: escapeStart)
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  /// Appends the UTF-8 encoding of the scalar `value` (never a surrogate) to `text`.
  private func append(_ value: UInt32, to text: inout [UInt8]) {
    guard let scalar = Unicode.Scalar(value) else { return }
    text.append(contentsOf: Character(scalar).utf8)
  }

  private func decode(_ slice: ArraySlice<UInt8>, from start: Int) throws(BaselineParseError) -> String {
    guard let text = String(validating: slice, as: UTF8.self) else {
      throw failure("the text is not valid UTF-8", at: start)
    }
    return text
  }
}
