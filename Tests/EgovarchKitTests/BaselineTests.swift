import EgovarchKit
import Foundation
import Testing

/// Baselines accept known findings by fingerprint: line shifts and reordering keep them known,
/// a changed message or a second occurrence is new.
@Suite struct BaselineTests {
  private func finding(
    _ rule: String, line: Int, component: String? = nil, message: String = "something is wrong",
    file: String = "models/x.xml", suppressed: Bool = false
  ) -> Finding {
    Finding(
      ruleID: rule, severity: .error, message: LocalizedText(en: message, vi: "tiếng Việt: " + message),
      location: SourceLocation(file: file, position: SourcePosition(line: line, column: 3)),
      component: component, suppressionReason: suppressed ? "accepted" : nil)
  }

  private func report(_ findings: [Finding], file: String = "models/x.xml") -> ValidationReport {
    ValidationReport(files: [FileValidation(path: file, architecture: nil, findings: findings.sorted())])
  }

  @Test func fingerprintIgnoresLinesButNotWhatTheFindingSays() {
    let original = finding("roadmap/overdue", line: 10, component: "eams")
    let shifted = finding("roadmap/overdue", line: 42, component: "eams")
    #expect(FindingFingerprint(of: original, file: "x.xml") == FindingFingerprint(of: shifted, file: "x.xml"))
    let otherComponent = finding("roadmap/overdue", line: 10, component: "lgsp")
    let otherMessage = finding("roadmap/overdue", line: 10, component: "eams", message: "something else")
    let otherRule = finding("roadmap/unscheduled", line: 10, component: "eams")
    for other in [otherComponent, otherMessage, otherRule] {
      #expect(FindingFingerprint(of: original, file: "x.xml") != FindingFingerprint(of: other, file: "x.xml"))
    }
    #expect(FindingFingerprint(of: original, file: "x.xml") != FindingFingerprint(of: original, file: "y.xml"))
    #expect(FindingFingerprint(of: original, file: "x.xml").value.count == 16)
  }

  @Test func lineNumbersInsideMessagesAreNotPartOfTheFingerprint() {
    let first = finding("model/duplicate-id", line: 30, message: "component id 'a' is already declared at line 12")
    let moved = finding("model/duplicate-id", line: 31, message: "component id 'a' is already declared at line 13")
    let other = finding("model/duplicate-id", line: 31, message: "component id 'b' is already declared at line 12")
    #expect(FindingFingerprint(of: first, file: "x.xml") == FindingFingerprint(of: moved, file: "x.xml"))
    #expect(FindingFingerprint(of: first, file: "x.xml") != FindingFingerprint(of: other, file: "x.xml"))
  }

  @Test func knownFindingsAreLeftOutAndCounted() {
    let before = report([finding("a/one", line: 5, component: "c1"), finding("a/two", line: 9, component: "c2")])
    let baseline = Baseline(recording: before, baseDirectory: "/repo")
    let after = report([
      finding("a/two", line: 19, component: "c2"), finding("a/three", line: 20, component: "c3"),
      finding("a/one", line: 25, component: "c1"),
    ])
    let filtered = baseline.filter(after, baseDirectory: "/repo")
    #expect(filtered.known == 2)
    #expect(filtered.report.findings.map(\.ruleID) == ["a/three"])
  }

  @Test func identicalFindingsAreCountedOneByOne() {
    let twice = report([finding("xml/schema", line: 3), finding("xml/schema", line: 4)])
    let baseline = Baseline(recording: twice, baseDirectory: "/repo")
    let thrice = report([
      finding("xml/schema", line: 3), finding("xml/schema", line: 4), finding("xml/schema", line: 8),
    ])
    let filtered = baseline.filter(thrice, baseDirectory: "/repo")
    #expect(filtered.known == 2)
    #expect(filtered.report.findings.count == 1)
  }

  @Test func suppressedFindingsAreNeitherRecordedNorHidden() {
    let suppressed = report([finding("a/one", line: 5, suppressed: true)])
    let baseline = Baseline(recording: suppressed, baseDirectory: "/repo")
    #expect(baseline.entries.isEmpty)
    let recordedUnsuppressed = Baseline(recording: report([finding("a/one", line: 5)]), baseDirectory: "/repo")
    let filtered = recordedUnsuppressed.filter(suppressed, baseDirectory: "/repo")
    #expect(filtered.known == 0)
    #expect(filtered.report.findings.count == 1)
  }

  @Test func filesAreNamedRelativeToTheBaseDirectory() {
    let absolute = finding("a/one", line: 5, file: "/repo/models/x.xml")
    let relative = finding("a/one", line: 5, file: "models/x.xml")
    let baseline = Baseline(recording: report([absolute], file: "/repo/models/x.xml"), baseDirectory: "/repo")
    #expect(baseline.entries.map(\.file) == ["models/x.xml"])
    #expect(baseline.filter(report([relative]), baseDirectory: "/repo").known == 1)
    let outside = Baseline(
      recording: report([finding("a/one", line: 5, file: "../other/x.xml")]), baseDirectory: "/repo")
    #expect(outside.entries.map(\.file) == ["/other/x.xml"])
  }

  @Test func serializedBaselineIsSortedAndStable() {
    let findings = [
      finding("b/rule", line: 1, component: "z", message: "say \"hi\""),
      finding("a/rule", line: 2, file: "models/a.xml"),
    ]
    let first = Baseline(recording: report(findings), baseDirectory: "/repo").serialized()
    let second = Baseline(recording: report(findings.reversed()), baseDirectory: "/repo").serialized()
    #expect(first == second)
    let aPrint = FindingFingerprint(of: findings[1], file: "models/a.xml").value
    let bPrint = FindingFingerprint(of: findings[0], file: "models/x.xml").value
    #expect(
      first == """
        {
          "version": 1,
          "findings": [
            {"fingerprint": "\(aPrint)", "rule": "a/rule", "file": "models/a.xml", "component": null, \
        "message": "something is wrong"},
            {"fingerprint": "\(bPrint)", "rule": "b/rule", "file": "models/x.xml", "component": "z", \
        "message": "say \\"hi\\""}
          ]
        }

        """)
    #expect(Baseline(entries: []).serialized() == "{\n  \"version\": 1,\n  \"findings\": []\n}\n")
  }

  @Test func baselineReadsTheFileItWrote() throws {
    let recorded = Baseline(
      recording: report([finding("roadmap/overdue", line: 10, component: "eams"), finding("graph/cycle", line: 3)]),
      baseDirectory: "/work")
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("egovarch-baseline-\(UUID().uuidString).json").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data(recorded.serialized().utf8).write(to: URL(fileURLWithPath: path))
    #expect(try Baseline(fileAt: path) == recorded)
    #expect(throws: ModelFileError.self) { try Baseline(fileAt: path + ".missing") }
    try Data(#"{"version": 2, "findings": []}"#.utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: BaselineParseError.self) { try Baseline(fileAt: path) }
  }
}
