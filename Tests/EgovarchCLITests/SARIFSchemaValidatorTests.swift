import Foundation
import Testing

/// `SARIFSchemaValidator` accepts a minimal valid log and rejects logs that break the schema or
/// SARIF's rules for URIs, so that the schema checks of the other tests can fail.
@Suite struct SARIFSchemaValidatorTests {
  /// A minimal log with one result; `result` and `base` are spliced in.
  private func log(result: String, base: String = "file:///work/") -> Data {
    Data(
      """
      {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "egovarch", "rules": [{"id": "graph/cycle"}]}},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": "\(base)"}},
        "results": [\(result)]}]}
      """.utf8)
  }

  private let validResult = """
    {"ruleId": "graph/cycle", "level": "error", "message": {"text": "m"}, "locations": [{"physicalLocation": {
      "artifactLocation": {"uri": "models/a%20b.xml", "uriBaseId": "%SRCROOT%"},
      "region": {"startLine": 1, "startColumn": 1}}}]}
    """

  @Test func schemaIsFound() throws {
    let schema = try SARIFSchemaValidator.schema()
    #expect(schema.lastPathComponent == "sarif-schema-2.1.0.oasis.json")
  }

  @Test func acceptsAValidLog() async throws {
    try await SARIFSchemaValidator.validate(log(result: validResult))
  }

  @Test(arguments: [
    (#""startLine": 1"#, #""startLine": 0"#),
    (#""level": "error""#, #""level": "fatal""#),
    (#""message": {"text": "m"}"#, #""message": {}"#),
    (#""uri": "models/a%20b.xml""#, #""uri": "models/a b.xml""#),
    (#""uri": "models/a%20b.xml""#, #""uri": "file:///work/models/a.xml""#),
  ])
  func rejectsABrokenResult(_ original: String, _ replacement: String) async throws {
    let broken = validResult.replacing(original, with: replacement)
    try #require(broken != validResult)
    await #expect(throws: SARIFSchemaError.self, "\(replacement)") {
      try await SARIFSchemaValidator.validate(log(result: broken))
    }
  }

  @Test func rejectsABaseURIWithoutTrailingSlash() async throws {
    await #expect(throws: SARIFSchemaError.self) {
      try await SARIFSchemaValidator.validate(log(result: validResult, base: "file:///work"))
    }
  }

  @Test func rejectsAWrongVersion() async throws {
    let document = String(decoding: log(result: validResult), as: UTF8.self).replacing("\"2.1.0\"", with: "\"2.0.0\"")
    await #expect(throws: SARIFSchemaError.self) { try await SARIFSchemaValidator.validate(Data(document.utf8)) }
  }

  @Test func refusesASchemaThatChecksNothing() async throws {
    let directory = try TemporaryDirectory()
    let vacuous = try directory.write(
      #"{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {}}"#, to: "s.json")
    await #expect(throws: SARIFSchemaError.self) {
      try await SARIFSchemaValidator.validate(log(result: validResult), schema: vacuous)
    }
  }

  @Test func missingSchemaIsAnError() async throws {
    let directory = try TemporaryDirectory()
    await #expect(throws: SARIFSchemaError.self) {
      try await SARIFSchemaValidator.validate(log(result: validResult), schema: directory.url(of: "absent.json"))
    }
  }
}
