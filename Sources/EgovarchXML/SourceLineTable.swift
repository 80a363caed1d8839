/// Maps byte offsets in a UTF-8 buffer to 1-based line and column positions.
struct SourceLineTable {
  private let lineStarts: [Int]

  /// Builds the table of line-start offsets of `bytes` in one pass.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var starts = [0]
    starts.reserveCapacity(bytes.count / 32 + 1)
    // Line ends as XML normalises them: LF, CR LF, or a lone CR.
    for index in bytes.indices {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        starts.append(index + 1)
      } else if byte == UInt8(ascii: "\r"), index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n") {
        starts.append(index + 1)
      }
    }
    lineStarts = starts
  }

  /// Returns the position of `offset`; the column counts Unicode scalars, not bytes.
  func position(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> XMLPosition {
    let clamped = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
    }
    var column = 1
    var index = lineStarts[low]
    while index < clamped {
      if bytes[index] & 0xC0 != 0x80 && bytes[index] != UInt8(ascii: "\r") { column += 1 }
      index += 1
    }
    return XMLPosition(line: low + 1, column: column)
  }
}
