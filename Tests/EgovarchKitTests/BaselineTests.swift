import EgovarchKit
import Foundation
import Testing

/// Baselines accept known findings by fingerprint, and keep them known through line shifts,
/// reordering, a new date and another wording.
///
/// Another key or a second occurrence is new. Baselines of version 1 are matched by their message.
@Suite struct BaselineTests {
  private func finding(
    _ rule: String, line: Int, component: String? = nil, message: String = "something is wrong",
    file: String = "models/x.xml", suppressed: Bool = false, related: [String] = [], key: String? = nil
  ) -> Finding {
    Finding(
      ruleID: rule, severity: .error, message: LocalizedText(en: message, vi: "tiếng Việt: " + message),
      location: SourceLocation(file: file, position: SourcePosition(line: line, column: 3)),
      component: component, related: related, suppressionReason: suppressed ? "accepted" : nil, key: key)
  }

  private func report(_ findings: [Finding], file: String = "models/x.xml") -> ValidationReport {
    ValidationReport(files: [FileValidation(path: file, architecture: nil, findings: findings.sorted())])
  }

  @Test func fingerprintIgnoresLineMessageAndLanguageButNotWhatTheFindingIsAbout() {
    let original = finding("roadmap/overdue", line: 10, component: "eams", key: "id eams-build")
    let shifted = finding("roadmap/overdue", line: 42, component: "eams", key: "id eams-build")
    // The next day the message says another date; in Vietnamese it says it in other words.
    let nextDay = finding(
      "roadmap/overdue", line: 10, component: "eams", message: "something else", key: "id eams-build")
    for same in [shifted, nextDay] {
      #expect(FindingFingerprint(of: original, file: "x.xml") == FindingFingerprint(of: same, file: "x.xml"))
    }
    let otherComponent = finding("roadmap/overdue", line: 10, component: "lgsp", key: "id eams-build")
    let otherKey = finding("roadmap/overdue", line: 10, component: "eams", key: "id eams-run")
    let noKey = finding("roadmap/overdue", line: 10, component: "eams")
    let otherRule = finding("roadmap/unscheduled", line: 10, component: "eams", key: "id eams-build")
    for other in [otherComponent, otherKey, noKey, otherRule] {
      #expect(FindingFingerprint(of: original, file: "x.xml") != FindingFingerprint(of: other, file: "x.xml"))
    }
    #expect(FindingFingerprint(of: original, file: "x.xml") != FindingFingerprint(of: original, file: "y.xml"))
    #expect(FindingFingerprint(of: original, file: "x.xml").value.count == 16)
  }

  @Test func relatedIdsCountSortedUnlessTheRuleGivesAKey() {
    let fingerprint = { (finding: Finding) in FindingFingerprint(of: finding, file: "x.xml") }
    let ab = finding("framework/national-unavailable", line: 3, component: "c", related: ["a", "b"])
    let ba = finding("framework/national-unavailable", line: 9, component: "c", related: ["b", "a"])
    let ac = finding("framework/national-unavailable", line: 3, component: "c", related: ["a", "c"])
    #expect(fingerprint(ab) == fingerprint(ba))
    #expect(fingerprint(ab) != fingerprint(ac))
    // With a key, the related ids (a "did you mean" suggestion) are not part of it.
    let suggested = finding(
      "model/unresolved-reference", line: 3, component: "c", related: ["lgps", "lgsp"], key: "lgps")
    let otherSuggestion = finding(
      "model/unresolved-reference", line: 3, component: "c", related: ["lgps", "lgsx"], key: "lgps")
    #expect(fingerprint(suggested) == fingerprint(otherSuggestion))
    // A cycle's order is its direction: a → b → c is not a → c → b.
    let forward = finding("graph/cycle", line: 3, component: "a", related: ["b", "c"])
    let backward = finding("graph/cycle", line: 3, component: "a", related: ["c", "b"])
    #expect(fingerprint(forward) != fingerprint(backward))
  }

  @Test func legacyFingerprintsAreThoseOfVersionOne() {
    // As the old code wrote them: docs/baseline-file.md showed this entry of the Lai Châu draft
    // before version 2.
    let missingLink = finding(
      "framework/missing-link", line: 57, component: "reporting-system",
      message: "'reporting-system' (provincial reporting information system) has no link to Government "
        + "reporting information system ('national:government-reporting-system') through the provincial "
        + "integration and data-sharing platform (LGSP) ('lgsp'), required by framework 2.0 (basis: Decree "
        + "09/2019/ND-CP of 24/01/2019)")
    #expect(
      FindingFingerprint.legacy(of: missingLink, file: "models/lai-chau-2.0-draft.xml").value == "836eff45ac7bcb7b")
    // Made of the message, without the lines it names.
    let first = finding("model/duplicate-id", line: 30, message: "component id 'a' is already declared at line 12")
    let moved = finding("model/duplicate-id", line: 31, message: "component id 'a' is already declared at line 13")
    let other = finding("model/duplicate-id", line: 31, message: "component id 'b' is already declared at line 12")
    #expect(FindingFingerprint.legacy(of: first, file: "x.xml") == FindingFingerprint.legacy(of: moved, file: "x.xml"))
    #expect(FindingFingerprint.legacy(of: first, file: "x.xml") != FindingFingerprint.legacy(of: other, file: "x.xml"))
  }

  @Test func aBaselineOfVersionOneIsMatchedByMessage() throws {
    let old = finding("roadmap/overdue", line: 10, component: "eams", message: "late as of 01/05/2026", key: "id t")
    let entry = BaselineEntry(
      fingerprint: FindingFingerprint.legacy(of: old, file: "models/x.xml"), rule: old.ruleID, file: "models/x.xml",
      component: old.component, message: old.message.english)
    let text = Baseline(entries: [entry], version: 1).serialized()
    #expect(text.hasPrefix("{\n  \"version\": 1,"))
    let read = try Baseline(json: Array(text.utf8))
    #expect(read.version == 1)
    let moved = finding("roadmap/overdue", line: 12, component: "eams", message: "late as of 01/05/2026", key: "id t")
    #expect(read.filter(report([moved]), baseDirectory: "/repo").known == 1)
    // The next day the message differs: version 1 cannot know it, version 2 does.
    let nextDay = finding("roadmap/overdue", line: 12, component: "eams", message: "late as of 02/05/2026", key: "id t")
    #expect(read.filter(report([nextDay]), baseDirectory: "/repo").known == 0)
    let rewritten = Baseline(recording: report([moved]), baseDirectory: "/repo")
    #expect(rewritten.version == 2)
    #expect(rewritten.filter(report([nextDay]), baseDirectory: "/repo").known == 1)
  }

  @Test func markKeepsEveryFindingAndSaysWhichAreNew() {
    let baseline = Baseline(
      recording: report([finding("a/one", line: 5, component: "c1"), finding("a/one", line: 6, component: "c1")]),
      baseDirectory: "/repo")
    let now = report([
      finding("a/one", line: 5, component: "c1"), finding("a/one", line: 6, component: "c1"),
      finding("a/one", line: 7, component: "c1"), finding("a/two", line: 8, component: "c2"),
      finding("a/three", line: 9, component: "c3", suppressed: true),
    ])
    let marked = baseline.mark(now, baseDirectory: "/repo")
    #expect(marked.known == 2)
    #expect(marked.report.isMarkedAgainstBaseline)
    #expect(marked.report.findings.map(\.baselineState) == [.unchanged, .unchanged, .new, .new, nil])
    #expect(marked.report.summary.unchanged == 2)
    // Only the new ones fail the run.
    #expect(FailureThreshold.error.isReached(by: marked.report.findings))
    let allKnown = baseline.mark(report([finding("a/one", line: 5, component: "c1")]), baseDirectory: "/repo")
    #expect(!FailureThreshold.note.isReached(by: allKnown.report.findings))
    #expect(allKnown.report.summary.errors == 1)
    let filtered = baseline.filter(now, baseDirectory: "/repo")
    #expect(filtered.known == 2)
    #expect(!filtered.report.isMarkedAgainstBaseline)
    #expect(filtered.report.findings.map(\.ruleID) == ["a/one", "a/two", "a/three"])
    #expect(filtered.report.findings.allSatisfy { $0.baselineState == nil })
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
          "version": 2,
          "findings": [
            {"fingerprint": "\(aPrint)", "rule": "a/rule", "file": "models/a.xml", "component": null, \
        "message": "something is wrong"},
            {"fingerprint": "\(bPrint)", "rule": "b/rule", "file": "models/x.xml", "component": "z", \
        "message": "say \\"hi\\""}
          ]
        }

        """)
    #expect(Baseline(entries: []).serialized() == "{\n  \"version\": 2,\n  \"findings\": []\n}\n")
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
    try Data(#"{"version": 3, "findings": []}"#.utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: BaselineParseError.self) { try Baseline(fileAt: path) }
  }
}
