extension String {
  /// The words of a name as people write it, in lower case, for comparing names of places and
  /// agencies.
  ///
  /// "TP. Hồ Chí Minh" is `["tp", "hồ", "chí", "minh"]`. A word is a run of letters and
  /// digits; every other character separates words, except `&`, which is a word of its own
  /// ("TT&TT" is `["tt", "&", "tt"]`). Dots, hyphens, en and em dashes and spaces all separate
  /// alike, so "Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu" and "Bà Rịa-Vũng Tàu" give the same words.
  ///
  /// Swift compares characters by canonical equivalence, so a name typed in NFC or in NFD
  /// (a base letter followed by combining marks) gives equal words: the comparison is that of
  /// NFC-normalised text. With `foldingDiacritics`, each Vietnamese letter is replaced by its
  /// base letter (`đ` by `d`, `ò` and `ờ` by `o`), so that tone marks placed on either vowel
  /// ("Hòa", "Hoà") and names typed without diacritics ("Binh Duong") compare equal.
  func nameWords(foldingDiacritics: Bool) -> [String] {
    var words: [String] = []
    var word = ""
    func flush() {
      if !word.isEmpty { words.append(word) }
      word = ""
    }
    for character in lowercased() {
      if character.isLetter || character.isNumber {
        word.append(foldingDiacritics ? Self.baseLetters[character] ?? character : character)
      } else {
        flush()
        if character == "&" { words.append("&") }
      }
    }
    flush()
    return words
  }

  /// Each lower-case Vietnamese letter with a diacritic, mapped to its base letter.
  private static let baseLetters: [Character: Character] = {
    let letters: [(Character, String)] = [
      ("a", "àáảãạăằắẳẵặâầấẩẫậ"), ("d", "đ"), ("e", "èéẻẽẹêềếểễệ"), ("i", "ìíỉĩị"),
      ("o", "òóỏõọôồốổỗộơờớởỡợ"), ("u", "ùúủũụưừứửữự"), ("y", "ỳýỷỹỵ"),
    ]
    var table: [Character: Character] = [:]
    for (base, marked) in letters {
      for letter in marked { table[letter] = base }
    }
    return table
  }()
}
