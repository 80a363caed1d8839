import Foundation
import Testing

/// `egovarch validate` on a model with security levels (format 1.1): the three security rules
/// with their dates, in both languages, and `egovarch rules` listing them.
@Suite struct SecurityLevelCommandTests {
  /// A province whose administrative-procedure system is at level 2 and whose LGSP, at level 3,
  /// has no monitoring; its citizens are given a level by mistake.
  private static let model = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="thu" province="Thử" framework="3.0">
      <components>
        <component id="citizens" kind="users" name="Người dân" status="existing" securityLevel="3"/>
        <component id="soc" kind="soc" name="SOC tỉnh" status="existing">
          <dependsOn ref="national:ncsc" type="security"/>
        </component>
        <component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="existing" securityLevel="2">
          <dependsOn ref="soc" type="security"/>
        </component>
        <component id="lgsp" kind="lgsp" name="LGSP" status="existing" securityLevel="3"/>
      </components>
    </architecture>
    """

  private static let securityRules: Set<String> = [
    "security/level-not-applicable", "security/tthc-level", "security/unmonitored",
  ]

  /// Runs `egovarch validate` over the model with `options`.
  private func validate(_ options: [String]) async throws -> CommandResult {
    let directory = try TemporaryDirectory()
    try directory.write(Self.model, to: "thu.xml")
    return try await CommandRunner.egovarch(["validate"] + options + ["thu.xml"], in: directory.url)
  }

  @Test func theDayBeforeTheDecreeOnlyMonitoringAndTheMisplacedLevel() async throws {
    let result = try await validate(["--as-of", "2026-08-18", "--lang", "en"])
    #expect(result.exitStatus == 1, "the misplaced level is an error: \(result)")
    let report = result.textReport
    #expect(report.unparsedLines.isEmpty, "\(result)")
    #expect(report.xmlRules.isEmpty, "\(result)")
    #expect(
      report.findings(of: Self.securityRules).map { "\($0.position) \($0.severity) \($0.rule)" } == [
        "4:5 error security/level-not-applicable",
        "11:5 warning security/unmonitored",
      ], "\(result)")
    let unmonitored = try #require(report.findings(of: "security/unmonitored").first)
    #expect(
      unmonitored.message.hasPrefix(
        "component LGSP ('lgsp') is at security level 3"))
    #expect(
      unmonitored.message.hasSuffix(
        "(basis: Law 116/2025/QH15 of 10/12/2025, Art. 8, Art. 40(1)(b) (secondary source))"))
  }

  @Test func afterTheTransitionTheProcedureSystemIsLevelThree() async throws {
    // The decree applies from 19/08/2026; an existing system keeps its level (a note) until 01/07/2027.
    let result = try await validate(["--as-of", "2027-07-01", "--lang", "vi"])
    #expect(result.exitStatus == 1, "\(result)")
    let report = result.textReport
    #expect(report.unparsedLines.isEmpty, "\(result)")
    #expect(
      report.findings(of: Self.securityRules).map { "\($0.position) \($0.rule)" } == [
        "4:5 security/level-not-applicable", "8:5 security/tthc-level", "11:5 security/unmonitored",
      ], "\(result)")
    let level = try #require(report.findings(of: "security/tthc-level").first)
    #expect(level.severity == "cảnh báo")
    #expect(level.message.contains("ở cấp độ 2"))
    #expect(level.message.contains("từ ngày 19/08/2026"))
    #expect(!level.message.contains("2026-08-19"), "Vietnamese messages say dates as dd/mm/yyyy")
    #expect(
      level.message.hasSuffix(
        "(căn cứ: Nghị định 331/2026/NĐ-CP ngày 19/08/2026, Điều 13 khoản 2 điểm b (nguồn thứ cấp))"))
  }

  @Test func theRulesCommandListsTheSecurityRules() async throws {
    let result = try await CommandRunner.egovarch(["rules"], in: FileManager.default.temporaryDirectory)
    #expect(result.exitStatus == 0, "\(result)")
    for rule in Self.securityRules {
      #expect(result.standardOutput.contains(rule), "\(rule): \(result)")
    }
  }
}
