/// Reads Swift source as far as the layering tests need: the identifiers of its code and the
/// types it declares at the top level.
///
/// Comments and the text of string literals (plain, multi-line and raw) are skipped; the code
/// of an interpolation inside a string is read as code. Each identifier comes with its line,
/// the depth of braces it stands at, and whether a `(` follows it at once (a call).
struct SwiftSourceScanner {
  /// An identifier of the code.
  struct Token {
    /// The identifier.
    var name: String
    /// Its line (1-based).
    var line: Int
    /// How many braces enclose it.
    var depth: Int
    /// Whether `(` follows it immediately.
    var isCall: Bool
  }

  /// The keywords that declare a type (or a type's name).
  static let declarationKeywords: Set<String> = ["struct", "class", "enum", "protocol", "actor", "typealias"]

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var depth = 0
  /// The identifiers of the code, in order.
  private(set) var tokens: [Token] = []

  /// Scans `source`.
  init(source: String) {
    bytes = Array(source.utf8)
    scanCode(inInterpolation: false)
  }

  /// The names of the types declared at the top level of the file (not in an extension or
  /// another type).
  var declaredTypes: [String] {
    zip(tokens, tokens.dropFirst()).compactMap { keyword, name in
      keyword.depth == 0 && Self.declarationKeywords.contains(keyword.name) ? name.name : nil
    }
  }

  /// The identifiers that start with a capital letter (the candidates for type names).
  var capitalisedIdentifiers: [Token] {
    tokens.filter { $0.name.first?.isUppercase == true }
  }

  private func byte(at offset: Int) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }

  private static func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
  }

  private static func isIdentifierPart(_ byte: UInt8) -> Bool {
    isIdentifierStart(byte) || (byte >= 0x30 && byte <= 0x39)
  }

  /// Reads code up to the end of the file, or up to the `)` that closes an interpolation.
  private mutating func scanCode(inInterpolation: Bool) {
    var parentheses = 0
    while index < bytes.count {
      let current = bytes[index]
      switch current {
      case UInt8(ascii: "\n"):
        line += 1
        index += 1
      case UInt8(ascii: "("):
        parentheses += 1
        index += 1
      case UInt8(ascii: ")"):
        index += 1
        if inInterpolation && parentheses == 0 { return }
        parentheses -= 1
      case UInt8(ascii: "{"):
        depth += 1
        index += 1
      case UInt8(ascii: "}"):
        depth -= 1
        index += 1
      case UInt8(ascii: "/") where byte(at: 1) == UInt8(ascii: "/"):
        while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
      case UInt8(ascii: "/") where byte(at: 1) == UInt8(ascii: "*"):
        skipBlockComment()
      case UInt8(ascii: "\""):
        scanString(hashes: 0)
      case UInt8(ascii: "#"):
        var hashes = 0
        while byte(at: hashes) == UInt8(ascii: "#") { hashes += 1 }
        if byte(at: hashes) == UInt8(ascii: "\"") {
          index += hashes
          scanString(hashes: hashes)
        } else {
          index += hashes
        }
      case UInt8(ascii: "`"):
        index += 1
        let start = index
        while index < bytes.count && bytes[index] != UInt8(ascii: "`") { index += 1 }
        append(String(decoding: bytes[start..<index], as: UTF8.self))
        index += 1
      case _ where Self.isIdentifierStart(current):
        let start = index
        while index < bytes.count && Self.isIdentifierPart(bytes[index]) { index += 1 }
        append(String(decoding: bytes[start..<index], as: UTF8.self))
      case _ where current >= 0x30 && current <= 0x39:
        while index < bytes.count && (Self.isIdentifierPart(bytes[index]) || bytes[index] == UInt8(ascii: ".")) {
          index += 1
        }
      default:
        index += 1
      }
    }
  }

  private mutating func append(_ name: String) {
    tokens.append(Token(name: name, line: line, depth: depth, isCall: index < bytes.count && bytes[index] == 0x28))
  }

  /// Skips a `/* … */` comment, which may nest.
  private mutating func skipBlockComment() {
    var nesting = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "/") && byte(at: 1) == UInt8(ascii: "*") {
        nesting += 1
        index += 2
      } else if bytes[index] == UInt8(ascii: "*") && byte(at: 1) == UInt8(ascii: "/") {
        nesting -= 1
        index += 2
        if nesting == 0 { return }
      } else {
        if bytes[index] == UInt8(ascii: "\n") { line += 1 }
        index += 1
      }
    }
  }

  /// Whether `count` bytes `#` stand at `offset`.
  private func hashes(_ count: Int, at offset: Int) -> Bool {
    (0..<count).allSatisfy { byte(at: offset + $0) == UInt8(ascii: "#") }
  }

  /// Skips a string literal starting at its first `"` (after `hashes` `#` for a raw string),
  /// reading the code of its interpolations.
  private mutating func scanString(hashes count: Int) {
    let quote = UInt8(ascii: "\"")
    let multiline = byte(at: 1) == quote && byte(at: 2) == quote
    index += multiline ? 3 : 1
    while index < bytes.count {
      let current = bytes[index]
      if current == UInt8(ascii: "\n") {
        line += 1
        index += 1
      } else if current == UInt8(ascii: "\\") && hashes(count, at: 1) {
        index += 1 + count
        if byte(at: 0) == UInt8(ascii: "(") {
          index += 1
          scanCode(inInterpolation: true)
        } else {
          if byte(at: 0) == UInt8(ascii: "\n") { line += 1 }
          index += 1
        }
      } else if current == quote && (!multiline || (byte(at: 1) == quote && byte(at: 2) == quote)) {
        let width = multiline ? 3 : 1
        if hashes(count, at: width) {
          index += width + count
          return
        }
        index += 1
      } else {
        index += 1
      }
    }
  }
}
