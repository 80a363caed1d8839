import EgovarchKit
import Testing

/// `--format markdown`: a summary for a GitHub step summary or a merge-request comment, with
/// counts by rule and by file, each file's first findings and the rest collapsed, model text
/// escaped, and a size GitHub and GitLab accept.
@Suite struct MarkdownReporterTests {
  @Test func countsByRuleAndFileThenTheFindingsOfEachFile() {
    #expect(
      MarkdownReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.basic) == """
        ## egovarch: 2 errors, 0 warnings, 1 note in 2 files (1 suppressed)

        | Rule | Error | Warning | Note | Total |
        |:--|--:|--:|--:|--:|
        | graph/cycle | 2 | 0 | 0 | 2 |
        | roadmap/foundation-late | 0 | 0 | 1 | 1 |

        | File | Error | Warning | Note | Total |
        |:--|--:|--:|--:|--:|
        | models/x.xml | 2 | 0 | 1 | 3 |

        ### models/x.xml

        | Line:column | Severity | Rule | Message |
        |--:|:--|:--|:--|
        | 12:5 | error | graph/cycle | 'a' depends on itself |
        | 20:5 | error | graph/cycle | 'a' depends on itself |
        | 1:1 | note | roadmap/foundation-late | 'dc' comes late |

        """)
  }

  @Test func vietnameseHeadings() {
    let output = MarkdownReporter(settings: ReporterFixtures.settings(.vietnamese)).render(ReporterFixtures.basic)
    #expect(output.hasPrefix("## egovarch: 2 lỗi, 0 cảnh báo, 1 ghi chú trong 2 tệp (1 đã miễn trừ)\n"))
    #expect(output.contains("| Quy tắc | Lỗi | Cảnh báo | Ghi chú | Tổng |\n"))
    #expect(output.contains("| Tệp | Lỗi | Cảnh báo | Ghi chú | Tổng |\n"))
    #expect(output.contains("| Dòng:cột | Mức độ | Quy tắc | Nội dung |\n"))
    #expect(output.contains("| 12:5 | lỗi | graph/cycle | 'a' phụ thuộc chính nó |\n"))
  }

  @Test func aReportWithoutFindingsSaysSo() {
    #expect(
      MarkdownReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.empty)
        == "## egovarch: 0 errors, 0 warnings, 0 notes in 0 files\n\nNo findings.\n")
  }

  @Test func theFirstTenFindingsOfAFileAreShownTheRestCollapsed() {
    let findings = (1...25).map {
      ReporterFixtures.finding(
        "roadmap/overdue", $0 <= 20 ? .warning : .error, "late \($0)", "trễ \($0)", at: $0, 1)
    }
    let report = ValidationReport(files: [FileValidation(path: "models/x.xml", architecture: nil, findings: findings)])
    let output = MarkdownReporter(settings: ReporterFixtures.settings()).render(report)
    let rows = output.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("roadmap/overdue | late") }
    // The errors first, then the warnings, each by position.
    #expect(
      rows.map { $0.split(separator: "|")[3].trimmingCharacters(in: .whitespaces) }.prefix(6)
        == ["late 21", "late 22", "late 23", "late 24", "late 25", "late 1"])
    #expect(rows.count == 25)
    let details = try? #require(output.range(of: "<details><summary>15 more findings</summary>\n\n"))
    #expect(details != nil)
    if let details {
      let before = output[..<details.lowerBound].split(separator: "\n").filter { $0.contains("| late ") }
      #expect(before.count == 10)
    }
    #expect(output.hasSuffix("</details>\n"))
  }

  @Test func modelTextCannotMarkUpThePage() {
    let hostile =
      "<script>alert(1)</script> <img src=x onerror=alert(1)> &amp; **bold** _it_ `code` [link](javascript:x) "
      + "![image](x) a|b ~~gone~~ $x^2$ \\ #1 @everyone mail@example.org \n| new row | \u{1B}[31m \u{202E}txt.exe \u{2028}"
    let report = ValidationReport(files: [
      FileValidation(
        path: "thư mục/<b>|x|.xml", architecture: nil,
        findings: [
          ReporterFixtures.finding(
            "xml/schema", .error, hostile, hostile, file: "thư mục/<b>|x|.xml", at: 1, 1, component: "c")
        ])
    ])
    let output = MarkdownReporter(settings: ReporterFixtures.settings()).render(report)
    // No raw control character, no line break but the layout's, no markup of the model.
    #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(
      !output.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
    #expect(!output.contains("\u{2028}"))
    for raw in ["<script", "<img", "<b>", "**bold**", "`code`", "[link]", "~~gone~~", "$x^2$", "| new row |"] {
      #expect(!output.contains(raw), "'\(raw)' is not escaped")
    }
    #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(output.contains("&amp;amp;"))
    #expect(output.contains("\\*\\*bold\\*\\*"))
    #expect(output.contains("a\\|b"))
    #expect(output.contains("\\\\n\\| new row \\|"))
    #expect(output.contains("\\\\u{1B}"))
    // A mention is put in a code span; an address is left as it is.
    #expect(output.contains("`@`everyone") && output.contains("mail@example.org"))
    #expect(!output.contains(" @everyone"))
    // Every row of the findings table has its four cells: no `|` of the text splits one.
    let row = try? #require(output.split(separator: "\n").first { $0.hasPrefix("| 1:1 |") })
    let separators = row.map { line in
      var count = 0
      var escaped = false
      for character in line {
        if character == "|" && !escaped { count += 1 }
        escaped = character == "\\" && !escaped
      }
      return count
    }
    #expect(separators == 5)
    #expect(output.contains("### thư mục/&lt;b&gt;\\|x\\|.xml\n"))
  }

  @Test func aHugeReportStaysUnderTheSizeLimitAndCountsWhatItLeavesOut() {
    let message = String(repeating: "a long message about a component ", count: 20)
    let files = (0..<40).map { file in
      FileValidation(
        path: "models/m\(file).xml", architecture: nil,
        findings: (1...1_000).map {
          ReporterFixtures.finding(
            "roadmap/overdue", .warning, message, message, file: "models/m\(file).xml", at: $0, 1)
        })
    }
    let output = MarkdownReporter(settings: ReporterFixtures.settings()).render(ValidationReport(files: files))
    #expect(output.utf8.count <= MarkdownReporter.sizeLimit)
    #expect(output.utf8.count > MarkdownReporter.sizeLimit - 10_000)
    let listed = output.split(separator: "\n").count { $0.hasPrefix("| ") && $0.contains(" | roadmap/overdue | ") }
    let last = output.split(separator: "\n").last.map(String.init) ?? ""
    #expect(
      last.hasSuffix(
        "more findings are not listed, to keep this summary under the size GitHub and GitLab accept; see them all with --format text or in code scanning (--format sarif)"
      ))
    #expect(last.hasPrefix("\(40_000 - listed) more findings"))
    // Every opened block is closed.
    #expect(output.components(separatedBy: "<details>").count == output.components(separatedBy: "</details>").count)
    // The counts still cover every finding.
    #expect(output.contains("| roadmap/overdue | 0 | 40000 | 0 | 40000 |"))
  }
}
