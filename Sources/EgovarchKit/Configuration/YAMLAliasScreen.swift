/// Refuses YAML anchors (`&name`) and aliases (`*name`) in a configuration's text, before
/// Yams parses it.
///
/// Yams replaces an alias by the node its anchor names, which shares storage, but it checks
/// every mapping for duplicate keys by hashing the keys, and a hash walks the whole key: a
/// key made of aliases of aliases ("billion laughs") makes that walk exponential. Without
/// an anchor no alias can resolve (Yams stops at the first one with "found undefined
/// alias", before any mapping holding it is complete), so refusing every anchor before
/// parsing is what makes parsing safe. Aliases are refused here too, for a clearer message:
/// an unquoted glob such as `**/drafts` is an alias to YAML.
///
/// The screen reads line by line and errs on the side of refusing. `&` or `*` counts when
/// it stands where a YAML node may start: first on its line, right after one of `[ { , : ?`,
/// or after blanks that follow one of `- ? : [ { ,` or a word holding `!` (a tag). Every
/// anchor libyaml accepts stands in such a place. Comments are skipped only on lines
/// without quote characters, where a `#` cannot hide the end of a quoted string; a false
/// alarm (inside a quoted string, a block scalar or a continued plain scalar) is possible,
/// a missed anchor is not.
enum YAMLAliasScreen {
  /// Throws on the first anchor or alias in `text`.
  ///
  /// The message quotes the anchor or alias (at most ``ConfigurationReader/excerpt(_:)``
  /// allows) only when `quotingText`: the text may not be a configuration at all.
  /// - Throws: `ConfigurationError` naming `file` and the position of the `&` or `*`.
  static func check(_ text: String, file: String, quotingText: Bool) throws(ConfigurationError) {
    var line: [Unicode.Scalar] = []
    var lineNumber = 1
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && previousWasCarriageReturn {
        previousWasCarriageReturn = false
        continue
      }
      previousWasCarriageReturn = scalar == "\r"
      if isBreak(scalar) {
        try checkLine(line, number: lineNumber, file: file, quotingText: quotingText)
        line.removeAll(keepingCapacity: true)
        lineNumber += 1
      } else {
        line.append(scalar)
      }
    }
    try checkLine(line, number: lineNumber, file: file, quotingText: quotingText)
  }

  private static func checkLine(
    _ line: [Unicode.Scalar], number: Int, file: String, quotingText: Bool
  ) throws(ConfigurationError) {
    let hasQuote = line.contains("\"") || line.contains("'")
    var end = line.count
    if !hasQuote, let comment = line.indices.first(where: { line[$0] == "#" && ($0 == 0 || isBlank(line[$0 - 1])) }) {
      end = comment
    }
    for index in 0..<end where line[index] == "&" || line[index] == "*" {
      guard startsNode(at: index, in: line) else { continue }
      let isAnchor = line[index] == "&"
      // An anchor needs a name; a lone '*' is still an (invalid) alias to libyaml.
      if isAnchor && !(index + 1 < line.count && isAnchorCharacter(line[index + 1])) { continue }
      let token = String(
        String.UnicodeScalarView(line[index...].prefix { !isBlank($0) && !",]}".unicodeScalars.contains($0) }))
      let message: String
      switch (isAnchor, quotingText) {
      case (true, true):
        message =
          "YAML anchors and aliases are not allowed in a configuration file (\(ConfigurationReader.excerpt(token)))"
      case (true, false): message = "YAML anchors and aliases are not allowed in a configuration file"
      case (false, true):
        let shown = ConfigurationReader.excerpt(token)
        let advice = shown == "'\(token)'" ? "quote it: \"\(token)\"" : "quote it in double quotes"
        message = "\(shown) is read as a YAML alias, and aliases are not allowed (\(advice))"
      case (false, false):
        message = "an unquoted '*' starts a YAML alias, and aliases are not allowed (quote the value)"
      }
      throw ConfigurationError(file: file, line: number, column: index + 1, message: message)
    }
  }

  /// Whether a node may start at `index`, judged from what precedes it on its line.
  private static func startsNode(at index: Int, in line: [Unicode.Scalar]) -> Bool {
    guard let last = line[..<index].lastIndex(where: { !isBlank($0) }) else { return true }
    if last == index - 1 { return "[{,:?".unicodeScalars.contains(line[last]) }
    if "-?:[{,".unicodeScalars.contains(line[last]) { return true }
    let wordStart = line[...last].lastIndex(where: isBlank).map { $0 + 1 } ?? 0
    return line[wordStart...last].contains("!")
  }

  /// libyaml's line breaks.
  private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
  }

  /// Blanks, and the byte-order mark, which libyaml skips at the start.
  private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\u{FEFF}"
  }

  /// The characters libyaml allows in an anchor's name.
  private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "0"..."9", "a"..."z", "A"..."Z", "-", "_": return true
    default: return false
    }
  }
}
