/// Text written into a Mermaid diagram so that Mermaid shows it as typed and reads nothing in
/// it as syntax.
///
/// Mermaid reads `#code;` as a character (an entity code, the only escape it has): every ASCII
/// character but letters, digits, the space and `.,()-'/` is written so (`"` as `#34;`, `:` as
/// `#58;`, `#` itself as `#35;`, `%` as `#37;`), and so are the four characters Mermaid uses
/// for its own placeholders of entities (`ﬂ°¶ß`). Line breaks and tabs become spaces; other
/// control characters and the bidirectional overrides are shown as `\u{…}`, itself escaped.
/// What remains (Vietnamese letters included) is written as it is.
enum MermaidText {
  /// The ASCII punctuation written as it is.
  static let plain: Set<Unicode.Scalar> = [".", ",", "(", ")", "-", "'", "/"]
  /// The characters of Mermaid's entity placeholders (`ﬂ°°`, `ﬂ°`, `¶ß`).
  static let placeholders: Set<Unicode.Scalar> = ["\u{FB02}", "\u{B0}", "\u{B6}", "\u{DF}"]

  /// The words that start a statement of a gantt chart (lower case): a task or a section
  /// named so would be read as that statement.
  static let ganttKeywords = [
    "gantt", "dateformat", "inclusiveenddates", "topaxis", "axisformat", "tickinterval", "includes", "excludes",
    "todaymarker", "weekday", "weekend", "title", "accdescr", "acctitle", "section", "click", "call", "href",
    "vert", "displaymode",
  ]

  /// `text` with every character Mermaid could read as syntax written as an entity code.
  ///
  /// A flowchart decodes a label's codes before Mermaid turns its placeholders back into
  /// entities, so `ﬂ°` and `¶ß` typed in a name get a zero-width space between them, which
  /// shows nothing and makes them no placeholder.
  static func escaped(_ text: String) -> String {
    var result = ""
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      if (previous == "\u{FB02}" && scalar == "\u{B0}") || (previous == "\u{B6}" && scalar == "\u{DF}") {
        result += "#8203;"
      }
      defer { previous = scalar }
      switch scalar {
      case "\n" where previous == "\r": continue
      case "\n", "\r", "\t": result += " "
      case _ where scalar.isHiddenFromReaders: result += escaped(scalar.visibleEscape)
      case _ where placeholders.contains(scalar): result += code(scalar)
      case _ where scalar.isASCII:
        let plainASCII =
          ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
          || scalar == " " || plain.contains(scalar)
        if plainASCII { result.unicodeScalars.append(scalar) } else { result += code(scalar) }
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// How many characters Mermaid measures for `escaped` (text written by `escaped(_:)`): it
  /// lays a label out with its entity codes as placeholders (`#34;` as `ﬂ°°34¶ß`, seven
  /// characters for one) and decodes them only afterwards.
  static func measuredLength(_ escaped: String) -> Int {
    var length = 0
    var rest = escaped[...]
    while let first = rest.first {
      if first == "#", let end = rest.dropFirst().firstIndex(of: ";"),
        rest[rest.index(after: rest.startIndex)..<end].allSatisfy(\.isASCII),
        rest[rest.index(after: rest.startIndex)..<end].allSatisfy(\.isNumber),
        rest.index(after: rest.startIndex) < end
      {
        length += 4 + rest.distance(from: rest.index(after: rest.startIndex), to: end)
        rest = rest[rest.index(after: end)...]
      } else {
        length += 1
        rest = rest.dropFirst()
      }
    }
    return length
  }

  /// `#code;` for `scalar`.
  static func code(_ scalar: Unicode.Scalar) -> String {
    "#\(scalar.value);"
  }

  /// `text` escaped and in double quotes: a node's or an edge's label.
  static func quoted(_ text: String) -> String {
    "\"" + escaped(text) + "\""
  }

  /// `text` escaped as a gantt task's, a section's or the title's text: also its first
  /// character written as a code when the text starts with a digit (a date) or a word that
  /// starts a statement (`section`, `click`), and never empty.
  static func ganttText(_ text: String) -> String {
    let escaped = escaped(text).trimmingCharacters(in: [" "])
    guard let first = escaped.unicodeScalars.first else { return "-" }
    let lowered = escaped.lowercased()
    let isDigit = ("0"..."9").contains(first)
    guard isDigit || ganttKeywords.contains(where: { lowered.hasPrefix($0) }) else { return escaped }
    return code(first) + String(escaped.unicodeScalars.dropFirst())
  }

  /// `text` cut into lines of at most `width` characters at spaces (a longer word is a line
  /// of its own).
  static func wrapped(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(whereSeparator: \.isWhitespace) {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
