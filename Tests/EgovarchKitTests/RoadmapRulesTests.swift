import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// The roadmap rules on the bundled models and on edge cases.
@Suite struct RoadmapRulesTests {
  /// One roadmap finding reduced to what the tests compare.
  private struct Summary: Equatable, CustomStringConvertible {
    var rule: String
    var component: String?
    var line: Int
    var severity: Severity
    var related: [String] = []

    var description: String { "\(rule) \(component ?? "-") @\(line) \(severity) \(related)" }
  }

  private let validator = ArchitectureValidator(
    options: ValidationOptions(today: CalendarDate(year: 2021, month: 6, day: 30)!))

  private func roadmapFindings(_ findings: [Finding]) -> [Finding] {
    findings.filter { $0.ruleID.hasPrefix("roadmap/") }
  }

  private func summaries(_ findings: [Finding]) -> [Summary] {
    roadmapFindings(findings).map {
      Summary(
        rule: $0.ruleID, component: $0.component, line: $0.location.position.line, severity: $0.severity,
        related: $0.related)
    }
  }

  private func modelFindings(_ name: String) throws -> [Finding] {
    try validator.validate(fileAt: PackageRoot.url.appendingPathComponent("models/\(name)").path).findings
  }

  /// Validates a model made of `body` inside an `architecture` element.
  private func findings(
    _ body: String, framework: String = "2.0", asOf: String? = nil, options: ValidationOptions? = nil
  ) -> [Finding] {
    let date = asOf.map { " asOf=\"\($0)\"" } ?? ""
    let document = """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="t" province="Thử" framework="\(framework)"\(date)>
      \(body)
      </architecture>
      """
    let outcome = (options.map(ArchitectureValidator.init) ?? validator)
      .validate(bytes: Array(document.utf8), path: "t.xml")
    #expect(outcome.findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty, "\(outcome.findings)")
    return outcome.findings
  }

  // MARK: - Bundled models

  @Test func dienBienBuildsTheLGSPBeforeItsDataCentre() throws {
    let findings = try modelFindings("dien-bien-1.0.xml")
    #expect(
      summaries(findings) == [
        Summary(
          rule: "roadmap/dependency-later", component: "lgsp", line: 101, severity: .warning,
          related: ["data-centre"]),
        Summary(rule: "roadmap/foundation-late", component: "data-centre", line: 104, severity: .note),
        Summary(rule: "roadmap/foundation-late", component: "security-system", line: 105, severity: .note),
      ])
    let flagship = try #require(roadmapFindings(findings).first)
    #expect(flagship.location.position == SourcePosition(line: 101, column: 7))
    #expect(
      flagship.message.english
        == "component Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) ('lgsp') is delivered in phase 1 (2018–2019) but depends on Trung tâm dữ liệu tỉnh Điện Biên ('data-centre'), delivered only in phase 2 (2020–2021): interim hosting is needed"
    )
    #expect(
      flagship.message.vietnamese
        == "thành phần Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) ('lgsp') được triển khai ở giai đoạn 1 (2018–2019) nhưng phụ thuộc vào Trung tâm dữ liệu tỉnh Điện Biên ('data-centre'), chỉ được triển khai ở giai đoạn 2 (2020–2021): cần giải pháp lưu trữ tạm thời"
    )
    let late = roadmapFindings(findings)[1]
    #expect(
      late.message.english
        == "component Trung tâm dữ liệu tỉnh Điện Biên ('data-centre') is infrastructure or integration that the framework advises in the first phase, but it is delivered in phase 2 (2020–2021) (basis: Official letter 1178/BTTTT-THH of 21/04/2015, section 4.2)"
    )
  }

  @Test func dienBienSuppressionSilencesTheFlagship() throws {
    let url = PackageRoot.url.appendingPathComponent("models/dien-bien-1.0.xml")
    let source = try String(contentsOf: url, encoding: .utf8)
    let suppressed = source.replacingOccurrences(
      of: "</architecture>",
      with: """
        <suppressions>
          <suppress rule="roadmap/dependency-later" component="lgsp" reason="thuê hạ tầng của doanh nghiệp viễn thông"/>
        </suppressions>
        </architecture>
        """)
    let findings = validator.validate(bytes: Array(suppressed.utf8), path: "dien-bien.xml").findings
    let later = findings.filter { $0.ruleID == "roadmap/dependency-later" }
    #expect(later.count == 1)
    #expect(later.allSatisfy { $0.isSuppressed })
    #expect(findings.filter { $0.ruleID == "roadmap/foundation-late" }.allSatisfy { !$0.isSuppressed })
  }

  @Test func laiChauLeftPhaseOneUnfinished() throws {
    let findings = try modelFindings("lai-chau-2.0-draft.xml")
    #expect(
      summaries(findings) == [
        Summary(rule: "roadmap/overdue", component: "specialised-network", line: 112, severity: .warning),
        Summary(rule: "roadmap/overdue", component: "reporting-system", line: 113, severity: .warning),
        Summary(rule: "roadmap/overdue", component: nil, line: 114, severity: .warning),
        Summary(rule: "roadmap/overdue", component: nil, line: 115, severity: .warning),
        Summary(
          rule: "roadmap/unknown-component", component: nil, line: 124, severity: .error, related: ["workstations"]),
      ])
    let overdue = roadmapFindings(findings)
    #expect(
      overdue[0].message.english
        == "task build Mạng truyền số liệu chuyên dùng cấp II (từ tỉnh đến cấp xã) ('specialised-network') of phase 1 (2017–2019) is not done and its phase ended on 31 December 2019 (as of 18 August 2020)"
    )
    #expect(
      overdue[2].message.english
        == "task 'Xây dựng cơ chế khuyến khích thu hút…' of phase 1 (2017–2019) is not done and its phase ended on 31 December 2019 (as of 18 August 2020)"
    )
  }

  @Test(arguments: ["hau-giang-2.0.xml", "lang-son-2.0.xml", "long-an-2.0.xml"])
  func modelsWithoutRoadmapDefectsHaveNoRoadmapFindings(_ name: String) throws {
    #expect(summaries(try modelFindings(name)).isEmpty)
  }

  // MARK: - Phase sequence

  /// No national text fixes a number of phases (letter 1178/BTTTT-THH, section 4.2, gives an
  /// order): under the built-in frameworks a two-period roadmap, as Bình Dương's, is accepted.
  @Test(arguments: ["1.0", "2.0", "3.0"])
  func builtInFrameworksAcceptAnyNumberOfPhases(_ framework: String) {
    let body = """
      <components><component id="lgsp" kind="lgsp" name="LGSP" status="existing"/></components>
      <roadmap until="2025">
        <phase number="1" start="2020"/>
        <phase number="2" start="2023"/>
      </roadmap>
      """
    #expect(findings(body, framework: framework).filter { $0.ruleID == "roadmap/phase-sequence" }.isEmpty)
  }

  /// A framework file that does give a number of phases still has it checked, with the advice's
  /// severity and basis.
  @Test func phaseCountOfAFrameworkFileIsChecked() throws {
    let path = "schemas/frameworks/1.0.xml"
    let text = try String(contentsOf: PackageRoot.url.appendingPathComponent(path), encoding: .utf8)
    let counted = text.replacingOccurrences(of: "<roadmap severity=\"note\">", with: "<roadmap phases=\"3\">")
    #expect(counted != text)
    let framework = try FrameworkLoader.load(bytes: Array(counted.utf8), path: path)
    let options = ValidationOptions(today: CalendarDate(year: 2019, month: 6, day: 30)!, framework: framework)
    let body = """
      <components><component id="lgsp" kind="lgsp" name="LGSP" status="existing"/></components>
      <roadmap until="2025">
        <phase number="1" start="2018"/>
        <phase number="2" start="2020"/>
      </roadmap>
      """
    let found = findings(body, framework: "1.0", options: options).filter { $0.ruleID == "roadmap/phase-sequence" }
    #expect(found.map(\.severity) == [.warning])
    #expect(found.map(\.location.position.line) == [4])
    #expect(
      found.first?.message.english
        == "the roadmap has 2 phases where the framework advises 3 (basis: Official letter 1178/BTTTT-THH of 21/04/2015, section 4.2)"
    )
  }

  @Test func phaseSequenceReportsEachProblemOnce() {
    let body = """
      <components><component id="lgsp" kind="lgsp" name="LGSP" status="existing"/></components>
      <roadmap until="2019">
        <phase number="1" start="2020"/>
        <phase number="2" start="2018" end="2022"/>
        <phase number="4" start="2022"/>
      </roadmap>
      """
    let found = findings(body).filter { $0.ruleID == "roadmap/phase-sequence" }
    #expect(found.map(\.location.position.line) == [4, 6, 6, 7])
    #expect(
      found.map(\.message.english) == [
        "the roadmap ends in 2019, before its last phase, phase 4, starts in 2022",
        "phase 2 ends in 2022 but phase 4 starts in 2022: the phases overlap",
        "phase 2 starts in 2018, not after phase 1 (2020)",
        "phase 4 comes where phase 3 is expected",
      ])
    #expect(found.allSatisfy { $0.severity == .error })
  }

  // MARK: - Unscheduled and dependencies

  @Test func aModelWithoutRoadmapHasNoRoadmapFindings() {
    let body = """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP" status="planned">
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
        <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu" status="in-progress"/>
      </components>
      """
    #expect(summaries(findings(body)).isEmpty)
  }

  @Test func interimArrangementDependsOnTheDependencyType() {
    let body = """
      <components>
        <component id="ioc" kind="ioc" name="IOC" status="planned">
          <dependsOn ref="warehouse" type="data"/>
          <dependsOn ref="sso" type="identity"/>
          <dependsOn ref="retired-db" type="data"/>
          <dependsOn ref="soc" type="security"/>
        </component>
        <component id="warehouse" kind="shared-data-warehouse" name="Kho dữ liệu" status="planned"/>
        <component id="sso" kind="sso" name="Xác thực tập trung" status="in-progress"/>
        <component id="retired-db" kind="provincial-database" name="CSDL cũ" status="retired"/>
        <component id="soc" kind="soc" name="SOC" status="planned"/>
      </components>
      <roadmap until="2025">
        <phase number="1" start="2018">
          <task action="build" component="ioc"/>
        </phase>
        <phase number="2" start="2020">
          <task action="build" component="warehouse"/>
          <task action="upgrade" component="sso"/>
        </phase>
        <phase number="3" start="2022"/>
      </roadmap>
      """
    let found = findings(body, asOf: "2018-06-30")
    let later = found.filter { $0.ruleID == "roadmap/dependency-later" }
    #expect(later.map(\.related) == [["warehouse"], ["sso"]])
    #expect(later.map { $0.message.english.hasSuffix(": an interim arrangement is needed") } == [false, true])
    #expect(later.map { $0.message.english.hasSuffix(": interim integration is needed") } == [true, false])
    let unscheduled = found.filter { $0.ruleID == "roadmap/dependency-unscheduled" }
    #expect(unscheduled.map(\.related) == [["soc"]])
    #expect(unscheduled.map(\.component) == ["ioc"])
    #expect(
      summaries(found.filter { $0.ruleID == "roadmap/unscheduled" }) == [
        Summary(rule: "roadmap/unscheduled", component: "soc", line: 13, severity: .warning)
      ])
  }

  // MARK: - Overdue

  @Test func overdueNeedsAKnownEndBeforeTheValidationDate() {
    let body = """
      <components><component id="lgsp" kind="lgsp" name="LGSP" status="planned"/></components>
      <roadmap>
        <phase number="1" start="2018">
          <task action="build" component="lgsp" status="in-progress"/>
          <task action="train"/>
        </phase>
        <phase number="2" start="2020"/>
        <phase number="3" start="2021">
          <task action="upgrade" component="lgsp"/>
        </phase>
      </roadmap>
      """
    #expect(findings(body, asOf: "2019-12-31").filter { $0.ruleID == "roadmap/overdue" }.isEmpty)
    let overdue = findings(body, asOf: "2030-01-01").filter { $0.ruleID == "roadmap/overdue" }
    #expect(overdue.map(\.location.position.line) == [6, 7])
    #expect(overdue.last?.message.english.hasPrefix("task 'train' of phase 1 (2018–2019)") == true)
  }

  // MARK: - Status conflicts

  @Test func statusConflictReportsALaterBuildOfAnExistingComponentOnceAtTheComponent() {
    let body = """
      <components>
        <component id="portal" kind="web-portal" name="Cổng thông tin" status="existing"/>
        <component id="email" kind="email" name="Thư điện tử" status="existing"/>
      </components>
      <roadmap until="2025">
        <phase number="1" start="2018">
          <task action="build" component="email" status="done"/>
        </phase>
        <phase number="2" start="2020">
          <task action="upgrade" component="email"/>
        </phase>
        <phase number="3" start="2022">
          <task action="build" component="portal"/>
          <task action="build" component="portal" status="in-progress"/>
        </phase>
      </roadmap>
      """
    let found = findings(body).filter { $0.ruleID == "roadmap/status-conflict" }
    #expect(found.map(\.location.position.line) == [4])
    #expect(
      found.first?.message.english
        == "component Cổng thông tin ('portal') is recorded as existing but is only built in phase 3 (2022–2025)")
    let asOf2023 = findings(body, asOf: "2023-01-01").filter { $0.ruleID == "roadmap/status-conflict" }
    #expect(asOf2023.map(\.location.position.line) == [15, 16])
    #expect(asOf2023.first?.message.english == "building Cổng thông tin ('portal'), which is already existing")
  }

  // MARK: - Foundation late

  @Test func foundationLateNeedsTheFrameworksAdvice() {
    let body = """
      <components>
        <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu" status="planned"/>
      </components>
      <roadmap until="2025">
        <phase number="1" start="2018"/>
        <phase number="2" start="2020">
          <task action="build" component="data-centre"/>
        </phase>
        <phase number="3" start="2022"/>
      </roadmap>
      """
    #expect(findings(body).filter { $0.ruleID == "roadmap/foundation-late" }.map(\.location.position.line) == [9])
    let adviceless = Framework(
      id: "2.0", name: LocalizedText(en: "x", vi: "x"), basis: LocalizedText(en: "x", vi: "x"),
      kinds: BuiltInFrameworks.framework("2.0")!.kinds)
    let options = ValidationOptions(today: CalendarDate(year: 2021, month: 6, day: 30)!, framework: adviceless)
    #expect(findings(body, options: options).filter { $0.ruleID.hasPrefix("roadmap/") }.isEmpty)
  }
}
