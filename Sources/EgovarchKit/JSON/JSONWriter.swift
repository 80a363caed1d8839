/// Writes JSON by hand, so that keys come out in the documented order and bytes are stable.
struct JSONWriter {
  private(set) var output = ""

  /// Appends `text` as a JSON string literal.
  mutating func string(_ text: String) {
    output += "\""
    // Most text needs no escape: appended whole, not a scalar at a time (a report of 100,000
    // findings spent most of its time here). 0x7F is DEL, 0xC2 starts the C1 controls
    // (U+0080–U+009F), 0xE2 starts U+2028, U+2029 and the bidirectional controls (and others).
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F && $0 != 0xC2 && $0 != 0xE2 }) {
      output += text
      output += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{2028}": output += "\\u2028"
      case "\u{2029}": output += "\\u2029"
      default:
        if scalar.isHiddenFromReaders {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }

  /// Appends `value`, or `null`.
  mutating func optionalString(_ value: String?) {
    if let value { string(value) } else { output += "null" }
  }

  /// Appends raw JSON text (numbers, booleans, punctuation, indentation).
  mutating func raw(_ text: String) {
    output += text
  }
}
