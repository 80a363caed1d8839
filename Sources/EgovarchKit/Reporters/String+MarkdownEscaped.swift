extension String {
  /// The string made safe as inline Markdown (a table cell, a heading) for GitHub and GitLab,
  /// which render GitHub Flavored Markdown with HTML: the text reads as written and can do
  /// nothing else.
  ///
  /// Control characters, bidirectional overrides and isolates, U+2028, U+2029, U+FFFE and
  /// U+FFFF are shown as visible escapes (`\n`, `\u{1B}`), as in the text report, so no text
  /// can end a table row or read backwards. `&`, `<` and `>` become character references, so no
  /// tag, comment or entity of the model reaches the page. The punctuation that means something
  /// inside a line (`` \ ` * _ [ ] | ~ $ # ``) is backslash-escaped: no emphasis, code span,
  /// link, image, table cell, strikethrough, math or closing heading sequence. (The text never starts a line, so list and
  /// heading markers need nothing; a URL in it may still be made a link, showing itself.)
  /// An `@` that could start a mention (at the start, or after a character that is not a letter
  /// or a digit) is put in a code span, where neither GitHub nor GitLab looks for mentions, so
  /// a comment never notifies someone named in a model.
  var markdownEscaped: String {
    var output = ""
    output.reserveCapacity(utf8.count)
    var previous: Unicode.Scalar?
    for scalar in unicodeScalars {
      defer { previous = scalar }
      switch scalar {
      case "\n": output += "\\\\n"
      case "\r": output += "\\\\r"
      case "\t": output += "\\\\t"
      case _
      where scalar.isHiddenFromReaders || [0x2028, 0x2029, 0xFFFE, 0xFFFF].contains(scalar.value):
        output += "\\" + scalar.visibleEscape
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "@" where !(previous.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false):
        output += "`@`"
      case "\\", "`", "*", "_", "[", "]", "|", "~", "$", "#":
        output += "\\"
        output.unicodeScalars.append(scalar)
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
