import EgovarchKit
import Testing

/// The text and JSON reporters print exactly the documented shapes, in both languages.
@Suite struct ReporterTests {
  private let report = ValidationReport(files: [
    FileValidation(
      path: "models/x.xml", architecture: nil,
      findings: [
        Finding(
          ruleID: "graph/cycle", severity: .error,
          message: LocalizedText(en: "dependency \"cycle\"", vi: "vòng phụ thuộc"),
          location: SourceLocation(file: "models/x.xml", position: SourcePosition(line: 12, column: 5)),
          component: "a", related: ["b", "c"]),
        Finding(
          ruleID: "model/duplicate-id", severity: .warning,
          message: LocalizedText(en: "accepted", vi: "đã chấp nhận"),
          location: SourceLocation(file: "models/x.xml", position: SourcePosition(line: 3, column: 1)),
          suppressionReason: "known"),
      ])
  ])

  @Test func textListsUnsuppressedFindingsAndASummary() {
    #expect(
      TextReporter(language: .english).render(report) == """
        models/x.xml:12:5: error: dependency "cycle" [graph/cycle]
        1 error, 0 warnings, 0 notes in 1 file (1 suppressed)

        """)
    #expect(
      TextReporter(language: .vietnamese).render(report) == """
        models/x.xml:12:5: lỗi: vòng phụ thuộc [graph/cycle]
        1 lỗi, 0 cảnh báo, 0 ghi chú trong 1 tệp (1 đã miễn trừ)

        """)
  }

  @Test func jsonFollowsTheFormatDocument() {
    #expect(
      JSONReporter(language: .english).render(report) == """
        {
          "version": 1,
          "findings": [
            {"rule": "model/duplicate-id", "severity": "warning", "message": "accepted", "file": "models/x.xml", \
        "line": 3, "column": 1, "component": null, "related": [], "suppressed": true, "suppressionReason": "known"},
            {"rule": "graph/cycle", "severity": "error", "message": "dependency \\"cycle\\"", "file": "models/x.xml", \
        "line": 12, "column": 5, "component": "a", "related": ["b", "c"], "suppressed": false}
          ],
          "summary": {"files": 1, "errors": 1, "warnings": 0, "notes": 0, "suppressed": 1}
        }

        """)
  }

  @Test func jsonEscapesDeleteAndC1ControlsInOtherwisePlainText() {
    // No quote, backslash or C0 control: the writer's fast path must still escape them.
    let finding = Finding(
      ruleID: "xml/schema", severity: .error, message: LocalizedText(en: "a\u{7F}b\u{85}c\u{9B}d", vi: "x"),
      location: SourceLocation(file: "m.xml", position: SourcePosition(line: 1, column: 1)))
    let output = JSONReporter(language: .english).render(
      ValidationReport(files: [FileValidation(path: "m.xml", architecture: nil, findings: [finding])]))
    #expect(output.contains(#""message": "a\u007fb\u0085c\u009bd""#))
    #expect(!output.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
  }

  @Test func failureThresholdIgnoresSuppressedFindings() {
    #expect(FailureThreshold.error.isReached(by: report.findings))
    #expect(!FailureThreshold.never.isReached(by: report.findings))
    let onlySuppressed = report.findings.filter(\.isSuppressed)
    #expect(!FailureThreshold.note.isReached(by: onlySuppressed))
  }
}
