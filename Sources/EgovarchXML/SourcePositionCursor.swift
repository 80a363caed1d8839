/// Turns byte offsets in a UTF-8 buffer into 1-based lines and columns, scanning forward from
/// the last offset it was asked about.
///
/// The parser asks in document order, so a whole document costs one pass however long its
/// lines are (a model written on a single line included), eight bytes at a time where they
/// hold no line end and no `<`; an offset before the last one starts the scan again from the
/// beginning, which only the rare error positions need. Line ends are those of XML (LF, CR LF
/// or a lone CR); columns count Unicode scalars, not bytes.
struct SourcePositionCursor {
  /// Where the scan stopped, and the position there.
  private var offset = 0
  private var line = 1
  private var column = 1
  /// The position of the last `<` scanned.
  private var lastBracket = XMLPosition.start

  /// Returns the position of `target`, clamped to the buffer.
  mutating func position(of target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> XMLPosition {
    let target = max(0, min(target, bytes.count))
    if target < offset { reset() }
    scan(to: target, in: bytes)
    return XMLPosition(line: line, column: column)
  }

  /// Returns the position of the last `<` at or before `end`: the start of the tag that the
  /// parser has just read when `end` is its offset.
  mutating func positionOfLastBracket(through end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> XMLPosition {
    let end = max(0, min(end + 1, bytes.count))
    if end < offset { reset() }
    scan(to: end, in: bytes)
    return lastBracket
  }

  /// Returns where the start tag that the parser has just read begins and ends.
  ///
  /// `end` is the offset the parser stands at: that of the tag's closing `>`, or of the `/`
  /// of `/>`. The start is the position of the tag's `<`; the end, the position just after
  /// its `>` (SARIF's exclusive end). The end costs nothing more than the start: the scan
  /// stops just after `end` anyway.
  mutating func startTag(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
    start: XMLPosition, end: XMLPosition
  ) {
    let start = positionOfLastBracket(through: end, in: bytes)
    // `/>` is two ASCII bytes on one line: the `>` after a `/` is one column further on.
    let selfClosing = end >= 0 && end < bytes.count && bytes[end] == UInt8(ascii: "/")
    return (start, XMLPosition(line: line, column: selfClosing ? column + 1 : column))
  }

  private mutating func reset() {
    offset = 0
    line = 1
    column = 1
    lastBracket = .start
  }

  private mutating func scan(to target: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, offset < target else { return }
    let count = bytes.count
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var index = offset
    var line = line
    var column = column
    while index < target {
      if index + 8 <= target {
        // Eight bytes at once, up to the first that is below 0x0E (line ends, tabs) or a '<':
        // the column grows by the number of bytes that start a scalar. (The lowest byte these
        // tests flag is always a true one: a borrow only flags bytes above it.)
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        let low = (word &- ones &* 0x0E) & ~word & highBits
        let brackets = word ^ (ones &* UInt64(UInt8(ascii: "<")))
        let special = low | ((brackets &- ones) & ~brackets & highBits)
        let clean = special == 0 ? 8 : special.trailingZeroBitCount >> 3
        if clean > 0 {
          let mask: UInt64 = clean == 8 ? ~0 : (1 << (UInt64(clean) << 3)) &- 1
          // The top bit of each continuation byte (10xxxxxx), summed by a multiplication.
          let continuation = word & ~(word << 1) & highBits & mask
          column &+= clean &- Int(truncatingIfNeeded: ((continuation >> 7) &* ones) >> 56)
          index &+= clean
          continue
        }
      }
      let byte = base[index]
      if byte > UInt8(ascii: "\r") {
        if byte == UInt8(ascii: "<") { lastBracket = XMLPosition(line: line, column: column) }
        // Every byte but a UTF-8 continuation byte starts a scalar.
        column &+= byte & 0xC0 == 0x80 ? 0 : 1
      } else if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte == UInt8(ascii: "\r") {
        if index + 1 == count || base[index + 1] != UInt8(ascii: "\n") {
          line += 1
          column = 1
        }
      } else {
        column += 1
      }
      index += 1
    }
    offset = index
    self.line = line
    self.column = column
  }
}
