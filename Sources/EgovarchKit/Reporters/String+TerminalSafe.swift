extension String {
  /// The string with control characters shown as escapes (`\n`, `\u{1B}`), so that a file
  /// name or a value from a model can neither break a report's one-line-per-finding layout
  /// nor send escape sequences to a terminal; bidirectional overrides and isolates (U+202A–
  /// U+202E, U+2066–U+2069) are escaped too, so that no text can be made to read backwards.
  public var terminalSafe: String { escapingControlCharacters(keepingLineBreaks: false) }

  /// The string with control characters escaped as in `terminalSafe`, except that line feeds
  /// stay when `keepingLineBreaks` (for multi-line messages on standard error).
  public func escapingControlCharacters(keepingLineBreaks: Bool) -> String {
    guard unicodeScalars.contains(where: \.isHiddenFromReaders) else { return self }
    var result = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "\n" where keepingLineBreaks: result += "\n"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.isHiddenFromReaders {
          result += scalar.visibleEscape
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
  var isControlCharacter: Bool {
    value < 0x20 || (0x7F...0x9F).contains(value)
  }

  /// Control characters and the bidirectional overrides and isolates: characters that act on
  /// a terminal or a page instead of being shown, and so are written as escapes in every
  /// output meant for people (text, HTML, diagrams) and as JSON escapes in JSON.
  var isHiddenFromReaders: Bool {
    isControlCharacter || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }

  /// `\u{1B}`: the scalar as egovarch shows a hidden character.
  var visibleEscape: String {
    "\\u{" + String(value, radix: 16, uppercase: true) + "}"
  }
}
