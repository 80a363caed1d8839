extension DocumentSniffer {
  /// The local name of the root element of the XML document that `bytes` starts with, or `nil`
  /// when the bytes do not show one (not UTF-8 XML, or the start tag lies beyond them).
  ///
  /// Only looks: the XML declaration, processing instructions, comments, a document type
  /// declaration and white space are passed over, and the first start tag's name is returned
  /// without its namespace prefix. A directory scan uses it to pass over XML files that are
  /// not models (a JUnit report, a Maven POM) instead of reporting them.
  public static func rootElementName(in bytes: [UInt8]) -> String? {
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let count = bytes.count
    func starts(with prefix: String) -> Bool {
      let utf8 = Array(prefix.utf8)
      return index + utf8.count <= count && Array(bytes[index..<index + utf8.count]) == utf8
    }
    /// Moves `index` past the first `terminator` from it; `false` when there is none.
    func skip(past terminator: String) -> Bool {
      let utf8 = Array(terminator.utf8)
      while index + utf8.count <= count {
        if bytes[index] == utf8[0] && Array(bytes[index..<index + utf8.count]) == utf8 {
          index += utf8.count
          return true
        }
        index += 1
      }
      return false
    }
    while index < count {
      let byte = bytes[index]
      if [0x20, 0x09, 0x0A, 0x0D].contains(byte) {
        index += 1
      } else if starts(with: "<?") {
        guard skip(past: "?>") else { return nil }
      } else if starts(with: "<!--") {
        guard skip(past: "-->") else { return nil }
      } else if starts(with: "<!DOCTYPE") {
        var depth = 0
        while index < count {
          let current = bytes[index]
          index += 1
          if current == UInt8(ascii: "[") { depth += 1 }
          if current == UInt8(ascii: "]") { depth -= 1 }
          if current == UInt8(ascii: ">") && depth <= 0 { break }
        }
      } else if byte == UInt8(ascii: "<") {
        let start = index + 1
        var end = start
        let stops: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "/"), UInt8(ascii: ">")]
        while end < count && !stops.contains(bytes[end]) { end += 1 }
        guard end < count, end > start, let name = String(validating: bytes[start..<end], as: UTF8.self) else {
          return nil
        }
        guard !name.hasPrefix("!") && !name.hasPrefix("?") else { return nil }
        return name.split(separator: ":", omittingEmptySubsequences: false).last.map(String.init)
      } else {
        return nil
      }
    }
    return nil
  }
}
