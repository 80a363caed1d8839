import Testing

@testable import EgovarchKit

/// The fast whitespace collapsing gives exactly what splitting at whitespace characters does.
@Suite struct CollapsingWhitespaceTests {
  @Test(arguments: [
    "", "   ", "a", "  Tư vấn và\n        đào tạo kiến trúc  ", "a\tb\r\nc\rd", "x\u{A0}y\u{3000}z",
    "line\u{2028}separator", "a \u{301}b", "e\u{301} f", "a\u{200D} b", " \u{200D}b", "\u{600} x",
    "tab\u{0B}vertical\u{0C}feed", "𝄞 music  🎵\u{FE0F}  end", "\u{85}next", "Sở TT&TT  ", "ạ\u{323} \u{323}",
  ])
  func matchesSplittingAtWhitespaceCharacters(text: String) {
    #expect(text.collapsingWhitespace() == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
  }
}
