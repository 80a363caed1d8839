import Foundation
import Testing

/// The wording of messages that come from libxml2: readable, complete, in the chosen language.
@Suite struct MessageTextTests {
  /// A model whose only defect in the document is a status outside the schema's list, on line 4
  /// (it lacks what framework 2.0 requires too, which the tests here do not look at).
  static let badStatus = ModelSource.document(
    """
      <components>
        <component id="a" kind="lgsp" name="A" status="done"/>
      </components>
    """)

  @Test func schemaEnumerationMessageNamesTheAllowedValues() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.badStatus, to: "status.xml")
    let result = try await CommandRunner.egovarch(["validate", "--format", "json", "status.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.xmlRules == ["xml/schema"], "\(result)")
    let finding = try #require(report.findings(of: "xml/schema").first)
    #expect(finding.position == "4:5")
    #expect(finding.message.contains("'done'"))
    // libxml2 says "… is not an element of the set {'existing', 'in-progress', 'planned', 'retired'}".
    for allowed in ["'existing'", "'in-progress'", "'planned'", "'retired'"] {
      #expect(finding.message.contains(allowed), "the message does not list \(allowed): \(finding.message)")
    }
    #expect(finding.message.last?.isWhitespace == false, "\(finding.message.debugDescription)")
  }

  @Test func vietnameseWrapsLibxml2Messages() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.badStatus, to: "status.xml")
    try directory.write(ModelSource.document("  <components>"), to: "unclosed.xml")
    let result = try await CommandRunner.egovarch(["validate", "--lang", "vi", "."], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    let report = result.textReport
    let findings = report.findings(of: ["xml/schema", "xml/malformed"])
    #expect(report.xmlRules == ["xml/schema", "xml/malformed"])
    // Named from the base directory (here the working directory), `./` resolved.
    #expect(findings.map(\.file) == ["status.xml", "unclosed.xml"])
    #expect(findings.allSatisfy { $0.severity == "lỗi" })
    #expect(findings.first?.message.hasPrefix("sai lược đồ: ") == true)
    #expect(findings.last?.message.hasPrefix("tài liệu XML không hợp lệ: ") == true)
    // The unclosed document gives its one finding; the other findings are the status model's.
    #expect(report.findings.filter { $0.file == "unclosed.xml" }.count == 1)
    let count = { (severity: String) in report.findings.filter { $0.severity == severity }.count }
    #expect(
      report.summary == "\(count("lỗi")) lỗi, \(count("cảnh báo")) cảnh báo, \(count("ghi chú")) ghi chú trong 2 tệp",
      "\(result)")
  }

  @Test func doctypeMessageIsTranslated() async throws {
    let directory = try TemporaryDirectory()
    let source =
      ModelSource.header.replacingOccurrences(
        of: "<architecture", with: "<!DOCTYPE architecture>\n<architecture") + "  <components/>\n</architecture>\n"
    try directory.write(source, to: "doctype.xml")
    let english = try await CommandRunner.egovarch(["validate", "doctype.xml"], in: directory.url)
    let vietnamese = try await CommandRunner.egovarch(["validate", "--lang", "vi", "doctype.xml"], in: directory.url)
    #expect(english.textReport.findings.first?.message.hasPrefix("document type declarations are not allowed") == true)
    #expect(vietnamese.textReport.findings.first?.message.hasPrefix("không cho phép khai báo kiểu tài liệu") == true)
  }
}
