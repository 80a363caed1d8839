import EgovarchTestSupport
import Foundation
import Testing

/// `--format json` prints one object of the documented shape, with the documented JSON types.
@Suite struct JSONOutputTests {
  /// The rules about the model's own structure, of which `everyRule` has one finding each.
  static let structuralRules: Set<String> = [
    "graph/self-dependency", "graph/cycle", "model/unresolved-reference", "model/duplicate-id",
    "roadmap/unknown-component",
  ]

  /// A model with one finding of each structural rule, lines 3 to 16.
  ///
  /// It lacks most of what framework 2.0 requires and schedules none of its components, so it
  /// draws `framework/…` and `roadmap/…` findings too: 11 errors and 13 warnings in all, as of
  /// the header's date (a one-phase roadmap is no finding: no text fixes a number of phases).
  static let everyRule = ModelSource.document(
    """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP"><dependsOn ref="lgsp"/></component>
        <component id="a" kind="soc" name="A"><dependsOn ref="b"/></component>
        <component id="b" kind="soc" name="B"><dependsOn ref="a"/></component>
        <component id="one-stop" kind="one-stop-shop" name="Một cửa"><dependsOn ref="lgps"/></component>
        <component id="a" kind="soc" name="A again"/>
      </components>
      <roadmap>
        <phase number="1" start="2020">
          <task action="build" component="ghost"/>
        </phase>
      </roadmap>
    """)

  @Test func reportHasTheDocumentedShape() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.everyRule, to: "every-rule.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "every-rule.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardError.isEmpty)
    let report = try result.jsonReport()
    #expect(report.keys == JSONReport.topLevelKeys)
    #expect(report.version == 1)
    #expect(report.xmlRules.isEmpty, "\(result)")
    let structural = report.findings(of: Self.structuralRules)
    #expect(
      structural.map(\.rule) == [
        "graph/self-dependency", "graph/cycle", "model/unresolved-reference", "model/duplicate-id",
        "roadmap/unknown-component",
      ])
    #expect(structural.map(\.position) == ["4:50", "5:5", "7:66", "8:5", "12:7"])
    #expect(structural.allSatisfy { $0.severity == "error" })
    #expect(structural.map(\.component) == ["lgsp", "a", "one-stop", "a", nil])
    for finding in report.findings {
      #expect(["error", "warning", "note"].contains(finding.severity))
      #expect(finding.file == "every-rule.xml")
      #expect(!finding.suppressed)
      #expect(finding.suppressionReason == nil)
      #expect(!finding.message.isEmpty)
      #expect(finding.line >= 2 && finding.column >= 1)
    }
    // The rest is what the framework says of so incomplete a model.
    #expect(
      Set(report.rules).subtracting(Self.structuralRules) == [
        "framework/missing-component", "framework/missing-link", "roadmap/unscheduled",
      ], "\(result)")
    #expect(report.summary == JSONSummary(files: 1, errors: 11, warnings: 13))
    #expect(report.summary == report.summaryOfFindings(files: 1))
  }

  @Test func textAndJSONAgree() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.everyRule, to: "every-rule.xml")
    let text = try await CommandRunner.egovarch(["validate", "every-rule.xml"], in: directory.url)
    let json = try await CommandRunner.egovarch(["validate", "--format", "json", "every-rule.xml"], in: directory.url)
    #expect(text.exitStatus == json.exitStatus)
    let fromText = text.textReport.findings.map { [$0.file, $0.position, $0.severity, $0.message, $0.rule] }
    let fromJSON = try json.jsonReport().findings.map { [$0.file, $0.position, $0.severity, $0.message, $0.rule] }
    #expect(fromText == fromJSON)
  }

  @Test func suppressedFindingStaysVisibleButIsNotCounted() async throws {
    let directory = try TemporaryDirectory()
    let source = ModelSource.complete(
      components: """
            <component id="a" kind="sector-application" name="A" status="existing">
              <dependsOn ref="ghost"/>
            </component>

        """,
      suppressions: """
            <suppress rule="model/unresolved-reference" component="a" reason="do Bộ cung cấp"/>

        """)
    try directory.write(source, to: "suppressed.xml")
    let json = try await CommandRunner.egovarch(["validate", "--format", "json", "suppressed.xml"], in: directory.url)
    #expect(json.exitStatus == 0, "\(json)")
    let report = try json.jsonReport()
    #expect(report.summary == JSONSummary(files: 1, errors: 0, suppressed: 1))
    try #require(report.findings.count == 1)
    #expect(report.findings[0].suppressed)
    #expect(report.findings[0].position == "9:7")
    #expect(report.findings[0].suppressionReason == "do Bộ cung cấp")

    let text = try await CommandRunner.egovarch(["validate", "--fail-on", "note", "suppressed.xml"], in: directory.url)
    #expect(text.exitStatus == 0, "\(text)")
    #expect(text.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file (1 suppressed)\n")
  }

  @Test func specialCharactersAreEscaped() async throws {
    let directory = try TemporaryDirectory()
    let source = ModelSource.document(
      #"""
        <components>
          <component id="a" kind="lgsp" name="A"><dependsOn ref="x&quot;y\z&#9;w&#x2028;ü/&lt;"/></component>
        </components>
      """#)
    try directory.write(source, to: "quotes.xml")
    let result = try await CommandRunner.egovarch(["validate", "--format", "json", "quotes.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    let dangling = try #require(report.findings.first { $0.rule == "model/unresolved-reference" })
    #expect(dangling.related == ["x\"y\\z\tw\u{2028}ü/<"])
    #expect(dangling.message.contains("'x\"y\\z\tw\u{2028}ü/<'"))
  }

  @Test func vietnameseMessagesAreValidJSON() async throws {
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "--lang", "vi", "models/lai-chau-2.0-draft.xml"], in: PackageRoot.url)
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.rules == BundledModelCommandTests.laiChauRules)
    #expect(report.findings.map(\.severity) == BundledModelCommandTests.laiChauSeverities)
    #expect(
      report.findings(of: "model/unresolved-reference").first?.message
        == "thành phần Phần mềm đăng ký, quản lý hộ tịch ('ho-tich') phụ thuộc vào 'lgps' nhưng mô hình này không có thành phần nào mang mã đó; có phải ý bạn là 'lgsp'?"
    )
    #expect(report.findings.allSatisfy { $0.message.unicodeScalars.allSatisfy { $0.value >= 0x20 } })
  }

  @Test func severalFilesInOneReport() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "a-clean.xml")
    try directory.write(Self.everyRule, to: "b-every-rule.xml")
    try directory.write("", to: "c-empty.xml")
    let result = try await CommandRunner.egovarch(["validate", "--format", "json", "."], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    // everyRule's 11 errors and 13 warnings, and the empty file's one error.
    #expect(report.summary == JSONSummary(files: 3, errors: 12, warnings: 13))
    #expect(report.summary == report.summaryOfFindings(files: 3))
    // Named from the base directory (here the working directory), `./` resolved.
    #expect(Set(report.findings.map(\.file)) == ["b-every-rule.xml", "c-empty.xml"])
    #expect(report.findings.last?.rule == "xml/malformed")
  }
}
