import Testing

@testable import EgovarchXML

/// The cursor's word-at-a-time scan gives exactly the positions of a plain byte-by-byte count.
@Suite struct SourcePositionCursorTests {
  /// The position of `offset` counted the obvious way: lines end at LF, CR LF or a lone CR;
  /// the column counts the bytes that start a scalar, CR excluded.
  private static func naivePosition(of offset: Int, in bytes: [UInt8]) -> XMLPosition {
    var line = 1
    var lineStart = 0
    for index in 0..<offset {
      if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
        line += 1
        lineStart = index + 1
      }
    }
    let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 && $0 != 0x0D }.count + 1
    return XMLPosition(line: line, column: column)
  }

  /// Pseudo-random text mixing ASCII, Vietnamese, a 4-byte scalar, tabs, line ends and `<`.
  private static func sample(seed: UInt64, length: Int) -> [UInt8] {
    let pieces = ["a", "bc", " ", "  ", "\t", "\n", "\r", "\r\n", "<", "<x>", "Đ", "ệ", "𝄞", "tỉnh ", "\"q\""]
    var state = seed
    var bytes: [UInt8] = []
    while bytes.count < length {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      bytes += Array(pieces[Int(state >> 33) % pieces.count].utf8)
    }
    return bytes
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func positionsMatchACountByteByByte(seed: UInt64) {
    let bytes = Self.sample(seed: seed, length: 3_000)
    bytes.withUnsafeBufferPointer { buffer in
      var cursor = SourcePositionCursor()
      for offset in stride(from: 0, through: bytes.count, by: 7) {
        #expect(cursor.position(of: offset, in: buffer) == Self.naivePosition(of: offset, in: bytes))
      }
      // Going back starts again from the beginning.
      #expect(cursor.position(of: 5, in: buffer) == Self.naivePosition(of: 5, in: bytes))
    }
  }

  @Test(arguments: [6, 7, 8] as [UInt64])
  func lastBracketMatchesABackwardSearch(seed: UInt64) {
    let bytes = Self.sample(seed: seed, length: 3_000)
    bytes.withUnsafeBufferPointer { buffer in
      var cursor = SourcePositionCursor()
      for end in stride(from: 0, to: bytes.count, by: 11) {
        let bracket = bytes[...end].lastIndex(of: UInt8(ascii: "<")) ?? 0
        #expect(
          cursor.positionOfLastBracket(through: end, in: buffer) == Self.naivePosition(of: bracket, in: bytes))
      }
    }
  }
}
