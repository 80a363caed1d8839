import EgovarchKit
import Testing

/// `--format github` prints one workflow command per unsuppressed finding, the most severe
/// first and within GitHub's limits, escaped as GitHub's runner expects, then the summary line.
@Suite struct GitHubReporterTests {
  @Test func commandPerUnsuppressedFindingMostSevereFirstThenTheSummary() {
    #expect(
      GitHubReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.basic) == """
        ::error file=models/x.xml,line=12,col=5,title=graph/cycle::'a' depends on itself
        ::error file=models/x.xml,line=20,col=5,title=graph/cycle::'a' depends on itself
        ::notice file=models/x.xml,line=1,col=1,title=roadmap/foundation-late::'dc' comes late
        2 errors, 0 warnings, 1 note in 2 files (1 suppressed)

        """)
  }

  @Test func vietnameseMessagesAndSummary() {
    #expect(
      GitHubReporter(settings: ReporterFixtures.settings(.vietnamese)).render(ReporterFixtures.basic) == """
        ::error file=models/x.xml,line=12,col=5,title=graph/cycle::'a' phụ thuộc chính nó
        ::error file=models/x.xml,line=20,col=5,title=graph/cycle::'a' phụ thuộc chính nó
        ::notice file=models/x.xml,line=1,col=1,title=roadmap/foundation-late::'dc' đến muộn
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
        ::error file=/elsewhere/out side.xml,line=1,col=1,title=xml/schema::outside
        ::error file=thư mục/a b#1?%25%2Cc.xml,line=2,col=3,title=xml/malformed::say "hi" \\ <b>&amp;</b> 50%25 \
        a,b: c\td%0Ae%0Df \\u{1}\\u{1B}[31m\\u{7F}\\u{85} \u{2028} \u{FFFE} Sở TT&TT 𝄞
        ::notice file=/work/sibling/y.xml,line=5,col=6,title=xml/schema::sibling
        ::notice file=a%3Ab.xml,line=9,col=9,title=xml/schema::absolute inside
        ::notice file=models/z%3A1.xml,line=7,col=8,title=xml/schema::dots
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

  /// `count` findings of `severity`, at lines 1 to `count` of `file`.
  private static func findings(_ count: Int, _ severity: Severity, file: String = "models/x.xml") -> [Finding] {
    (1...max(1, count)).prefix(count).map {
      ReporterFixtures.finding(
        "roadmap/overdue", severity, "\(severity) \($0)", "\(severity) \($0)", file: file, at: $0, 1)
    }
  }

  /// The commands of `output` (its lines but the summary), as (command, message) pairs.
  private static func commands(_ output: String) -> [(command: String, message: String)] {
    output.split(separator: "\n").dropLast().map { line in
      let command = String(line.dropFirst(2).prefix { $0 != " " && $0 != ":" })
      let message = line.range(of: "::", options: .backwards).map { String(line[$0.upperBound...]) } ?? ""
      return (command, message)
    }
  }

  @Test func atMostTenOfEachKindTheMostSevereFirstThenOneNoticeForTheRest() {
    let report = ValidationReport(files: [
      FileValidation(
        path: "models/x.xml", architecture: nil,
        findings: Self.findings(15, .note) + Self.findings(12, .error) + Self.findings(11, .warning))
    ])
    let output = GitHubReporter(settings: ReporterFixtures.settings()).render(report)
    let commands = Self.commands(output)
    #expect(
      commands.map(\.command) == Array(repeating: "error", count: 10) + Array(repeating: "warning", count: 10)
        + Array(repeating: "notice", count: 10))
    // The errors, warnings and notes that are shown are the first of each, in the report's order.
    #expect(commands.prefix(10).map(\.message) == (1...10).map { "error \($0)" })
    #expect(commands.dropFirst(10).prefix(10).map(\.message) == (1...10).map { "warning \($0)" })
    #expect(commands.dropFirst(20).prefix(9).map(\.message) == (1...9).map { "note \($0)" })
    // The tenth notice is the one about the rest: 2 errors, 1 warning and 6 notes.
    #expect(
      output.split(separator: "\n")[29]
        == "::notice title=egovarch::9 more findings are not shown as annotations (2 errors, 1 warning, 6 notes): "
        + "GitHub shows at most 10 errors, 10 warnings and 10 notices per step; see every finding in the step "
        + "summary (--format markdown) or in code scanning (--format sarif)")
    #expect(output.split(separator: "\n").last == "12 errors, 11 warnings, 15 notes in 1 file")
    let vietnamese = GitHubReporter(settings: ReporterFixtures.settings(.vietnamese)).render(report)
    #expect(
      vietnamese.split(separator: "\n")[29].hasPrefix(
        "::notice title=egovarch::còn 9 phát hiện không hiện thành chú thích (2 lỗi, 1 cảnh báo, 6 ghi chú): "))
  }

  @Test func tenOfEachKindAreAllShownWithoutANotice() {
    let report = ValidationReport(files: [
      FileValidation(
        path: "m.xml", architecture: nil,
        findings: Self.findings(10, .error, file: "m.xml") + Self.findings(10, .warning, file: "m.xml")
          + Self.findings(10, .note, file: "m.xml"))
    ])
    let commands = Self.commands(GitHubReporter(settings: ReporterFixtures.settings()).render(report))
    #expect(commands.count == 30)
    #expect(!commands.contains { $0.message.contains("not shown") })
  }

  @Test(arguments: [(11, Severity.error), (11, .warning), (11, .note), (40, .note)])
  func oneKindOverTheLimit(count: Int, severity: Severity) {
    let report = ValidationReport(files: [
      FileValidation(path: "m.xml", architecture: nil, findings: Self.findings(count, severity, file: "m.xml"))
    ])
    let commands = Self.commands(GitHubReporter(settings: ReporterFixtures.settings()).render(report))
    let notices = commands.filter { $0.command == "notice" }
    // Never more than ten of a kind, the overflow notice included.
    for kind in ["error", "warning", "notice"] {
      #expect(commands.count { $0.command == kind } <= GitHubReporter.annotationsPerKind)
    }
    let shown = severity == .note ? 9 : 10
    let left = count - shown
    let prefix = "\(left) more \(left == 1 ? "finding is" : "findings are") not shown as annotations"
    #expect(notices.last?.message.hasPrefix(prefix) == true, "\(notices.last?.message ?? "")")
    #expect(commands.count == shown + 1)
  }

  @Test func aMessageOver64KiBIsCutWithAMarker() throws {
    // Escapes make the message longer than its text: the limit is on what GitHub receives.
    let text = String(repeating: "50% đạt\n", count: 20_000)
    let limited = GitHubReporter.limitedMessage(text, language: .english)
    #expect(limited.utf8.count <= GitHubReporter.messageLimit)
    #expect(limited.utf8.count > GitHubReporter.messageLimit - 100)
    let marker = try #require(limited.range(of: " … [truncated: "))
    // The kept part is a prefix of the escaped message, cut between two escapes.
    let kept = String(limited[..<marker.lowerBound])
    #expect(GitHubReporter.escapedMessage(text).hasPrefix(kept))
    #expect(kept.hasSuffix("%25") || kept.hasSuffix("%0A") || !kept.hasSuffix("%"))
    // The marker counts the bytes of the text left out.
    let keptText = kept.replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%25", with: "%")
    #expect(limited.hasSuffix("[truncated: \(text.utf8.count - keptText.utf8.count) more bytes]"))
    #expect(
      GitHubReporter.limitedMessage(text, language: .vietnamese).contains(" … [đã cắt bớt: còn "))
    // A message within the limit is only escaped.
    #expect(GitHubReporter.limitedMessage("50%", language: .english) == "50%25")
  }
}
