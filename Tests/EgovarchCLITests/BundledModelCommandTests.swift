import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch validate` over the bundled models, run from the package root as a user would.
///
/// Each model's leading XML comment says which defects it keeps on purpose; the expected
/// findings below are those defects, and nothing else.
@Suite struct BundledModelCommandTests {
  /// One expected finding: `line:column severity rule`.
  typealias Expected = String

  /// The bundled models, the findings each one gives (in order) and its summary line.
  static let expectations: [(name: String, findings: [Expected], summary: String)] = [
    (
      "dien-bien-1.0.xml",
      [
        // one-stop depends on the National Public Service Portal directly, not through the LGSP.
        "42:7 warning framework/bypass-integration",
        // the LGSP (phase 1) is hosted on the data centre, built only in phase 2.
        "101:7 warning roadmap/dependency-later",
        // the data centre and the security system, advised in phase 1, come in phase 2.
        "104:7 note roadmap/foundation-late",
        "105:7 note roadmap/foundation-late",
      ],
      "0 errors, 2 warnings, 2 notes in 1 file"
    ),
    ("hau-giang-2.0.xml", [], "0 errors, 0 warnings, 0 notes in 1 file"),
    (
      "lai-chau-2.0-draft.xml",
      [
        // the reporting system's link to the Government reporting system is planned, undated: judged
        // by the component's phase 1 (2017-2019), while that system exists only from 2020.
        "57:7 warning framework/national-unavailable",
        // authoring slip 1: 'lgps'.
        "63:7 error model/unresolved-reference",
        // the LGSP of phase 1 (2017-2019) relies on national systems available from 2020.
        "68:7 warning framework/national-unavailable",
        "69:7 warning framework/national-unavailable",
        // the unfinished tasks of phase 1.
        "112:7 warning roadmap/overdue",
        "113:7 warning roadmap/overdue",
        "114:7 warning roadmap/overdue",
        "115:7 warning roadmap/overdue",
        // authoring slip 2: 'workstations'.
        "124:7 error roadmap/unknown-component",
      ],
      "2 errors, 7 warnings, 0 notes in 1 file"
    ),
    ("lang-son-2.0.xml", [], "0 errors, 0 warnings, 0 notes in 1 file"),
    (
      "long-an-2.0.xml",
      [
        // the level 3 and 4 rates, measured on 15/4/2021, after their 2020-12-31 deadline: met
        // by then, not known to be met in time (notes).
        "172:5 note kpi/not-reported",
        "177:5 note kpi/not-reported",
        // the 6 of 14 indicators not met at their 2020-12-31 deadline.
        "182:5 warning kpi/target-missed",
        "185:5 warning kpi/target-missed",
        "188:5 warning kpi/target-missed",
        "191:5 warning kpi/target-missed",
        "194:5 warning kpi/target-missed",
        "197:5 warning kpi/target-missed",
      ],
      "0 errors, 6 warnings, 2 notes in 1 file"
    ),
    (
      "son-la-2025-plan.xml",
      [
        // no e-mail system in the sources read (the anti-malware system of 2024 is the security system).
        "76:1 warning framework/missing-component",
        // the plan was approved under 3.0, replaced by 4.0 on 25/3/2025.
        "76:1 warning framework/superseded",
        // the administrative-procedure system's links the sources do not state (EMC: a note).
        "101:5 note framework/missing-link",
        "101:5 warning framework/missing-link",
        "101:5 warning framework/missing-link",
        "101:5 warning framework/missing-link",
        // the reporting link, planned for 31/12/2025: pending, not missing.
        "125:5 note framework/missing-link",
        // the warehouse, the databases, the open data portal and the monitoring system.
        "144:5 warning framework/missing-link",
        "149:5 warning framework/missing-link",
        "153:5 warning framework/missing-link",
        "161:5 warning framework/missing-link",
        // the 13 urgent tasks due 30/6/2025, 12 done.
        "176:7 warning roadmap/overdue",
        // urgent-tasks-done: 12 of 13 after its deadline.
        "194:5 warning kpi/target-missed",
      ],
      "0 errors, 11 warnings, 2 notes in 1 file"
    ),
  ]

  /// The rule ids of the Lai Châu draft's findings, in order.
  static let laiChauRules = expected("lai-chau-2.0-draft.xml").map { String($0.split(separator: " ")[2]) }

  /// The severities of the Lai Châu draft's findings, in order.
  static let laiChauSeverities = expected("lai-chau-2.0-draft.xml").map { String($0.split(separator: " ")[1]) }

  /// The expected findings of the bundled model `name`.
  static func expected(_ name: String) -> [Expected] {
    expectations.first { $0.name == name }?.findings ?? []
  }

  /// The Lai Châu draft's two authoring slips, as printed.
  static let laiChauSlips = [
    "models/lai-chau-2.0-draft.xml:63:7: error: component Phần mềm đăng ký, quản lý hộ tịch ('ho-tich') depends "
      + "on 'lgps', which is not a component of this model; did you mean 'lgsp'? [model/unresolved-reference]",
    "models/lai-chau-2.0-draft.xml:124:7: error: task of phase 2 names 'workstations', which is not a component "
      + "of this model [roadmap/unknown-component]",
  ]

  @Test(arguments: expectations.map(\.name))
  func bundledModelGivesExactlyItsIntendedFindings(_ name: String) async throws {
    let expectation = try #require(Self.expectations.first { $0.name == name })
    let result = try await CommandRunner.egovarch(["validate", "models/\(name)"], in: PackageRoot.url)
    let hasErrors = expectation.findings.contains { $0.contains(" error ") }
    #expect(result.exitStatus == (hasErrors ? 1 : 0), "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    let report = result.textReport
    #expect(report.unparsedLines.isEmpty, "\(result)")
    #expect(report.findings.map { "\($0.position) \($0.severity) \($0.rule)" } == expectation.findings, "\(result)")
    #expect(report.findings.allSatisfy { $0.file == "models/\(name)" })
    #expect(report.summary == expectation.summary, "\(result)")
  }

  @Test(arguments: expectations.map(\.name))
  func bundledModelFailsOnNoteOnlyWhenItHasFindings(_ name: String) async throws {
    let expectation = try #require(Self.expectations.first { $0.name == name })
    let result = try await CommandRunner.egovarch(
      ["validate", "--fail-on", "note", "models/\(name)"], in: PackageRoot.url)
    #expect(result.exitStatus == (expectation.findings.isEmpty ? 0 : 1), "\(result)")
  }

  @Test func dienBienMessagesNameTheirCauses() async throws {
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "models/dien-bien-1.0.xml"], in: PackageRoot.url)
    #expect(result.exitStatus == 0, "warnings and notes do not fail the run: \(result)")
    let report = try result.jsonReport()
    let bypass = try #require(report.findings(of: "framework/bypass-integration").first)
    #expect(bypass.component == "one-stop")
    #expect(bypass.related == ["national:national-public-service-portal", "lgsp"])
    let later = try #require(report.findings(of: "roadmap/dependency-later").first)
    #expect(later.component == "lgsp")
    #expect(later.related == ["data-centre"])
    #expect(
      later.message
        == "component Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) ('lgsp') is delivered in phase 1 (2018–2019) "
        + "but depends on Trung tâm dữ liệu tỉnh Điện Biên ('data-centre'), delivered only in phase 2 "
        + "(2020–2021): interim hosting is needed")
    let late = report.findings(of: "roadmap/foundation-late")
    #expect(late.map(\.component) == ["data-centre", "security-system"])
    #expect(
      late.allSatisfy { $0.message.contains("(basis: Official letter 1178/BTTTT-THH of 21/04/2015, section 4.2)") })
    // Framework 1.0 does not require a SOC: its absence is only a finding under 2.0.
    #expect(report.findings(of: "framework/missing-component").isEmpty)
    #expect(report.summary == JSONSummary(files: 1, errors: 0, warnings: 2, notes: 2))
  }

  /// Checked against 2.0, which took effect on 2019-12-31, Điện Biên's 1.0 architecture
  /// (approved on 2018-12-19) could not have been built on it; and it lacks what 2.0 adds, the
  /// reporting system (Decree 09/2019: an error) and the SOC (Circular 31/2017 and Directive
  /// 14/CT-TTg: a warning until 2026-06-30).

  @Test func dienBienWithoutSOCFailsFramework2() async throws {
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "--framework", "2.0", "models/dien-bien-1.0.xml"], in: PackageRoot.url)
    #expect(result.exitStatus == 1, "\(result)")
    let missing = try result.jsonReport().findings(of: "framework/missing-component")
    #expect(missing.map(\.related) == [["reporting-system"], ["soc"]], "\(result)")
    #expect(missing.map(\.severity) == ["error", "warning"])
    #expect(missing.allSatisfy { $0.position == "8:1" })
    let early = try result.jsonReport().findings(of: "framework/not-yet-issued")
    #expect(early.map(\.position) == ["8:1"])
    #expect(
      early.first?.message.hasPrefix("the model was approved on 19 December 2018, before framework 2.0 took effect")
        == true)
  }

  @Test func laiChauDraftReportsItsSlipsAndItsGaps() async throws {
    let result = try await CommandRunner.egovarch(
      ["validate", "models/lai-chau-2.0-draft.xml"], in: PackageRoot.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardError.isEmpty)
    let report = result.textReport
    #expect(report.unparsedLines.isEmpty)
    #expect(report.rules == Self.laiChauRules)
    let lines = report.findings.map(\.description)
    for slip in Self.laiChauSlips { #expect(lines.contains(slip), "\(result)") }
    // The reporting link is planned with its planned component: no missing link, but the
    // system it relies on exists only from 2020, after the component's phase 1.
    #expect(report.findings(of: "framework/missing-link").isEmpty)
    #expect(
      report.findings(of: "framework/national-unavailable").first?.message
        == "component Hệ thống thông tin báo cáo tỉnh Lai Châu ('reporting-system') is delivered in phase 1 (2017–2019) "
        + "but relies on Government reporting information system ('national:government-reporting-system'), available only from 2020"
    )
    #expect(
      report.findings(of: "roadmap/overdue").allSatisfy {
        $0.message.contains(
          "of phase 1 (2017–2019) is not done and its phase ended on 31 December 2019 (as of 18 August 2020)")
      })
    #expect(report.summary == "2 errors, 7 warnings, 0 notes in 1 file")
  }

  @Test func laiChauDraftAsJSON() async throws {
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "models/lai-chau-2.0-draft.xml"], in: PackageRoot.url)
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.version == 1)
    #expect(report.summary == JSONSummary(files: 1, errors: 2, warnings: 7))
    #expect(report.rules == Self.laiChauRules)
    let reference = try #require(report.findings(of: "model/unresolved-reference").first)
    #expect(reference.severity == "error")
    #expect(reference.file == "models/lai-chau-2.0-draft.xml")
    #expect(reference.position == "63:7")
    #expect(reference.component == "ho-tich")
    #expect(reference.related == ["lgps", "lgsp"])
    #expect(reference.message.hasSuffix("did you mean 'lgsp'?"))
    #expect(!reference.suppressed)
    let task = try #require(report.findings(of: "roadmap/unknown-component").first)
    #expect(task.position == "124:7")
    #expect(task.related.first == "workstations")
    #expect(task.message.contains("'workstations'"))
    #expect(report.findings(of: "framework/missing-link").isEmpty)
    #expect(
      report.findings(of: "roadmap/overdue").map(\.component) == ["specialised-network", "reporting-system", nil, nil])
    #expect(
      report.findings(of: "framework/national-unavailable").map(\.related) == [
        ["national:government-reporting-system"], ["national:national-civil-status-db"],
        ["national:national-payment-platform"],
      ])
  }

  @Test func wholeModelsDirectoryAtOnce() async throws {
    let result = try await CommandRunner.egovarch(["validate", "models"], in: PackageRoot.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardError.isEmpty)
    let report = result.textReport
    #expect(report.unparsedLines.isEmpty)
    var expected: [String] = []
    for expectation in Self.expectations {
      expected += expectation.findings.map { "models/\(expectation.name) \($0)" }
    }
    #expect(report.findings.map { "\($0.file) \($0.position) \($0.severity) \($0.rule)" } == expected)
    #expect(report.summary == "2 errors, 26 warnings, 6 notes in 6 files")
  }

  @Test func wholeModelsDirectoryAsJSONCountsSixFiles() async throws {
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "models/"], in: PackageRoot.url)
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.summary == JSONSummary(files: 6, errors: 2, warnings: 26, notes: 6))
    #expect(
      Set(report.findings.map(\.file)) == [
        "models/dien-bien-1.0.xml", "models/lai-chau-2.0-draft.xml", "models/long-an-2.0.xml",
        "models/son-la-2025-plan.xml",
      ])
  }

  @Test func absolutePathsArePrintedAsGiven() async throws {
    let model = PackageRoot.modelsFolder.appendingPathComponent("lai-chau-2.0-draft.xml").path
    let elsewhere = try TemporaryDirectory()
    let result = try await CommandRunner.egovarch(["validate", model], in: elsewhere.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.findings.map(\.file) == Array(repeating: model, count: Self.laiChauRules.count))
  }
}
