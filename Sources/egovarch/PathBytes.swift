/// A file path as the bytes the kernel gives, which need not be UTF-8 (a Windows-1258 name
/// unzipped on Linux), with the two ways egovarch shows one.
struct PathBytes: Hashable {
  /// The path's bytes, without a terminating NUL.
  var bytes: [UInt8]

  /// The path of `string`.
  init(_ string: String) { bytes = Array(string.utf8) }

  /// The path of `bytes`.
  init(bytes: [UInt8]) { self.bytes = bytes }

  /// The path as a string, when its bytes are UTF-8 (the only paths handed to the validator).
  var string: String? { String(validating: bytes, as: UTF8.self) }

  /// The path for a message: bytes that are not UTF-8 as `\xNN`, control characters escaped.
  var escaped: String {
    var result = ""
    var index = 0
    while index < bytes.count {
      let length = Self.sequenceLength(in: bytes, at: index)
      if length == 0 {
        result += "\\x" + String(bytes[index], radix: 16, uppercase: true)
        index += 1
      } else {
        result += String(decoding: bytes[index..<index + length], as: UTF8.self)
        index += length
      }
    }
    return result.terminalSafe
  }

  /// The path with `name` appended after a slash.
  func appending(_ name: [UInt8]) -> PathBytes {
    PathBytes(bytes: bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
  }

  /// Calls `body` with the path as a C string.
  func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
    try (bytes + [0]).withUnsafeBufferPointer { buffer in
      try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
    }
  }

  /// The length of the well-formed UTF-8 sequence at `index`, or 0 when there is none.
  private static func sequenceLength(in bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    return String(validating: bytes[index..<index + length], as: UTF8.self) == nil ? 0 : length
  }
}
