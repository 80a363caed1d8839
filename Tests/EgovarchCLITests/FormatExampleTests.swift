import EgovarchTestSupport
import Foundation
import Testing

/// The complete small example of `docs/model-format.md` (Điện Biên, framework 1.0).
///
/// It is well-formed and schema-valid, but framework 1.0 finds it incomplete: it has no eOffice
/// (an error) and no information security system (a warning), and it builds the data centre in
/// phase 2 although the framework advises it in phase 1 (a note). Its one suppression silences
/// the LGSP's hosting on the later data centre. The error makes the run fail.
@Suite struct FormatExampleTests {
  /// Validates the example as `dien-bien.xml` with `options`.
  private func validate(_ options: [String]) async throws -> CommandResult {
    let directory = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "dien-bien.xml")
    return try await CommandRunner.egovarch(["validate"] + options + ["dien-bien.xml"], in: directory.url)
  }

  @Test func exampleIsTheOneInTheFormatDocument() throws {
    let document = try String(
      contentsOf: PackageRoot.url.appendingPathComponent("docs/model-format.md"), encoding: .utf8)
    let start = try #require(document.range(of: "```xml\n"))
    let end = try #require(document.range(of: "```", range: start.upperBound..<document.endIndex))
    #expect(String(document[start.upperBound..<end.lowerBound]) == FormatExample.text)
  }

  @Test func exampleGivesItsFrameworkFindings() async throws {
    let result = try await validate([])
    #expect(result.exitStatus == 1, "an error finding fails the run: \(result)")
    #expect(result.standardError.isEmpty)
    let report = result.textReport
    #expect(report.unparsedLines.isEmpty, "\(result)")
    #expect(report.xmlRules.isEmpty, "\(result)")
    #expect(
      report.findings.map { "\($0.position) \($0.severity) \($0.rule)" } == [
        "2:1 error framework/missing-component",
        "2:1 warning framework/missing-component",
        "29:7 note roadmap/foundation-late",
      ], "\(result)")
    #expect(report.findings[0].message.contains("framework 1.0 requires"))
    #expect(report.findings[0].message.contains("('eoffice')"))
    // eOffice has been an obligation since Decision 28/2018/QĐ-TTg took effect on 2018-09-06.
    #expect(report.findings[0].message.contains("(basis: Decision 28/2018/QĐ-TTg of 12/07/2018)"))
    #expect(report.findings[1].message.contains("('security-system')"))
    #expect(report.findings[2].message.hasPrefix("component Trung tâm dữ liệu tỉnh ('data-centre')"))
    #expect(report.findings[2].message.contains("delivered in phase 2 (2020–2021)"))
    #expect(report.summary == "1 error, 1 warning, 1 note in 1 file (1 suppressed)")
  }

  @Test func exampleAsJSONKeepsTheSuppressedFinding() async throws {
    let result = try await validate(["--format", "json"])
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(
      report.rules == [
        "framework/missing-component", "framework/missing-component", "roadmap/dependency-later",
        "roadmap/foundation-late",
      ], "\(result)")
    // A missing component's related ids are the kinds that would meet it.
    #expect(report.findings.map(\.related) == [["eoffice"], ["security-system"], ["data-centre"], []])
    #expect(report.findings.map(\.missingKind) == ["eoffice", "security-system", nil, nil])
    let suppressed = report.findings.filter(\.suppressed)
    try #require(suppressed.count == 1)
    #expect(suppressed[0].rule == "roadmap/dependency-later")
    #expect(suppressed[0].severity == "warning")
    #expect(suppressed[0].position == "26:7")
    #expect(suppressed[0].component == "lgsp")
    #expect(
      suppressed[0].suppressionReason == "LGSP runs on the telecom operator's cloud until the data centre is built")
    #expect(report.summary == JSONSummary(files: 1, errors: 1, warnings: 1, notes: 1, suppressed: 1))
    #expect(report.summary == report.summaryOfFindings(files: 1))
  }

  @Test func exampleInVietnamese() async throws {
    let result = try await validate(["--lang", "vi"])
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.findings.map(\.severity) == ["lỗi", "cảnh báo", "ghi chú"], "\(result)")
    #expect(result.textReport.summary == "1 lỗi, 1 cảnh báo, 1 ghi chú trong 1 tệp (1 đã miễn trừ)", "\(result)")
  }

  @Test(arguments: [("error", Int32(1)), ("warning", 1), ("note", 1), ("never", 0)])
  func exampleFailsAsItsSeveritiesSay(_ level: String, _ status: Int32) async throws {
    let result = try await validate(["--fail-on", level])
    #expect(result.exitStatus == status, "\(result)")
  }

  @Test func exampleAgainstFramework2IsFurtherFromCompliance() async throws {
    let result = try await validate(["--framework", "2.0", "--format", "json"])
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    let missing = Set(report.findings(of: "framework/missing-component").compactMap(\.missingKind))
    #expect(
      missing == [
        "eoffice", "security-system", "public-service-portal", "reporting-system", "soc", "digital-signature",
      ], "\(result)")
    #expect(report.findings.allSatisfy { !$0.message.contains("framework 1.0") })
    // The one-stop-shop reaches the LGSP but not the National Public Service Portal through it.
    #expect(report.findings(of: "framework/missing-link").map(\.position) == ["13:5"])
    #expect(
      report.findings(of: "framework/missing-link").first?.related == [
        "national:national-public-service-portal", "lgsp",
      ])
  }
}
