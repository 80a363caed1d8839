/// The text of a diagram's labels: names wrapped into lines between words, and numbers written
/// for Graphviz.
///
/// A name is never cut at a fixed number of characters: it is broken between words into lines
/// of at most `width` characters, and only when it needs more than `maxLines` lines does the
/// last one end with "…". A word longer than a line (an id such as
/// `national:national-public-service-portal`) is broken after a `-`, `:`, `/`, `_` or `.` where
/// it can be, else where the line is full.
enum LabelText {
  /// The characters after which a long word may be broken.
  static let breakAfter: Set<Character> = ["-", ":", "/", "_", "."]

  /// `text` in lines of at most `width` characters, at most `maxLines` of them, the last ended
  /// with "…" when some text is left out.
  ///
  /// Runs of spaces, tabs and line breaks count as one space; empty text is no line. Other
  /// white space (a no-break space, NEL, a line separator) is part of its word, so that the DOT
  /// writer shows a hidden character escaped rather than the wrapping dropping it.
  /// When the whole text fits, its lines are balanced: the narrowest width that needs no more
  /// lines is used, so that a name does not end with one short word on a line of its own.
  static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
    let lines = greedy(text, width: width, maxLines: maxLines)
    guard lines.count > 1, !(lines.last?.hasSuffix("…") ?? false) else { return lines }
    var narrower = width
    while narrower > 4 {
      let candidate = greedy(text, width: narrower - 1, maxLines: maxLines)
      guard candidate.count == lines.count, !(candidate.last?.hasSuffix("…") ?? false) else { break }
      narrower -= 1
    }
    return narrower == width ? lines : greedy(text, width: narrower, maxLines: maxLines)
  }

  /// `text` filled into lines of at most `width` characters, each as full as it can be.
  private static func greedy(_ text: String, width: Int, maxLines: Int) -> [String] {
    let width = max(width, 4)
    guard maxLines > 0 else { return [] }
    // Each piece of text, and whether it continues the previous one (a long word broken).
    var pieces: [(text: String, continues: Bool)] = []
    for word in text.split(whereSeparator: { String.xmlWhitespace.contains($0) }) {
      for (offset, piece) in split(word, width: width).enumerated() {
        pieces.append((piece, offset > 0))
      }
    }
    var lines: [String] = []
    var current = ""
    var placed = 0
    for piece in pieces {
      let joined = current.isEmpty ? piece.text : current + (piece.continues ? "" : " ") + piece.text
      if current.isEmpty || joined.count <= width {
        current = joined
      } else {
        lines.append(current)
        if lines.count == maxLines { break }
        current = piece.text
      }
      placed += 1
    }
    if lines.count < maxLines && !current.isEmpty { lines.append(current) }
    guard placed < pieces.count, var last = lines.popLast() else { return lines }
    // Some text is left out: the last line says so, within the width.
    while last.count + 1 > width, let space = last.lastIndex(of: " ") { last = String(last[..<space]) }
    if last.count + 1 > width { last = String(last.prefix(width - 1)) }
    while let end = last.last, end.isWhitespace || (end.isPunctuation && end != ")") { last.removeLast() }
    lines.append(last + "…")
    return lines
  }

  /// `text` wrapped (`wrap(_:width:maxLines:)`) and joined with line breaks.
  static func wrapped(_ text: String, width: Int, maxLines: Int) -> String {
    wrap(text, width: width, maxLines: maxLines).joined(separator: "\n")
  }

  /// `word` as is when it fits a line, else in pieces of at most `width` characters, each broken
  /// after a `breakAfter` character when one is far enough into it.
  private static func split(_ word: Substring, width: Int) -> [String] {
    var pieces: [String] = []
    var rest = word
    while rest.count > width {
      let window = rest.prefix(width)
      var cut = window.endIndex
      if let mark = window.dropLast().lastIndex(where: { breakAfter.contains($0) }),
        window.distance(from: window.startIndex, to: mark) >= width / 3
      {
        cut = window.index(after: mark)
      }
      pieces.append(String(rest[..<cut]))
      rest = rest[cut...]
    }
    pieces.append(String(rest))
    return pieces
  }

  /// `value` with at most three decimals and no trailing zero, as Graphviz reads numbers
  /// (`13.333`, `7.5`, `2`); EgovarchKit does without Foundation's formatters.
  static func number(_ value: Double, decimals: Int = 3) -> String {
    guard value.isFinite else { return "0" }
    var factor = 1.0
    for _ in 0..<decimals { factor *= 10 }
    let scaled = Int((abs(value) * factor).rounded())
    let whole = scaled / Int(factor)
    var fraction = String(scaled % Int(factor))
    while fraction.count < decimals { fraction = "0" + fraction }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let sign = value < 0 && scaled > 0 ? "-" : ""
    return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
  }
}
