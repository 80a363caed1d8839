extension String {
  /// The string with control characters shown as escapes (`\n`, `\u{1B}`), so that a file
  /// name or a value from a model can neither break a report's one-line-per-finding layout
  /// nor send escape sequences to a terminal.
  public var terminalSafe: String { escapingControlCharacters(keepingLineBreaks: false) }

  /// The string with control characters escaped as in `terminalSafe`, except that line feeds
  /// stay when `keepingLineBreaks` (for multi-line messages on standard error).
  public func escapingControlCharacters(keepingLineBreaks: Bool) -> String {
    guard unicodeScalars.contains(where: \.isControlCharacter) else { return self }
    var result = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "\n" where keepingLineBreaks: result += "\n"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.isControlCharacter {
          result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}

extension Unicode.Scalar {
  /// C0 and C1 control characters and DEL.
  fileprivate var isControlCharacter: Bool {
    value < 0x20 || (0x7F...0x9F).contains(value)
  }
}
