import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// `--format sarif` prints a SARIF 2.1.0 log: every rule in the driver, one result per finding
/// with a relative, percent-encoded URI, clamped positions and a line-independent fingerprint.
///
/// Whole documents are compared with the golden files `Fixtures/Golden/sarif-*.sarif`
/// (re-record with `RECORD_GOLDEN=1`); the CLI tests validate every one of them against the
/// official SARIF schema.
@Suite struct SARIFReporterTests {
  /// The golden files and the report and language each one holds.
  static let goldenCases: [(name: String, report: ValidationReport, language: Language)] = [
    ("sarif-basic-en", ReporterFixtures.basic, .english),
    ("sarif-basic-vi", ReporterFixtures.basic, .vietnamese),
    ("sarif-escaping", ReporterFixtures.escaping, .english),
    ("sarif-empty", ReporterFixtures.empty, .english),
  ]

  private func render(_ report: ValidationReport, _ language: Language = .english) -> String {
    SARIFReporter(settings: ReporterFixtures.settings(language)).render(report)
  }

  /// The log parsed back with `JSONSerialization`, and its only run.
  private func parse(_ text: String) throws -> (log: [String: Any], run: [String: Any]) {
    let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let runs = try #require(log["runs"] as? [[String: Any]])
    try #require(runs.count == 1)
    return (log, runs[0])
  }

  private func results(_ run: [String: Any]) throws -> [[String: Any]] {
    try #require(run["results"] as? [[String: Any]])
  }

  private func artifact(_ result: [String: Any]) throws -> [String: String] {
    let locations = try #require(result["locations"] as? [[String: Any]])
    let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
    return try #require(physical["artifactLocation"] as? [String: String])
  }

  private func region(_ result: [String: Any]) throws -> [String: Int] {
    let locations = try #require(result["locations"] as? [[String: Any]])
    let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
    return try #require(physical["region"] as? [String: Int])
  }

  private func fingerprint(_ result: [String: Any]) throws -> String {
    let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
    return try #require(fingerprints[SARIFReporter.fingerprintKey])
  }

  @Test(arguments: goldenCases.map(\.name))
  func goldenFile(name: String) throws {
    let golden = try #require(Self.goldenCases.first { $0.name == name })
    let text = render(golden.report, golden.language)
    let url = PackageRoot.url.appendingPathComponent("Tests/EgovarchKitTests/Fixtures/Golden/\(name).sarif")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try Data(text.utf8).write(to: url)
      Issue.record("recorded \(url.lastPathComponent); run again without RECORD_GOLDEN=1")
      return
    }
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(text == expected, "\(name) differs from \(url.lastPathComponent); re-record with RECORD_GOLDEN=1")
  }

  @Test func logHasTheFixedHeaderAndKeyOrder() throws {
    let text = render(ReporterFixtures.basic)
    #expect(
      text.hasPrefix(
        """
        {
          "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
          "version": "2.1.0",
          "runs": [
            {
              "tool": {
                "driver": {
                  "name": "egovarch",
                  "version": "1.2.3",
                  "semanticVersion": "1.2.3",
                  "rules": [

        """))
    #expect(text.hasSuffix("}\n"))
    let (_, run) = try parse(text)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let bases = try #require(run["originalUriBaseIds"] as? [String: [String: String]])
    #expect(bases == ["%SRCROOT%": ["uri": "file:///work/egov/"]])
  }

  @Test func driverListsEveryRuleSortedByID() throws {
    let (_, run) = try parse(render(ReporterFixtures.empty))
    let tool = try #require(run["tool"] as? [String: Any])
    let driver = try #require(tool["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let registry = RuleRegistry.descriptions
    #expect(rules.compactMap { $0["id"] as? String } == registry.map(\.id).sorted())
    #expect(rules.count == 33)
    for (rule, description) in zip(rules, registry.sorted { $0.id < $1.id }) {
      #expect(
        Set(rule.keys) == [
          "id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration", "properties",
        ])
      #expect((rule["shortDescription"] as? [String: String])?["text"] == description.summary.english)
      let full = try #require((rule["fullDescription"] as? [String: String])?["text"])
      #expect(full.lowercased().hasPrefix(description.summary.english.lowercased() + ". "))
      #expect(full.contains(description.rationale.english.dropFirst()))
      if let basis = description.basis { #expect(full.hasSuffix(" Basis: \(basis).")) }
      #expect((rule["defaultConfiguration"] as? [String: String])?["level"] == description.defaultSeverity.rawValue)
    }
  }

  @Test func resultPerFindingInReportOrderWithItsRuleIndex() throws {
    let (_, run) = try parse(render(ReporterFixtures.basic))
    let tool = try #require(run["tool"] as? [String: Any])
    let driver = try #require(tool["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let results = try results(run)
    #expect(
      results.compactMap { $0["ruleId"] as? String } == [
        "roadmap/foundation-late", "model/duplicate-id", "graph/cycle", "graph/cycle",
      ])
    #expect(results.compactMap { $0["level"] as? String } == ["note", "warning", "error", "error"])
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
      #expect(try artifact(result) == ["uri": "models/x.xml", "uriBaseId": "%SRCROOT%"])
    }
    #expect(
      try results.map(region) == [
        ["startLine": 1, "startColumn": 1],
        ["startLine": 3, "startColumn": 1, "endLine": 5, "endColumn": 20],
        ["startLine": 12, "startColumn": 5, "endLine": 12, "endColumn": 40],
        ["startLine": 20, "startColumn": 5, "endLine": 20, "endColumn": 40],
      ])
  }

  @Test func onlySuppressedFindingsCarrySuppressions() throws {
    let results = try results(parse(render(ReporterFixtures.basic)).run)
    let suppressions = results.map { $0["suppressions"] as? [[String: String]] }
    #expect(suppressions[0] == nil)
    #expect(suppressions[1] == [["kind": "inSource", "justification": "kept on purpose"]])
    #expect(suppressions[2] == nil && suppressions[3] == nil)
  }

  @Test func identicalFindingsAreNumberedByOccurrence() throws {
    let results = try results(parse(render(ReporterFixtures.basic)).run)
    let cycle = ReporterFixtures.basic.findings[2]
    let value = FindingFingerprint(of: cycle, file: "models/x.xml").value
    #expect(try fingerprint(results[2]) == "\(value):1")
    #expect(try fingerprint(results[3]) == "\(value):2")
    let note = ReporterFixtures.basic.findings[0]
    #expect(try fingerprint(results[0]) == FindingFingerprint(of: note, file: "models/x.xml").value + ":1")
    #expect(try fingerprint(results[0]).count == 18)
  }

  @Test func fingerprintIgnoresTheLineAndTheMessageButNotTheComponent() throws {
    let original = ReporterFixtures.finding("graph/cycle", .error, "'a' loops", "'a' lặp", at: 12, 5, component: "a")
    var moved = original
    moved.location.position = SourcePosition(line: 40, column: 9)
    var reworded = original
    reworded.message = LocalizedText(en: "'a' loops twice", vi: "'a' lặp")
    var other = original
    other.component = "b"
    func fingerprintOf(_ finding: Finding) throws -> String {
      let report = ValidationReport(files: [
        FileValidation(path: "models/x.xml", architecture: nil, findings: [finding])
      ])
      return try fingerprint(results(parse(render(report)).run)[0])
    }
    #expect(try fingerprintOf(moved) == fingerprintOf(original))
    #expect(try fingerprintOf(reworded) == fingerprintOf(original))
    #expect(try fingerprintOf(other) != fingerprintOf(original))
  }

  @Test func urisAreRelativePercentEncodedOrAbsolute() throws {
    let results = try results(parse(render(ReporterFixtures.escaping)).run)
    let artifacts = try results.map(artifact)
    #expect(
      artifacts == [
        ["uri": "file:///work/sibling/y.xml"],
        ["uri": "file:///elsewhere/out%20side.xml"],
        ["uri": "a%3Ab.xml", "uriBaseId": "%SRCROOT%"],
        ["uri": "models/z%3A1.xml", "uriBaseId": "%SRCROOT%"],
        ["uri": "th%C6%B0%20m%E1%BB%A5c/a%20b%231%3F%25%2Cc.xml", "uriBaseId": "%SRCROOT%"],
        ["uri": "th%C6%B0%20m%E1%BB%A5c/a%20b%231%3F%25%2Cc.xml", "uriBaseId": "%SRCROOT%"],
      ])
  }

  @Test func fingerprintsUseTheRelativePath() throws {
    let results = try results(parse(render(ReporterFixtures.escaping)).run)
    let dots = ReporterFixtures.escaping.findings[3]
    #expect(try fingerprint(results[3]) == FindingFingerprint(of: dots, file: "models/z:1.xml").value + ":1")
    let outside = ReporterFixtures.escaping.findings[1]
    #expect(
      try fingerprint(results[1]) == FindingFingerprint(of: outside, file: "/elsewhere/out side.xml").value + ":1")
  }

  @Test func stringsSurviveTheRoundTrip() throws {
    let text = render(ReporterFixtures.escaping)
    let results = try results(parse(text).run)
    let message = try #require(results[4]["message"] as? [String: String])
    #expect(message["text"] == ReporterFixtures.awkwardMessage)
    let suppressions = try #require(results[5]["suppressions"] as? [[String: String]])
    #expect(suppressions.first?["justification"] == "reason with \"quotes\", <tags> & a\nnew line")
    #expect(text.contains(#"\"hi\" \\ <b>&amp;</b> 50% a,b: c\td\ne\rf \u0001\u001b[31m"#))
    #expect(text.contains(#" \u2028 "#))
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func unknownRuleHasNoRuleIndex() throws {
    let results = try results(parse(render(ReporterFixtures.escaping)).run)
    let unknown = try #require(results.first { $0["ruleId"] as? String == "custom/rule" })
    #expect(unknown["ruleIndex"] == nil)
    #expect(results.filter { $0["ruleIndex"] == nil }.count == 1)
  }

  @Test func vietnameseMessagesAndDescriptions() throws {
    let (_, run) = try parse(render(ReporterFixtures.basic, .vietnamese))
    let results = try results(run)
    #expect((results[2]["message"] as? [String: String])?["text"] == "'a' phụ thuộc chính nó")
    let tool = try #require(run["tool"] as? [String: Any])
    let driver = try #require(tool["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let cycle = try #require(rules.first { $0["id"] as? String == "graph/cycle" })
    let description = try #require(RuleRegistry.description(of: "graph/cycle"))
    #expect((cycle["shortDescription"] as? [String: String])?["text"] == description.summary.vietnamese)
  }

  @Test func emptyReportHasNoResults() throws {
    let text = render(ReporterFixtures.empty)
    #expect(text.contains("\n      \"results\": []\n"))
    #expect(try results(parse(text).run).isEmpty)
  }

  @Test func baseDirectoryIsNormalised() throws {
    for (base, uri) in [("/work/egov/", "file:///work/egov/"), ("/", "file:///"), ("/a b/./c/..", "file:///a%20b/")] {
      let settings = ReporterSettings(language: .english, toolVersion: "1", baseDirectory: base)
      let (_, run) = try parse(SARIFReporter(settings: settings).render(ReporterFixtures.empty))
      let bases = try #require(run["originalUriBaseIds"] as? [String: [String: String]])
      #expect(bases["%SRCROOT%"]?["uri"] == uri, "\(base)")
    }
  }
}
