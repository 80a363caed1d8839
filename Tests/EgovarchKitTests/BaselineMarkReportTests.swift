import EgovarchKit
import Foundation
import Testing

/// A report marked against a baseline (`--baseline-mode mark`) says which findings are new in
/// every format that can: SARIF's `baselineState`, JSON's `baseline` and `summary.unchanged`,
/// and the text summary's count; an unmarked report says nothing of baselines.
@Suite struct BaselineMarkReportTests {
  /// `ReporterFixtures.basic` marked against a baseline that knows its note and its first error.
  static func marked() -> ValidationReport {
    let basic = ReporterFixtures.basic
    let known = ValidationReport(files: [
      FileValidation(
        path: "models/x.xml", architecture: nil,
        findings: [basic.files[0].findings[0], basic.files[0].findings[2]])
    ])
    let baseline = Baseline(recording: known, baseDirectory: ReporterFixtures.baseDirectory)
    return baseline.mark(basic, baseDirectory: ReporterFixtures.baseDirectory).report
  }

  /// The results of the SARIF log `text`, as JSON objects.
  private func sarifResults(_ text: String) throws -> [[String: Any]] {
    let log = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    return try #require(run["results"] as? [[String: Any]])
  }

  @Test func sarifMarksEachUnsuppressedResult() throws {
    let results = try sarifResults(SARIFReporter(settings: ReporterFixtures.settings()).render(Self.marked()))
    // The note, the suppressed warning (no state: suppressions account for it), the two errors.
    #expect(results.map { $0["baselineState"] as? String } == ["unchanged", nil, "unchanged", "new"])
    let plain = try sarifResults(SARIFReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.basic))
    #expect(plain.allSatisfy { $0["baselineState"] == nil })
  }

  @Test func jsonSaysItPerFindingAndCountsTheKnownOnes() throws {
    let text = JSONReporter(language: .english).render(Self.marked())
    let report = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let findings = try #require(report["findings"] as? [[String: Any]])
    #expect(findings.map { $0["baseline"] as? String } == ["unchanged", nil, "unchanged", "new"])
    #expect((report["summary"] as? [String: Any])?["unchanged"] as? Int == 2)
    let plain = JSONReporter(language: .english).render(ReporterFixtures.basic)
    #expect(!plain.contains("\"baseline\"") && !plain.contains("\"unchanged\""))
    // Marked against a baseline that knows nothing: the count is there, 0.
    let none = Baseline(entries: []).mark(ReporterFixtures.basic, baseDirectory: ReporterFixtures.baseDirectory)
    #expect(JSONReporter(language: .english).render(none.report).contains("\"suppressed\": 1, \"unchanged\": 0}"))
  }

  @Test func textListsEveryFindingAndCountsTheKnownOnes() {
    let marked = Self.marked()
    let english = TextReporter(language: .english).render(marked)
    let plain = TextReporter(language: .english).render(ReporterFixtures.basic)
    #expect(english.split(separator: "\n").dropLast() == plain.split(separator: "\n").dropLast())
    #expect(english.hasSuffix("2 errors, 0 warnings, 1 note in 2 files (1 suppressed, 2 known to the baseline)\n"))
    #expect(
      TextReporter(language: .vietnamese).render(marked).hasSuffix(
        "(1 đã miễn trừ, 2 đã có trong đường cơ sở)\n"))
  }
}
