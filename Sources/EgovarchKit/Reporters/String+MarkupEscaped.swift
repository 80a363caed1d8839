extension String {
  /// The string made safe as XML or HTML content: the one escaper of the JUnit and HTML outputs.
  ///
  /// `&`, `<` and `>` become character references, and so does CR (parsers would turn it into
  /// LF). In a double-quoted attribute (`inAttribute`), `"`, tab and LF become references too,
  /// because attribute normalisation would turn tab and LF into spaces; in content they stay.
  /// With `allQuotes`, `"` and `'` become references wherever the text goes (HTML's habit, so
  /// that the text is safe in any attribute). Every other
  /// character that a reader would not see or that XML 1.0 does not allow (the other C0
  /// controls, DEL, C1 controls, bidirectional overrides and isolates, U+FFFE, U+FFFF) is
  /// shown as a visible escape (`\u{1B}`), as in the text report.
  func markupEscaped(inAttribute: Bool, allQuotes: Bool = false) -> String {
    var output = ""
    output.reserveCapacity(utf8.count)
    for scalar in unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"" where inAttribute || allQuotes: output += "&quot;"
      case "'" where allQuotes: output += "&#39;"
      case "\t" where inAttribute: output += "&#9;"
      case "\n" where inAttribute: output += "&#10;"
      case "\r": output += "&#13;"
      case "\t", "\n": output.unicodeScalars.append(scalar)
      case _ where scalar.isHiddenFromReaders || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        output += scalar.visibleEscape
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
