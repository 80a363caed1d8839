import EgovarchKit
import Foundation
import Testing

/// Counts in reports: "1 error", "3 errors" in English, "3 lỗi" in Vietnamese, which has no
/// plural, from `Vocabulary.count` wherever a report counts a noun.
@Suite struct CountWordingTests {
  @Test func countsInBothLanguages() {
    #expect(Vocabulary.count(1, "error") == LocalizedText(en: "1 error", vi: "1 lỗi"))
    #expect(Vocabulary.count(3, "error") == LocalizedText(en: "3 errors", vi: "3 lỗi"))
    #expect(Vocabulary.count(0, "warning") == LocalizedText(en: "0 warnings", vi: "0 cảnh báo"))
    #expect(Vocabulary.count(6, "note") == LocalizedText(en: "6 notes", vi: "6 ghi chú"))
    #expect(Vocabulary.count(1, "file") == LocalizedText(en: "1 file", vi: "1 tệp"))
    #expect(Vocabulary.count(2, "task") == LocalizedText(en: "2 tasks", vi: "2 nhiệm vụ"))
    #expect(Vocabulary.count(1, "phase") == LocalizedText(en: "1 phase", vi: "1 giai đoạn"))
    #expect(Vocabulary.count(4, "component") == LocalizedText(en: "4 components", vi: "4 thành phần"))
  }

  /// The HTML report's summary and the text report's last line, with one and several of each.
  @Test func summaryCountsOneAndMany() {
    let at = SourceLocation(file: "a.xml", position: .start)
    func finding(_ severity: Severity) -> Finding {
      Finding(ruleID: "model/x", severity: severity, message: LocalizedText(en: "x", vi: "x"), location: at)
    }
    let one = FindingSummary(files: 1, findings: [finding(.error), finding(.warning), finding(.note)])
    #expect(one.text(in: .english) == "1 error, 1 warning, 1 note in 1 file")
    #expect(one.text(in: .vietnamese) == "1 lỗi, 1 cảnh báo, 1 ghi chú trong 1 tệp")
    let many = FindingSummary(
      files: 2,
      findings: [finding(.error), finding(.error), finding(.error)] + Array(repeating: finding(.warning), count: 6))
    #expect(many.severityCounts(in: .english) == "3 errors, 6 warnings, 0 notes")
    #expect(many.text(in: .english) == "3 errors, 6 warnings, 0 notes in 2 files")
    #expect(many.text(in: .vietnamese) == "3 lỗi, 6 cảnh báo, 0 ghi chú trong 2 tệp")
  }

  /// A phase of one task says "1 of 1 task done" in the gap report.
  @Test func gapReportCountsAPhasesTasks() throws {
    let document = """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="Thử" framework="2.0" asOf="2021-01-01">
        <components><component id="dc" kind="data-centre" name="DC" status="existing"/></components>
        <roadmap until="2021">
          <phase number="1" start="2020"><task action="upgrade" component="dc" status="done"/></phase>
        </roadmap>
      </architecture>

      """
    let validation = ArchitectureValidator().validate(bytes: Array(document.utf8), path: "x.xml")
    let analysis = try #require(validation.analysis)
    let text = GapReportFormat.text.render(GapReport(validation: validation, analysis: analysis), language: .english)
    #expect(text.contains("phase 1 (2020–2021): 1 of 1 task done, 0 overdue"), "\(text)")
    let vietnamese = GapReportFormat.text.render(
      GapReport(validation: validation, analysis: analysis), language: .vietnamese)
    #expect(vietnamese.contains("giai đoạn 1 (2020–2021): hoàn thành 1/1 nhiệm vụ, 0 quá hạn"), "\(vietnamese)")
  }
}
