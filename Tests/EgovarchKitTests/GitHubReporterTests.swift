import EgovarchKit
import Testing

/// `--format github` prints one workflow command per unsuppressed finding, escaped as GitHub's
/// runner expects, then the summary line.
@Suite struct GitHubReporterTests {
  @Test func commandPerUnsuppressedFindingThenTheSummary() {
    #expect(
      GitHubReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.basic) == """
        ::notice file=models/x.xml,line=1,col=1,title=roadmap/foundation-late::'dc' comes late
        ::error file=models/x.xml,line=12,col=5,title=graph/cycle::'a' depends on itself
        ::error file=models/x.xml,line=20,col=5,title=graph/cycle::'a' depends on itself
        2 errors, 0 warnings, 1 note in 2 files (1 suppressed)

        """)
  }

  @Test func vietnameseMessagesAndSummary() {
    #expect(
      GitHubReporter(settings: ReporterFixtures.settings(.vietnamese)).render(ReporterFixtures.basic) == """
        ::notice file=models/x.xml,line=1,col=1,title=roadmap/foundation-late::'dc' đến muộn
        ::error file=models/x.xml,line=12,col=5,title=graph/cycle::'a' phụ thuộc chính nó
        ::error file=models/x.xml,line=20,col=5,title=graph/cycle::'a' phụ thuộc chính nó
        2 lỗi, 0 cảnh báo, 1 ghi chú trong 2 tệp (1 đã miễn trừ)

        """)
  }

  @Test func warningsBecomeWarningCommands() {
    let report = ValidationReport(files: [
      FileValidation(
        path: "m.xml", architecture: nil,
        findings: [ReporterFixtures.finding("roadmap/overdue", .warning, "late", "trễ", file: "m.xml", at: 2, 4)])
    ])
    #expect(
      GitHubReporter(settings: ReporterFixtures.settings()).render(report) == """
        ::warning file=m.xml,line=2,col=4,title=roadmap/overdue::late
        0 errors, 1 warning, 0 notes in 1 file

        """)
  }

  @Test func valuesAndPathsAreEscaped() {
    let output = GitHubReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.escaping)
    #expect(
      output == """
        ::notice file=/work/sibling/y.xml,line=5,col=6,title=xml/schema::sibling
        ::error file=/elsewhere/out side.xml,line=1,col=1,title=xml/schema::outside
        ::notice file=a%3Ab.xml,line=9,col=9,title=xml/schema::absolute inside
        ::notice file=models/z%3A1.xml,line=7,col=8,title=xml/schema::dots
        ::error file=thư mục/a b#1?%25%2Cc.xml,line=2,col=3,title=xml/malformed::say "hi" \\ <b>&amp;</b> 50%25 \
        a,b: c\td%0Ae%0Df \\u{1}\\u{1B}[31m\\u{7F}\\u{85} \u{2028} \u{FFFE} Sở TT&TT 𝄞
        2 errors, 0 warnings, 3 notes in 5 files (1 suppressed)

        """)
    // Nothing but the line feeds that end the lines can start a new command.
    #expect(output.split(separator: "\n").count == 6)
    #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
  }

  @Test func escapingFunctions() {
    #expect(GitHubReporter.escapedMessage("100% a,b: c\r\nd") == "100%25 a,b: c%0D%0Ad")
    #expect(GitHubReporter.escapedProperty("100% a,b: c\r\nd") == "100%25 a%2Cb%3A c%0D%0Ad")
    #expect(GitHubReporter.escapedMessage("::error::x") == "::error::x")
    #expect(GitHubReporter.escapedProperty("Lạng Sơn/tỉnh.xml") == "Lạng Sơn/tỉnh.xml")
  }

  @Test func emptyReportPrintsOnlyTheSummary() {
    #expect(
      GitHubReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.empty)
        == "0 errors, 0 warnings, 0 notes in 0 files\n")
  }

  @Test func summaryIsTheTextFormatsSummary() {
    for language in Language.allCases {
      let github = GitHubReporter(settings: ReporterFixtures.settings(language)).render(ReporterFixtures.basic)
      let text = TextReporter(language: language).render(ReporterFixtures.basic)
      #expect(github.split(separator: "\n").last == text.split(separator: "\n").last)
    }
  }
}
