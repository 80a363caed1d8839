import Foundation
import Testing

/// The framework a model is checked against: its `framework` attribute, or `--framework` with a
/// built-in id or a framework file of one's own (`schemas/framework.xsd`).
@Suite struct FrameworkOptionTests {
  /// The complete model without its SOC (the component, lines 17 to 20, and its task).
  static let withoutSOC: String = {
    let soc = """
          <component id="soc" kind="soc" name="Trung tâm giám sát an toàn thông tin (SOC)" status="existing">
            <dependsOn ref="national:ncsc" type="security"/>
            <dependsOn ref="security" type="security"/>
          </component>

      """
    let task = "      <task action=\"operate\" component=\"soc\" status=\"done\"/>\n"
    return ModelSource.complete.replacingOccurrences(of: soc, with: "").replacingOccurrences(of: task, with: "")
  }()

  /// A framework of one's own: two kinds, one required component (an IOC, line 11) and one
  /// required link of severity warning (from the LGSP to the IOC, line 13).
  static let customFramework = """
    <?xml version="1.0" encoding="UTF-8"?>
    <framework xmlns="urn:egovarch:framework:1" id="so-tttt-2024"
               name="Khung kiến trúc thử nghiệm của Sở" nameEn="Test framework of the Department"
               basis="Quyết định 99/QĐ-STTTT ngày 01/02/2024" basisEn="Decision 99/QD-STTTT of 01/02/2024"
               issued="2024-02-01">
      <catalogue>
        <kind id="lgsp" layer="integration" scope="provincial" vi="Nền tảng tích hợp, chia sẻ dữ liệu" en="Integration platform"/>
        <kind id="ioc" layer="applications" scope="provincial" vi="Trung tâm điều hành thông minh" en="Intelligent operations centre"/>
      </catalogue>
      <requirements>
        <component kind="ioc" basis="Công văn 123/STTTT-CNTT ngày 05/06/2024" basisEn="Official letter 123/STTTT-CNTT of 05/06/2024"/>
        <link from="lgsp" to="ioc" type="integration" severity="warning"
              basis="Kế hoạch 45/KH-UBND ngày 2024-03-15" basisEn="Plan 45/KH-UBND of 2024-03-15"/>
      </requirements>
    </framework>

    """

  /// A model that names framework 2.0 but is meant for `customFramework`: one LGSP (line 4).
  static let modelForCustomFramework = ModelSource.document(
    """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP" status="existing"/>
      </components>
    """)

  /// Writes `files` (name → content) into a fresh directory and runs `egovarch` there.
  private func run(_ arguments: [String], _ files: [String: String]) async throws -> CommandResult {
    let directory = try TemporaryDirectory()
    for (name, content) in files { try directory.write(content, to: name) }
    return try await CommandRunner.egovarch(arguments, in: directory.url)
  }

  // MARK: - Built-in frameworks

  @Test func modelWithoutSOCMissesItUnderFramework2Only() async throws {
    #expect(!Self.withoutSOC.contains(#"component="soc""#) && !Self.withoutSOC.contains(#"kind="soc""#))
    let own = try await run(["validate", "--fail-on", "note", "model.xml"], ["model.xml": Self.withoutSOC])
    #expect(own.exitStatus == 1, "\(own)")
    #expect(
      own.standardOutput == """
        model.xml:2:1: warning: framework 2.0 requires the security operations centre (SOC) ('soc'), which the model \
        does not have (basis: Circular 31/2017/TT-BTTTT of 15/11/2017, Art. 5, Art. 7; Directive 14/CT-TTg of \
        07/06/2019) [framework/missing-component]
        0 errors, 1 warning, 0 notes in 1 file

        """, "\(own)")
    let explicit = try await run(
      ["validate", "--framework", "2.0", "model.xml"], ["model.xml": Self.withoutSOC])
    #expect(explicit.standardOutput == own.standardOutput, "\(explicit)")
    let older = try await run(
      ["validate", "--fail-on", "note", "--framework", "1.0", "model.xml"], ["model.xml": Self.withoutSOC])
    // 1.0 requires no SOC; by the model's date (2023-12-28) it had been replaced, which is all it says.
    #expect(older.exitStatus == 1, "\(older)")
    #expect(
      older.standardOutput.hasSuffix("[framework/superseded]\n0 errors, 1 warning, 0 notes in 1 file\n"), "\(older)")
  }

  @Test func framework1OverridesTheModelsAttributeInMessages() async throws {
    let result = try await run(
      ["validate", "--format", "json", "--framework", "1.0", "--as-of", "2019-06-30", "model.xml"],
      ["model.xml": ModelSource.document("  <components/>")])
    #expect(result.exitStatus == 1, "\(result)")
    let missing = try result.jsonReport().findings(of: "framework/missing-component")
    #expect(
      Set(missing.compactMap(\.missingKind)) == [
        "lgsp", "data-centre", "one-stop-shop", "web-portal", "eoffice", "email", "security-system",
      ], "\(result)")
    #expect(missing.allSatisfy { $0.message.hasPrefix("framework 1.0 requires ") }, "\(result)")
  }

  @Test func unknownFrameworkAttributeIsAnError() async throws {
    let model = ModelSource.complete.replacingOccurrences(of: #"framework="2.0""#, with: #"framework="9.9""#)
    let result = try await run(["validate", "--format", "json", "model.xml"], ["model.xml": model])
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.rules == ["framework/unknown-framework"], "nothing else can be judged: \(result)")
    let finding = try #require(report.findings.first)
    #expect(finding.severity == "error")
    #expect(finding.position == "2:1")
    #expect(finding.related == ["9.9"])
    #expect(
      finding.message == "framework '9.9' is not known: use '1.0', '2.0', '3.0', or give its file with --framework")
    #expect(report.summary == JSONSummary(files: 1, errors: 1))
  }

  @Test func unknownFrameworkAttributeGivesWayToTheOption() async throws {
    let model = ModelSource.complete.replacingOccurrences(of: #"framework="2.0""#, with: #"framework="9.9""#)
    let result = try await run(
      ["validate", "--fail-on", "note", "--framework", "2.0", "model.xml"], ["model.xml": model])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n", "\(result)")
  }

  // MARK: - A framework file of one's own

  @Test func customFrameworkFileReplacesTheBuiltInOne() async throws {
    let result = try await run(
      ["validate", "--framework", "custom.xml", "model.xml"],
      ["custom.xml": Self.customFramework, "model.xml": Self.modelForCustomFramework])
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    #expect(
      result.standardOutput == """
        model.xml:2:1: error: framework so-tttt-2024 requires the intelligent operations centre ('ioc'), which the \
        model does not have (basis: Official letter 123/STTTT-CNTT of 05/06/2024) [framework/missing-component]
        model.xml:4:5: warning: component LGSP ('lgsp') has no link to the intelligent operations centre ('ioc'), required by \
        framework so-tttt-2024 (basis: Plan 45/KH-UBND of 2024-03-15) [framework/missing-link]
        1 error, 1 warning, 0 notes in 1 file

        """, "\(result)")
  }

  @Test func customFrameworkBasisIsQuotedInVietnamese() async throws {
    let result = try await run(
      ["validate", "--lang", "vi", "--framework", "custom.xml", "model.xml"],
      ["custom.xml": Self.customFramework, "model.xml": Self.modelForCustomFramework])
    #expect(result.exitStatus == 1, "\(result)")
    let missing = try #require(result.textReport.findings(of: "framework/missing-component").first, "\(result)")
    #expect(missing.severity == "lỗi")
    #expect(missing.message.contains("so-tttt-2024"), "\(result)")
    #expect(missing.message.contains("trung tâm điều hành thông minh ('ioc')"), "\(result)")
    #expect(missing.message.hasSuffix("(căn cứ: Công văn 123/STTTT-CNTT ngày 05/06/2024)"), "\(result)")
  }

  @Test func customFrameworkCatalogueDecidesTheKinds() async throws {
    let model = ModelSource.document(
      """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="existing"><dependsOn ref="ioc"/></component>
          <component id="ioc" kind="ioc" name="IOC" status="existing"/>
          <component id="soc" kind="soc" name="SOC" status="existing"/>
        </components>
      """)
    let result = try await run(
      ["validate", "--format", "json", "--framework", "custom.xml", "model.xml"],
      ["custom.xml": Self.customFramework, "model.xml": model])
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.rules == ["framework/unknown-kind"], "\(result)")
    #expect(report.findings.first?.position == "6:5")
    #expect(report.findings.first?.component == "soc")
  }

  @Test func customFrameworkSatisfiedIsClean() async throws {
    let model = ModelSource.document(
      """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="existing"><dependsOn ref="ioc"/></component>
          <component id="ioc" kind="ioc" name="IOC" status="existing"/>
        </components>
      """)
    let result = try await run(
      ["validate", "--fail-on", "note", "--framework", "custom.xml", "model.xml"],
      ["custom.xml": Self.customFramework, "model.xml": model])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n", "\(result)")
  }

  @Test func modelMayNameTheCustomFrameworkById() async throws {
    let model = Self.modelForCustomFramework.replacingOccurrences(
      of: #"framework="2.0""#, with: #"framework="so-tttt-2024""#)
    let withFile = try await run(
      ["validate", "--framework", "custom.xml", "model.xml"], ["custom.xml": Self.customFramework, "model.xml": model])
    #expect(withFile.textReport.rules == ["framework/missing-component", "framework/missing-link"], "\(withFile)")
    let withoutFile = try await run(["validate", "model.xml"], ["model.xml": model])
    #expect(withoutFile.exitStatus == 1, "\(withoutFile)")
    #expect(withoutFile.textReport.rules == ["framework/unknown-framework"], "\(withoutFile)")
    #expect(withoutFile.textReport.findings.first?.message.contains("'so-tttt-2024'") == true)
  }

  @Test func gapsWithACustomFramework() async throws {
    let result = try await run(
      ["gaps", "--framework", "custom.xml", "model.xml"],
      ["custom.xml": Self.customFramework, "model.xml": Self.modelForCustomFramework])
    #expect(result.exitStatus == 0, "\(result)")
    let lines = result.outputLines.map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines.contains("framework: so-tttt-2024 (Test framework of the Department)"), "\(result)")
    #expect(lines.contains("0 of 1 present"), "\(result)")
    #expect(
      lines.contains(
        "intelligent operations centre ('ioc'), error; basis: Official letter 123/STTTT-CNTT of 05/06/2024"),
      "\(result)")
    #expect(lines.contains("1 missing"), "\(result)")
  }

  // MARK: - Framework files that cannot be used

  /// Framework files that cannot be used, each with what standard error must name.
  static let unusableFrameworks: [(name: String, content: String, expected: [String])] = [
    (
      "truncated",
      customFramework.split(separator: "\n").prefix(8).joined(separator: "\n") + "\n",
      ["framework.xml:9:1: premature end of data"]
    ),
    (
      "requirement naming a kind not in the catalogue",
      customFramework.replacingOccurrences(of: #"<component kind="ioc""#, with: #"<component kind="soc""#),
      ["framework.xml:11:5: ", "'soc'"]
    ),
    (
      "link naming a national system not in the catalogue",
      customFramework.replacingOccurrences(of: #"to="ioc""#, with: #"to="national:ngsp""#),
      ["framework.xml:12:5: ", "ngsp"]
    ),
    (
      "basis without a document number and date",
      customFramework.replacingOccurrences(
        of: #"basis="Quyết định 99/QĐ-STTTT ngày 01/02/2024""#, with: #"basis="Quyết định của Sở""#),
      ["framework.xml:2:1: ", "'basis'"]
    ),
    ("a model, not a framework", ModelSource.complete, ["framework.xml:2:1: ", "'architecture'"]),
    ("empty", "", ["framework.xml:1:1: ", "empty"]),
  ]

  @Test(arguments: unusableFrameworks.map(\.name))
  func unusableFrameworkFileIsACommandFailure(_ name: String) async throws {
    let unusable = try #require(Self.unusableFrameworks.first { $0.name == name })
    for command in ["validate", "gaps"] {
      let result = try await run(
        [command, "--framework", "framework.xml", "model.xml"],
        ["framework.xml": unusable.content, "model.xml": Self.modelForCustomFramework])
      #expect(result.exitStatus == 2, "\(command), \(name): \(result)")
      #expect(result.standardOutput.isEmpty, "\(command), \(name): \(result)")
      #expect(result.standardError.hasPrefix("egovarch: error: --framework: "), "\(command), \(name): \(result)")
      for text in unusable.expected {
        #expect(result.standardError.contains(text), "\(command), \(name): no '\(text)' in \(result)")
      }
    }
  }

  @Test func missingFrameworkFileIsACommandFailure() async throws {
    let result = try await run(
      ["validate", "--framework", "no-such-framework.xml", "model.xml"], ["model.xml": ModelSource.complete])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(result.standardError.hasPrefix("egovarch: error: --framework: "), "\(result)")
    #expect(result.standardError.contains("'no-such-framework.xml'"), "\(result)")
    #expect(result.standardError.contains("1.0, 2.0"), "the message names the built-in frameworks: \(result)")
  }

  @Test(arguments: ["4.0", "2", ""])
  func unknownBuiltInFrameworkIsACommandFailure(_ value: String) async throws {
    let result = try await run(["validate", "--framework", value, "model.xml"], ["model.xml": ModelSource.complete])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(!result.standardError.isEmpty)
  }

  /// A message of several lines reaches standard error as several lines, not with `\n` escaped:
  /// a framework error's problems, the XML findings of `gaps` and the argument parser's usage
  /// each stand on their own line (while a line feed inside one of them is escaped).
  @Test func multiLineErrorsKeepTheirLines() async throws {
    let unusable = try await run(
      ["validate", "--framework", "framework.xml", "model.xml"],
      [
        "framework.xml": Self.customFramework.replacingOccurrences(
          of: #"kind="ioc" basis"#, with: #"kind="soc" basis"#),
        "model.xml": Self.modelForCustomFramework,
      ])
    let unclosed = try await run(["gaps", "model.xml"], ["model.xml": ModelSource.document("  <components>")])
    let usage = try await run(["validate", "--format", "nope", "model.xml"], ["model.xml": ModelSource.complete])
    #expect(!unusable.standardError.contains(#"\n"#), "\(unusable)")
    #expect(unusable.standardError.split(separator: "\n").count >= 2, "\(unusable)")
    #expect(!unclosed.standardError.contains(#"\n"#), "\(unclosed)")
    #expect(
      TextReport(unclosed.standardError).summary == "1 error, 0 warnings, 0 notes in 1 file", "\(unclosed)")
    #expect(!usage.standardError.contains(#"\n"#), "\(usage)")
  }
}
