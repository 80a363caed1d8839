import Testing

@testable import EgovarchKit

/// Slide sizes (`--size`), fitting a drawing to one, and the wrapping of labels.
@Suite struct SlideSizeTests {
  @Test(arguments: [
    ("16:9", 13.333, 7.5), ("4:3", 10, 7.5), ("a4", 11.693, 8.268), ("A3", 16.535, 11.693),
    ("1920x1080", 20, 11.25), ("1280×720", 13.333, 7.5), (" 800X600 ", 8.333, 6.25),
  ])
  func parses(text: String, width: Double, height: Double) throws {
    let size = try SlideSize(parsing: text)
    #expect(abs(size.width - width) < 0.001, "\(size.width)")
    #expect(abs(size.height - height) < 0.001, "\(size.height)")
  }

  @Test func namesItsBoxForGraphviz() throws {
    #expect(SlideSize.widescreen.graphvizSize == "13.333,7.5!")
    #expect(try SlideSize(parsing: "1920x1080").name == "1920x1080")
    #expect(try SlideSize(parsing: "A4") == .a4)
    #expect(SlideSize.widescreen.inches == "13.33 × 7.5 in")
  }

  @Test(arguments: [
    "", "16:10", "a5", "0x0", "10x10", "1920x", "x1080", "1920x1080x2", "-5x10", "١٩٢٠x1080", "99999x100",
  ])
  func refuses(text: String) {
    #expect(throws: SlideSize.ParseError.self) { try SlideSize(parsing: text) }
    do {
      _ = try SlideSize(parsing: text)
    } catch {
      #expect(error.description.contains("'\(text)' is not a slide size"), "\(error)")
      #expect(error.description.contains("16:9") || error.description.contains("pixels"), "\(error)")
    }
  }

  // MARK: - Fitting

  @Test func aWideDrawingShrinksAndGetsMarginsAboveAndBelow() {
    let fit = SlideFit(slide: .widescreen, width: 26.667, height: 5, smallestFontSize: 10)
    #expect(abs(fit.scale - 13.333 / (26.667 + 0.2)) < 0.001, "\(fit.scale)")
    // Drawing and margins have the slide's shape, so Graphviz's `size="W,H!"` fills it exactly.
    let width = 26.667 + 2 * fit.horizontalMargin
    let height = 5 + 2 * fit.verticalMargin
    #expect(abs(width / height - SlideSize.widescreen.aspectRatio) < 0.0001)
    #expect(abs(fit.horizontalMargin - SlideFit.leastMargin) < 0.0001)
    #expect(abs(fit.smallestText - 10 * fit.scale) < 0.0001)
    #expect(!fit.isLegible)
    #expect(fit.graphAttributes.map(\.0) == ["size", "pad", "margin"])
  }

  @Test func aSmallDrawingGrowsAtMostTwice() {
    let fit = SlideFit(slide: .widescreen, width: 2, height: 1, smallestFontSize: 10)
    #expect(fit.scale == SlideFit.largestScale)
    #expect(abs((2 + 2 * fit.horizontalMargin) * fit.scale - 13.333) < 0.01)
    #expect(abs((1 + 2 * fit.verticalMargin) * fit.scale - 7.5) < 0.01)
    #expect(fit.smallestText == 20)
    #expect(fit.isLegible)
  }

  @Test func theMinimumIsEightPoints() {
    #expect(SlideSize.minimumTextSize == 8)
    // 10 pt shrunk to exactly 8 pt is legible; a hair less is not.
    let exact = SlideFit(slide: .widescreen, width: 13.333 / 0.8 - 0.2, height: 1, smallestFontSize: 10)
    #expect(exact.isLegible, "\(exact.smallestText)")
    let less = SlideFit(slide: .widescreen, width: 13.333 / 0.79 - 0.2, height: 1, smallestFontSize: 10)
    #expect(!less.isLegible, "\(less.smallestText)")
  }

  @Test func theWarningSaysSizeMinimumAndAdviceInBothLanguages() {
    let fit = SlideFit(slide: .widescreen, width: 30, height: 10, smallestFontSize: 10)
    let warning = fit.warning(advice: RoadmapDiagram.slideAdvice)
    #expect(
      warning.english.hasPrefix("fitted to 16:9 (13.33 × 7.5 in), the smallest text is 4.4 pt, below the 8 pt minimum"),
      "\(warning.english)")
    #expect(warning.english.hasSuffix("--phase N, or choose a larger --size"))
    #expect(
      warning.vietnamese.contains("chữ nhỏ nhất chỉ còn 4,4 pt, dưới mức tối thiểu 8 pt"), "\(warning.vietnamese)")
    #expect(DependencyDiagram.slideAdvice.vietnamese.contains("--layer"))
  }

  // MARK: - Wrapping labels

  @Test func wrapsBetweenWordsAndBalancesTheLines() {
    #expect(
      LabelText.wrap("Trung tâm dữ liệu tỉnh Điện Biên", width: 28, maxLines: 3) == [
        "Trung tâm dữ liệu", "tỉnh Điện Biên",
      ])
    #expect(LabelText.wrap("  short \n name ", width: 28, maxLines: 3) == ["short name"])
    #expect(LabelText.wrap("", width: 28, maxLines: 3) == [])
  }

  @Test func endsWithAnEllipsisOnlyBeyondTheLimit() {
    let text = "Đào tạo về kiến trúc Chính quyền điện tử cho cán bộ chuyên trách công nghệ thông tin"
    let lines = LabelText.wrap(text, width: 28, maxLines: 3)
    #expect(lines.count == 3)
    #expect(lines[2].hasSuffix("…"))
    #expect(lines.allSatisfy { $0.count <= 28 })
    #expect(!LabelText.wrap(text, width: 28, maxLines: 4).joined().contains("…"))
  }

  @Test func breaksALongIdAfterAHyphen() {
    let lines = LabelText.wrap("(national:national-public-service-portal)", width: 28, maxLines: 3)
    #expect(lines.count == 2, "\(lines)")
    #expect(lines.joined() == "(national:national-public-service-portal)")
    #expect(lines.allSatisfy { $0.count <= 28 })
    #expect(lines[0].last == "-" || lines[0].last == ":", "\(lines)")
  }

  @Test func writesNumbersAsGraphvizReadsThem() {
    #expect(LabelText.number(13.333333) == "13.333")
    #expect(LabelText.number(7.5) == "7.5")
    #expect(LabelText.number(2) == "2")
    #expect(LabelText.number(0.0001) == "0")
    #expect(LabelText.number(-1.25) == "-1.25")
    #expect(LabelText.number(4.44, decimals: 1) == "4.4")
  }
}
