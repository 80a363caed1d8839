import Foundation
import Testing

/// Documents built to hurt a validator: entities, bombs, deep nesting, wrong encodings, garbage.
///
/// Each one must give its finding (exit status 1), never crash, never read what it points at,
/// and finish well within the runner's time limit.
@Suite struct HostileDocumentTests {
  /// The text the secret file holds; it must never appear in any output.
  static let secret = "EGOVARCH-SECRET-\(UUID().uuidString)"

  /// Writes `bytes` to `name` in a fresh directory and validates it with `options`.
  private func validate(
    _ bytes: Data, as name: String = "hostile.xml", _ options: [String] = []
  ) async throws -> CommandResult {
    let directory = try TemporaryDirectory()
    try directory.write(bytes, to: name)
    return try await CommandRunner.egovarch(["validate"] + options + [name], in: directory.url)
  }

  /// Checks that `result` is exactly one finding of `rule` (exit status 1) and returns it.
  @discardableResult
  private func expectSingleFinding(
    _ result: CommandResult, _ rule: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> TextFinding? {
    #expect(!result.timedOut, "\(result)", sourceLocation: sourceLocation)
    #expect(result.exitStatus == 1, "\(result)", sourceLocation: sourceLocation)
    #expect(result.standardError.isEmpty, "\(result)", sourceLocation: sourceLocation)
    let report = result.textReport
    #expect(report.unparsedLines.isEmpty, "\(result)", sourceLocation: sourceLocation)
    #expect(report.rules == [rule], "\(result)", sourceLocation: sourceLocation)
    #expect(report.summary == "1 error, 0 warnings, 0 notes in 1 file", sourceLocation: sourceLocation)
    return report.findings.first
  }

  // MARK: - Entities

  @Test(arguments: ["text", "json"])
  func externalEntityNeverReadsTheLocalFile(_ format: String) async throws {
    let directory = try TemporaryDirectory()
    let secretFile = try directory.write(Self.secret + "\n", to: "secret.txt")
    let source = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE architecture [
        <!ENTITY leak SYSTEM "file://\(secretFile.path)">
        <!ENTITY relative SYSTEM "secret.txt">
      ]>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="&leak;" framework="2.0">
        <title>&leak;&relative;</title>
        <components>
          <component id="a" kind="lgsp" name="&leak;"><dependsOn ref="&relative;"/></component>
        </components>
      </architecture>
      """
    try directory.write(source, to: "xxe.xml")
    let result = try await CommandRunner.egovarch(["validate", "--format", format, "xxe.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(!result.standardOutput.contains(Self.secret))
    #expect(!result.standardError.contains(Self.secret))
    #expect(!result.standardOutput.contains("EGOVARCH-SECRET"))
    if format == "json" {
      let report = try result.jsonReport()
      #expect(report.rules == ["xml/doctype"])
      #expect(report.findings.first?.position == "2:1")
    } else {
      #expect(result.textReport.rules == ["xml/doctype"])
      #expect(result.textReport.findings.first?.position == "2:1")
    }
  }

  @Test func externalDTDSubsetIsNeverLoaded() async throws {
    let directory = try TemporaryDirectory()
    let secretFile = try directory.write(Self.secret, to: "secret.txt")
    let source = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE architecture SYSTEM "file://\(secretFile.path)">
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
        <components/>
      </architecture>
      """
    try directory.write(source, to: "external-subset.xml")
    let result = try await CommandRunner.egovarch(["validate", "external-subset.xml"], in: directory.url)
    expectSingleFinding(result, "xml/doctype")
    #expect(!result.standardOutput.contains(Self.secret))
  }

  @Test func networkExternalEntityIsNeverFetched() async throws {
    // 192.0.2.0/24 is reserved for documentation: a fetch would hang until a network timeout.
    let source = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE architecture SYSTEM "http://192.0.2.1/architecture.dtd" [
        <!ENTITY remote SYSTEM "http://192.0.2.1/secret">
      ]>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
        <title>&remote;</title>
        <components/>
      </architecture>
      """
    let result = try await validate(Data(source.utf8))
    let finding = expectSingleFinding(result, "xml/doctype")
    #expect(finding?.position == "2:1")
  }

  @Test func billionLaughsIsRefusedWithoutExpansion() async throws {
    var declarations = #"  <!ENTITY lol0 "lol">"# + "\n"
    for level in 1...9 {
      let references = String(repeating: "&lol\(level - 1);", count: 10)
      declarations += "  <!ENTITY lol\(level) \"\(references)\">\n"
    }
    let source =
      ModelSource.header.replacingOccurrences(
        of: "<architecture", with: "<!DOCTYPE architecture [\n\(declarations)]>\n<architecture")
      + "  <title>&lol9;</title>\n  <components><component id=\"a\" kind=\"lgsp\" name=\"&lol9;\"/></components>\n"
      + "</architecture>\n"
    let result = try await validate(Data(source.utf8))
    let finding = expectSingleFinding(result, "xml/doctype")
    #expect(finding?.position == "2:1")
    #expect(result.standardOutput.utf8.count < 1_000)
  }

  @Test func quadraticBlowupIsRefusedWithoutExpansion() async throws {
    let big = String(repeating: "A", count: 100_000)
    let references = String(repeating: "&big;", count: 50_000)
    let source = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE architecture [<!ENTITY big "\(big)">]>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
        <title>\(references)</title>
        <components/>
      </architecture>
      """
    let result = try await validate(Data(source.utf8))
    let finding = expectSingleFinding(result, "xml/doctype")
    #expect(finding?.position == "2:1")
  }

  @Test func undeclaredEntityIsMalformed() async throws {
    let source = ModelSource.document("  <title>&xxe;</title>\n  <components/>")
    let finding = expectSingleFinding(try await validate(Data(source.utf8)), "xml/malformed")
    #expect(finding?.line == 3)
    #expect(finding?.message.contains("xxe") == true)
  }

  // MARK: - Structure

  @Test func deepNestingHitsTheDepthLimitQuickly() async throws {
    let depth = 200_000
    let source = ModelSource.document(
      "  <components>" + String(repeating: "<component>", count: depth)
        + String(repeating: "</component>", count: depth) + "</components>")
    let result = try await validate(Data(source.utf8))
    #expect(!result.timedOut)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardError.isEmpty)
    let malformed = result.textReport.findings.filter { $0.rule == "xml/malformed" }
    #expect(malformed.count == 1, "\(result)")
    #expect(malformed.first?.message.contains("nested too deeply") == true, "\(result)")
    #expect(result.textReport.unparsedLines.isEmpty)
  }

  @Test func deepNestingOfUnknownElementsIsMalformedToo() async throws {
    let depth = 200_000
    let source =
      #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
      + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "\n"
    let result = try await validate(Data(source.utf8))
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.rules.contains("xml/malformed"), "\(result)")
  }

  @Test func truncatedDocumentIsMalformed() async throws {
    let whole = ModelSource.formatExample
    let cut = whole[..<whole.range(of: "</components>")!.lowerBound]
    let finding = expectSingleFinding(try await validate(Data(cut.utf8)), "xml/malformed")
    #expect(finding?.message.contains("end of data") == true)
  }

  @Test func documentCutInsideATagIsMalformed() async throws {
    let whole = ModelSource.formatExample
    let cut = whole[..<whole.range(of: #"name="Trung tâm"#)!.upperBound]
    expectSingleFinding(try await validate(Data(cut.utf8)), "xml/malformed")
  }

  @Test func secondRootElementIsMalformed() async throws {
    let source = ModelSource.formatExample + "<architecture/>\n"
    expectSingleFinding(try await validate(Data(source.utf8)), "xml/malformed")
  }

  // MARK: - Not UTF-8 XML at all

  @Test func emptyFileIsMalformed() async throws {
    let finding = expectSingleFinding(try await validate(Data()), "xml/malformed")
    #expect(finding?.message == "the file is empty")
    #expect(finding?.position == "1:1")
  }

  @Test func whitespaceOnlyFileIsMalformed() async throws {
    let finding = expectSingleFinding(try await validate(Data(" \n\t\r\n".utf8)), "xml/malformed")
    #expect(finding?.message == "the file is empty")
  }

  @Test func gzipCompressedModelIsMalformed() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.formatExample, to: "model.xml")
    let gzip = try await CommandRunner.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -c model.xml > model.xml.gz.xml"], in: directory.url)
    try #require(gzip.exitStatus == 0, "\(gzip)")
    let bytes = try Data(contentsOf: directory.url(of: "model.xml.gz.xml"))
    try #require(bytes.starts(with: [0x1F, 0x8B]))
    let finding = expectSingleFinding(try await validate(bytes, as: "compressed.xml"), "xml/malformed")
    #expect(finding?.message.contains("gzip") == true)
    #expect(finding?.position == "1:1")
  }

  @Test func randomBinaryGarbageIsMalformed() async throws {
    var generator = SplitMix64(seed: 20_250_101)
    var bytes = Data((0..<8_192).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
    bytes[17] = 0
    bytes[0] = 0x3C  // '<', so that it looks like it might be XML at first
    let result = try await validate(bytes)
    let finding = expectSingleFinding(result, "xml/malformed")
    #expect(finding?.message.contains("binary") == true)
  }

  @Test func binaryGarbageWithoutNULIsMalformed() async throws {
    var generator = SplitMix64(seed: 7)
    let bytes = Data((0..<8_192).map { _ in UInt8(truncatingIfNeeded: generator.next() % 255 + 1) })
    expectSingleFinding(try await validate(bytes), "xml/malformed")
  }

  @Test(arguments: [
    "with byte order mark", "little-endian without byte order mark", "big-endian without byte order mark",
  ])
  func utf16IsMalformed(_ variant: String) async throws {
    let text = ModelSource.formatExample
    let bytes: Data
    switch variant {
    case "with byte order mark": bytes = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
    case "little-endian without byte order mark": bytes = text.data(using: .utf16LittleEndian)!
    default: bytes = text.data(using: .utf16BigEndian)!
    }
    let finding = expectSingleFinding(try await validate(bytes), "xml/malformed")
    #expect(finding?.message.contains("UTF-16") == true, "\(String(describing: finding))")
  }

  /// A model whose component name holds bytes that are not UTF-8 (line 3, from column 52).
  static let invalidUTF8: Data = {
    var bytes = Data(
      ModelSource.document(#"  <components><component id="a" kind="lgsp" name="LGSP"/></components>"#).utf8)
    bytes.replaceSubrange(bytes.range(of: Data("LGSP".utf8))!, with: [0x4C, 0xFF, 0xFE, 0xC3, 0x28])
    return bytes
  }()

  @Test func invalidUTF8InAUTF8DocumentIsMalformed() async throws {
    let result = try await validate(Self.invalidUTF8, ["--format", "json"])
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.rules == ["xml/malformed"])
    #expect(report.findings.first?.position == "3:52")
    #expect(report.findings.first?.message.contains("UTF-8") == true)
  }

  @Test func invalidUTF8MessageKeepsOneLinePerFinding() async throws {
    let result = try await validate(Self.invalidUTF8)
    expectSingleFinding(result, "xml/malformed")
    #expect(result.outputLines.count == 2, "one finding line and the summary: \(result)")
  }

  @Test func declaredLatin1IsMalformed() async throws {
    let source = ModelSource.formatExample.replacingOccurrences(
      of: #"encoding="UTF-8""#, with: #"encoding="ISO-8859-1""#)
    let finding = expectSingleFinding(try await validate(Data(source.utf8)), "xml/malformed")
    #expect(finding?.message.contains("UTF-8") == true)
  }

  // MARK: - Control characters reaching the text output

  @Test func newlineInAnAttributeValueKeepsOneLinePerFinding() async throws {
    let source = ModelSource.document(
      #"  <components><component id="a" kind="lgsp" name="A"><dependsOn ref="first&#10;second"/></component>"#
        + "</components>")
    let result = try await validate(Data(source.utf8), ["--color", "never"])
    #expect(result.exitStatus == 1, "\(result)")
    let report = result.textReport
    #expect(report.unparsedLines.isEmpty, "\(result)")
    #expect(report.xmlRules == ["xml/schema"], "\(result)")
    let dangling = report.findings(of: "model/unresolved-reference")
    #expect(dangling.count == 1, "\(result)")
    #expect(dangling.first?.message.contains(#"'first\nsecond'"#) == true, "\(result)")
    #expect(result.outputLines.count == report.findings.count + 1, "one line per finding: \(result)")
  }

  @Test func escapeCharacterInAFileNameDoesNotReachTheTerminal() async throws {
    // A harmless sequence (red), so that a failure message cannot clear the developer's screen.
    let name = "evil\u{1B}[31mred.xml"
    let result = try await validate(Data(CommandOptionTests.oneError.utf8), as: name, ["--color", "never"])
    #expect(result.exitStatus == 1, "\(result.standardOutput.debugDescription)")
    #expect(!result.standardOutputBytes.contains(0x1B), "raw ESC in \(result.standardOutput.debugDescription)")
  }
}
