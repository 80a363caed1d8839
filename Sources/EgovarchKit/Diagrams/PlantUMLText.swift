/// Text written into a PlantUML diagram so that PlantUML shows it as typed and reads nothing
/// in it as syntax, markup or a preprocessor call.
///
/// Every ASCII character but letters, digits, the space and `.,()` is written as an HTML
/// character reference (`"` as `&#34;`, `[` as `&#91;`, `%` as `&#37;`, so that `%version()`
/// is not called and `**` is not bold): PlantUML decodes them after reading its markup. The
/// backslash and the dollar sign are written as `<U+005C>` and `<U+0024>`, PlantUML's other
/// escape, because its references to them fail in Debian's PlantUML (1.2020.02), and so is
/// `<`, because PlantUML reads `<U+0022>` after the references (`&#60;U+0022>` would show `"`). Line breaks
/// (CR LF as one) and tabs become spaces; other control characters and the bidirectional overrides are
/// shown as `\u{…}`, itself escaped. What remains (Vietnamese letters included) is written
/// as it is.
enum PlantUMLText {
  /// The ASCII punctuation written as it is.
  static let plain: Set<Unicode.Scalar> = [".", ",", "(", ")"]

  /// `text` with every character PlantUML could read as syntax escaped.
  static func escaped(_ text: String) -> String {
    var result = ""
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      defer { previous = scalar }
      switch scalar {
      case "\n" where previous == "\r": continue
      case "\n", "\r", "\t": result += " "
      case "\\": result += "<U+005C>"
      case "$": result += "<U+0024>"
      case "<": result += "<U+003C>"
      case _ where scalar.isHiddenFromReaders: result += escaped(scalar.visibleEscape)
      case _ where scalar.isASCII:
        let plainASCII =
          ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
          || scalar == " " || plain.contains(scalar)
        if plainASCII { result.unicodeScalars.append(scalar) } else { result += "&#\(scalar.value);" }
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `lines` escaped and joined with PlantUML's line break `\n` (inside a quoted label).
  static func lines(_ lines: [String]) -> String {
    lines.map(escaped).joined(separator: "\\n")
  }

  /// `lines` as a double-quoted label.
  static func quoted(_ lines: String...) -> String {
    "\"" + Self.lines(lines) + "\""
  }
}
