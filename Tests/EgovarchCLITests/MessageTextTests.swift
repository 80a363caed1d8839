import Foundation
import Testing

/// The wording of messages that come from libxml2: readable, complete, in the chosen language.
@Suite struct MessageTextTests {
  /// A model whose only defect is a status outside the schema's list, on line 4.
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
    let finding = try #require(try result.jsonReport().findings.first)
    #expect(finding.rule == "xml/schema")
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
    let findings = result.textReport.findings
    #expect(findings.map(\.rule) == ["xml/schema", "xml/malformed"])
    #expect(findings.allSatisfy { $0.severity == "lỗi" })
    #expect(findings.first?.message.hasPrefix("sai lược đồ: ") == true)
    #expect(findings.last?.message.hasPrefix("XML không hợp lệ: ") == true)
    #expect(result.textReport.summary == "2 lỗi, 0 cảnh báo, 0 ghi chú trong 2 tệp")
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
