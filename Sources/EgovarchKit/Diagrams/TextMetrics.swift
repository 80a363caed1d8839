/// Estimated widths of text in the timeline's sans-serif font, and text cut or wrapped to fit.
///
/// egovarch draws the timeline without a font at hand, so widths are estimated from each
/// character's class, with the advances of DejaVu Sans (the widest of the usual sans-serif
/// fonts, Debian's default) rounded up: a label that fits by this estimate fits in DejaVu Sans,
/// Arial, Helvetica or Noto Sans. A Vietnamese letter with its diacritics (`ế`, `ữ`) counts as a
/// wide lower-case letter whether written precomposed or with combining marks (one `Character`
/// either way); a character of another script counts as a full em.
enum TextMetrics {
  /// The estimate is raised by this factor, for kerning and rendering differences.
  static let margin = 1.02
  /// Bold text is this much wider.
  static let boldFactor = 1.12

  /// The estimated advance of `character`, in ems.
  static func advance(of character: Character) -> Double {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    // A letter with combining marks (a Vietnamese letter written decomposed) counts as the
    // widest of its case.
    if character.unicodeScalars.count > 1 && character.isLetter { return character.isUppercase ? 0.9 : 0.64 }
    switch scalar {
    case " ", ".", ",", ":", ";", "'", "!", "|", "i", "j", "l", "I", "J", "í", "ì", "ỉ", "ĩ", "ị": return 0.33
    case "f", "r", "t", "(", ")", "[", "]", "-", "/", "\\", "\"", "`", "{", "}": return 0.45
    case "m", "w", "M", "W", "%", "@", "…", "—", "Ư", "Ơ", "Œ", "Æ": return 1.0
    case "0"..."9": return 0.64
    case "A"..."Z", "Đ": return 0.78
    case "a"..."z": return 0.62
    default:
      if (0x1E00...0x1EFF).contains(scalar.value) { return character.isUppercase ? 0.9 : 0.64 }  // Vietnamese
      if character.isUppercase { return 0.8 }
      if character.isLetter && scalar.value < 0x0250 { return 0.64 }  // Latin letters with diacritics
      if character.isWhitespace { return 0.33 }
      return 1.0
    }
  }

  /// The estimated width of `text` in pixels at `size` pixels.
  static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    let ems = text.reduce(0.0) { $0 + advance(of: $1) }
    return ems * size * margin * (bold ? boldFactor : 1)
  }

  /// `text` as a reader sees it on one line: white space runs (line breaks too) as one space,
  /// and characters that would act instead of showing (controls, bidirectional overrides) as
  /// their visible escapes, which are what is measured and drawn.
  static func visible(_ text: String) -> String {
    let line = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    var output = ""
    for scalar in line.unicodeScalars {
      if scalar.isHiddenFromReaders {
        output += scalar.visibleEscape
      } else {
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// `text` cut at the end, and ended with "…", to be at most `width` pixels wide; `text` itself
  /// when it fits, `nil` when not even one character and "…" fit.
  static func truncated(_ text: String, toWidth width: Double, size: Double, bold: Bool = false) -> String? {
    if self.width(text, size: size, bold: bold) <= width { return text }
    let ellipsis = self.width("…", size: size, bold: bold)
    var used = ellipsis
    var kept = ""
    for character in text {
      let next = self.width(String(character), size: size, bold: bold)
      if used + next > width { break }
      used += next
      kept.append(character)
    }
    while let last = kept.last, last.isWhitespace || last.isPunctuation { kept.removeLast() }
    return kept.isEmpty ? nil : kept + "…"
  }

  /// `text` broken at spaces into at most `lines` lines of at most `width` pixels.
  ///
  /// The last line is cut with "…" when the text does not end there, and a word longer than a
  /// line is cut. Empty when not even one character fits.
  static func wrapped(_ text: String, toWidth width: Double, size: Double, bold: Bool = false, lines: Int) -> [String] {
    guard lines > 0 else { return [] }
    var result: [String] = []
    var rest = Substring(text)
    while !rest.isEmpty {
      if result.count == lines - 1 {
        guard let last = truncated(String(rest), toWidth: width, size: size, bold: bold) else { break }
        result.append(last)
        break
      }
      // The longest prefix of whole words that fits; a first word too long for a line is cut.
      var line = ""
      var consumed = rest.startIndex
      for word in rest.split(separator: " ", omittingEmptySubsequences: true) {
        let candidate = line.isEmpty ? String(word) : line + " " + word
        guard self.width(candidate, size: size, bold: bold) <= width else { break }
        line = candidate
        consumed = word.endIndex
      }
      if line.isEmpty {
        guard let cut = truncated(String(rest), toWidth: width, size: size, bold: bold) else { break }
        result.append(cut)
        break
      }
      result.append(line)
      rest = rest[consumed...].drop { $0 == " " }
    }
    return result
  }
}
