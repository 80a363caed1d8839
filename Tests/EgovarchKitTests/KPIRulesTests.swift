import EgovarchKit
import EgovarchTestSupport
import Testing

/// The `kpi/` rules on the bundled models and on edge cases, and the shared `IndicatorAssessment`.
@Suite struct KPIRulesTests {
  private static let today = CalendarDate(year: 2021, month: 6, day: 30)!
  private let validator = ArchitectureValidator(options: ValidationOptions(today: KPIRulesTests.today))

  /// One `kpi/` finding reduced to what the tests compare.
  private struct Expected: Hashable, CustomStringConvertible {
    var rule: String
    var component: String?
    var line: Int
    var related: [String]

    var description: String { "\(rule) \(component ?? "-") :\(line) \(related)" }
  }

  private func kpiFindings(_ findings: [Finding]) -> [Finding] {
    findings.filter { $0.ruleID.hasPrefix("kpi/") }
  }

  private func summary(_ findings: [Finding]) -> [Expected] {
    kpiFindings(findings).map {
      Expected(rule: $0.ruleID, component: $0.component, line: $0.location.position.line, related: $0.related)
    }
  }

  private func validateModel(_ name: String, asOf: CalendarDate? = nil) throws -> FileValidation {
    let url = PackageRoot.url.appendingPathComponent("models/\(name)")
    return try ArchitectureValidator(options: ValidationOptions(asOf: asOf, today: Self.today))
      .validate(fileAt: url.path)
  }

  /// Wraps `body` (components, roadmap, indicators) into a 2.0 model with `asOf`.
  private func validate(_ body: String, asOf: String = "2021-06-30") -> [Finding] {
    let document = """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="t" province="Thử" framework="2.0" asOf="\(asOf)">
      \(body)
      </architecture>
      """
    let findings = validator.validate(bytes: Array(document.utf8), path: "t.xml").findings
    #expect(findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty, "\(findings.map(\.message.english))")
    return findings
  }

  // MARK: Bundled models

  @Test func longAnMissesSixOfItsFourteenIndicators() throws {
    let outcome = try validateModel("long-an-2.0.xml")
    // dvc-level3 and dvc-level4 were measured on 15/4/2021, after their deadline: not reported
    // at the deadline, but met by then (notes).
    let expected: [Expected] =
      [("dvc-level3", "online-services", 172), ("dvc-level4", "online-services", 177)].map {
        Expected(rule: "kpi/not-reported", component: $0.1, line: $0.2, related: [$0.0])
      }
      + [
        ("dvc-popular-on-dvcqg", "online-services", 182), ("dvc34-on-dvcqg", "online-services", 185),
        ("dossiers-online-34", "online-services", 188), ("systems-via-lgsp", "lgsp", 191),
        ("ecabinet-province", "ecabinet", 194), ("ecabinet-district", "ecabinet", 197),
      ].map { Expected(rule: "kpi/target-missed", component: $0.1, line: $0.2, related: [$0.0]) }
    #expect(summary(outcome.findings) == expected)
    #expect(kpiFindings(outcome.findings).map(\.severity) == [.note, .note] + Array(repeating: .warning, count: 6))
    #expect(kpiFindings(outcome.findings).allSatisfy { $0.location.position.column == 5 })

    let model = try #require(outcome.architecture)
    let asOf = try #require(model.asOf)
    let statuses = model.indicators.compactMap { IndicatorAssessment($0, asOf: asOf)?.status }
    #expect(statuses.count == 14)
    #expect(statuses.filter { $0 == .met }.count == 6)
    #expect(statuses.filter { $0 == .missed }.count == 6)
    #expect(statuses.filter { $0 == .notReported }.count == 2)
  }

  @Test func longAnMessagesGiveValuesTargetDeadlineAndSource() throws {
    let findings = kpiFindings(try validateModel("long-an-2.0.xml").findings)
    let dossiers = try #require(findings.first { $0.related == ["dossiers-online-34"] })
    #expect(
      dossiers.message.english
        == "indicator 'dossiers-online-34' (Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ) missed its target: 8.5 % against at least 20 % by 31 December 2020 (source: 17/NQ-CP)"
    )
    #expect(
      dossiers.message.vietnamese
        == "chỉ tiêu 'dossiers-online-34' (Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ) không đạt: 8,5 % so với mục tiêu tối thiểu 20 % chậm nhất ngày 31/12/2020 (nguồn: 17/NQ-CP)"
    )
    let ecabinet = try #require(findings.first { $0.related == ["ecabinet-province"] })
    #expect(
      ecabinet.message.english.contains("missed its target: not achieved, where it was required by 31 December 2020"))
    #expect(
      ecabinet.message.vietnamese.contains(
        "không đạt: chưa thực hiện, trong khi yêu cầu phải đạt chậm nhất ngày 31/12/2020"))
  }

  @Test(arguments: ["dien-bien-1.0.xml", "hau-giang-2.0.xml", "lai-chau-2.0-draft.xml", "lang-son-2.0.xml"])
  func otherModelsHaveNoIndicatorFindingsOnTheirOwnDate(_ name: String) throws {
    #expect(summary(try validateModel(name).findings) == [])
  }

  @Test func laiChauAfterItsDeadlinesHadReportedNothingAtThem() throws {
    let outcome = try validateModel("lai-chau-2.0-draft.xml", asOf: CalendarDate(year: 2021, month: 1, day: 1))
    #expect(
      summary(outcome.findings) == [
        Expected(rule: "kpi/not-reported", component: "online-services", line: 135, related: ["dvc-level4"]),
        Expected(rule: "kpi/not-reported", component: "online-services", line: 138, related: ["dossiers-online"]),
        Expected(rule: "kpi/not-reported", component: "one-stop", line: 141, related: ["one-stop-dossiers"]),
        Expected(rule: "kpi/not-reported", component: "eoffice", line: 144, related: ["e-documents"]),
        Expected(rule: "kpi/not-reported", component: "reporting-system", line: 147, related: ["reporting-connected"]),
        Expected(rule: "kpi/not-reported", component: nil, line: 150, related: ["plan-tasks-open"]),
      ])
    let open = try #require(kpiFindings(outcome.findings).last)
    // Measured on 18/8/2020, before the deadline: nothing was reported at it.
    #expect(
      open.message.english
        == "indicator 'plan-tasks-open' (Số nhiệm vụ của Kế hoạch 1275/KH-UBND chưa thực hiện) was not reported at its deadline 31 December 2020; last measured on 18 August 2020: 7 against at most 0"
    )
    let first = try #require(kpiFindings(outcome.findings).first)
    #expect(
      first.message.english
        == "indicator 'dvc-level4' has no reported value although its deadline, 31 December 2020, has passed")
    #expect(first.message.vietnamese == "chỉ tiêu 'dvc-level4' chưa có giá trị thực tế dù đã quá hạn (ngày 31/12/2020)")
  }

  @Test func dienBienAfterItsDeadlinesHasFourUnreportedIndicators() throws {
    let outcome = try validateModel("dien-bien-1.0.xml", asOf: CalendarDate(year: 2021, month: 1, day: 1))
    #expect(summary(outcome.findings).map(\.line) == [127, 130, 133, 136])
    #expect(summary(outcome.findings).allSatisfy { $0.rule == "kpi/not-reported" })
  }

  // MARK: kpi/target-missed

  @Test func targetMissedMessageFollowsTheDocumentedWording() throws {
    let findings = validate(
      """
      <components><component id="online-services" kind="online-public-services" name="DVC" status="existing"/></components>
      <indicators>
        <indicator id="dvc-level4" name="Tỷ lệ DVC trực tuyến mức độ 4" unit="percent" target="35" actual="34"
                   deadline="2020-12-31" source="17/NQ-CP" component="online-services"/>
      </indicators>
      """)
    let finding = try #require(kpiFindings(findings).first)
    #expect(finding.ruleID == "kpi/target-missed")
    #expect(
      finding.message.english
        == "indicator 'dvc-level4' (Tỷ lệ DVC trực tuyến mức độ 4) missed its target: 34 % against at least 35 % by 31 December 2020 (source: 17/NQ-CP)"
    )
    #expect(
      finding.message.vietnamese
        == "chỉ tiêu 'dvc-level4' (Tỷ lệ DVC trực tuyến mức độ 4) không đạt: 34 % so với mục tiêu tối thiểu 35 % chậm nhất ngày 31/12/2020 (nguồn: 17/NQ-CP)"
    )
    #expect(finding.component == "online-services" && finding.related == ["dvc-level4"])
    #expect(finding.severity == .warning)
  }

  @Test func targetMissedWithoutNameDeadlineOrSource() throws {
    let findings = validate(
      """
      <components><component id="portal" kind="web-portal" name="Cổng" status="existing"/></components>
      <indicators><indicator id="late" unit="count" direction="at-most" target="3" actual="12.25"/></indicators>
      """)
    let finding = try #require(kpiFindings(findings).first)
    #expect(finding.message.english == "indicator 'late' missed its target: 12.25 against at most 3")
    #expect(finding.message.vietnamese == "chỉ tiêu 'late' không đạt: 12,25 so với mục tiêu tối đa 3")
    #expect(finding.component == nil)
  }

  /// Something due on D is met when done on D and late from D + 1: on the deadline day itself a
  /// shortfall is not reported yet, the day after it is.
  @Test func targetMissedWaitsUntilTheDayAfterTheDeadline() {
    let body = """
      <components><component id="portal" kind="web-portal" name="Cổng" status="existing"/></components>
      <indicators><indicator id="x" target="30" actual="10" deadline="2021-03-31"/></indicators>
      """
    #expect(summary(validate(body, asOf: "2021-03-30")) == [])
    #expect(summary(validate(body, asOf: "2021-03-31")) == [])
    #expect(summary(validate(body, asOf: "2021-04-01")).map(\.rule) == ["kpi/target-missed"])
    // The last day of a year: the deadline of most targets.
    let yearEnd = body.replacingOccurrences(of: "2021-03-31", with: "2020-12-31")
    #expect(summary(validate(yearEnd, asOf: "2020-12-31")) == [])
    #expect(summary(validate(yearEnd, asOf: "2021-01-01")).map(\.rule) == ["kpi/target-missed"])
  }

  // MARK: kpi/not-reported

  @Test func notReportedNeedsAPassedDeadline() {
    let findings = validate(
      """
      <components><component id="portal" kind="web-portal" name="Cổng" status="existing"/></components>
      <indicators>
        <indicator id="due-yesterday" target="30" deadline="2021-06-29"/>
        <indicator id="due-today" target="30" deadline="2021-06-30"/>
        <indicator id="ahead" target="30" deadline="2021-07-01"/>
        <indicator id="no-deadline" target="30"/>
        <indicator id="reported" target="30" actual="30" deadline="2020-12-31"/>
      </indicators>
      """)
    // On the deadline day itself the deadline has not passed: only yesterday's is reported.
    #expect(
      summary(findings) == [Expected(rule: "kpi/not-reported", component: nil, line: 5, related: ["due-yesterday"])])
    #expect(
      findings.first { $0.ruleID == "kpi/not-reported" }?.message.english.contains("29 June 2021, has passed") == true)
  }

  // MARK: kpi/unsupported

  private static let roadmapModel = """
    <components>
      <component id="portal" kind="web-portal" name="Cổng" status="existing"/>
      <component id="reporting" kind="reporting-system" name="Báo cáo" status="planned"/>
      <component id="open-data" kind="open-data-portal" name="Dữ liệu mở" status="in-progress"/>
      <component id="eams" kind="eams" name="EAMS" status="planned"/>
      <component id="ioc" kind="ioc" name="IOC" status="retired"/>
    </components>
    <roadmap>
      <phase number="1" start="2018"><task action="build" component="eams" status="cancelled"/></phase>
      <phase number="2" start="2020" end="2021"><task action="build" component="reporting"/></phase>
      <phase number="3" start="2022"><task action="integrate" component="open-data"/></phase>
    </roadmap>
    """

  @Test func unsupportedReportsLateAndMissingDeliveries() throws {
    let findings = validate(
      Self.roadmapModel + """
        <indicators>
          <indicator id="report-2020" target="true" unit="boolean" deadline="2020-12-31" component="reporting"/>
          <indicator id="report-2021" target="true" unit="boolean" deadline="2021-12-31" component="reporting"/>
          <indicator id="open-2021" target="10" unit="count" deadline="2021-12-31" component="open-data"/>
          <indicator id="open-2022" target="10" unit="count" deadline="2022-06-30" component="open-data"/>
          <indicator id="eams-2025" target="true" unit="boolean" deadline="2025-12-31" component="eams"/>
          <indicator id="portal-2018" target="100" deadline="2018-12-31" component="portal"/>
          <indicator id="ioc-2020" target="1" unit="count" deadline="2020-12-31" component="ioc"/>
          <indicator id="unknown" target="1" deadline="2020-12-31" component="nowhere"/>
          <indicator id="open-any" target="10" unit="count" component="open-data"/>
        </indicators>
        """)
    let unsupported = kpiFindings(findings).filter { $0.ruleID == "kpi/unsupported" }
    // open-2022: the phase of 2022 ends on 2022-12-31, after the deadline of 2022-06-30.
    #expect(
      unsupported.map(\.related) == [["report-2020"], ["open-2021"], ["open-2022"], ["eams-2025"], ["ioc-2020"]])
    #expect(unsupported.map(\.component) == ["reporting", "open-data", "open-data", "eams", "ioc"])
    #expect(
      unsupported.first?.message.english
        == "indicator 'report-2020' is due by 31 December 2020 but its component Báo cáo ('reporting') is only delivered in phase 2 (2020–2021)"
    )
    #expect(
      unsupported.first?.message.vietnamese
        == "chỉ tiêu 'report-2020' phải đạt chậm nhất ngày 31/12/2020 nhưng thành phần Báo cáo ('reporting') đến giai đoạn 2 (2020–2021) mới được triển khai"
    )
    #expect(unsupported[1].message.english.hasSuffix("is only delivered in phase 3 (2022–)"))
    #expect(unsupported[2].message.english.hasSuffix("is only delivered in phase 3 (2022–)"))
    #expect(
      unsupported[3].message.english
        == "indicator 'eams-2025' is due by 31 December 2025 but its component EAMS ('eams') is never delivered by the roadmap"
    )
    #expect(findings.contains { $0.ruleID == "model/unresolved-reference" && $0.related.first == "nowhere" })
  }

  // MARK: IndicatorAssessment

  private func assess(
    unit: IndicatorUnit = .percent, direction: IndicatorDirection = .atLeast, target: String, actual: String?,
    deadline: String? = "2020-12-31", asOf: String = "2021-01-01"
  ) -> IndicatorAssessment? {
    let indicator = Indicator(
      id: "i", unit: unit, direction: direction, target: IndicatorValue(parsing: target),
      actual: actual.flatMap(IndicatorValue.init(parsing:)), deadline: deadline.flatMap(CalendarDate.init(parsing:)),
      position: .start)
    return IndicatorAssessment(indicator, asOf: CalendarDate(parsing: asOf)!)
  }

  @Test func assessmentStatusesAndShortfalls() throws {
    let short = try #require(assess(target: "35", actual: "34"))
    #expect(short.status == .missed && short.shortfall == 1 && short.isDue)
    #expect(assess(target: "35", actual: "34", asOf: "2020-12-30")?.status == .notYetDue)
    #expect(assess(target: "35", actual: "40", asOf: "2020-06-30")?.status == .met)
    #expect(assess(target: "35", actual: "40")?.shortfall == -5)
    #expect(assess(direction: .atMost, target: "1", actual: "2.5")?.shortfall == 1.5)
    #expect(assess(direction: .atMost, target: "1", actual: "1")?.status == .met)
    #expect(assess(target: "30", actual: nil)?.status == .notReported)
    #expect(assess(target: "30", actual: nil)?.shortfall == nil)
    #expect(assess(target: "30", actual: nil, asOf: "2020-01-01")?.status == .notYetDue)
    #expect(assess(target: "30", actual: "10", deadline: nil)?.status == .missed)
    #expect(assess(unit: .boolean, target: "true", actual: "false")?.shortfall == 1)
    #expect(assess(unit: .boolean, direction: .atMost, target: "true", actual: "true")?.status == .met)
    #expect(assess(unit: .boolean, target: "false", actual: "true")?.status == .missed)
    #expect(assess(target: "abc", actual: "1") == nil)
  }

  @Test func assessmentFormatsValuesInBothLanguages() {
    #expect(IndicatorAssessment.format(.number(34), unit: .percent) == LocalizedText(en: "34 %", vi: "34 %"))
    #expect(IndicatorAssessment.format(.number(35.5), unit: .percent) == LocalizedText(en: "35.5 %", vi: "35,5 %"))
    #expect(IndicatorAssessment.format(.number(9), unit: .count) == LocalizedText(en: "9", vi: "9"))
    #expect(IndicatorAssessment.format(.boolean(true), unit: .boolean) == LocalizedText(en: "yes", vi: "có"))
    #expect(IndicatorAssessment.format(.boolean(false), unit: .boolean) == LocalizedText(en: "no", vi: "không"))
    #expect(
      assess(direction: .atMost, target: "1", actual: "2")?.formattedTarget
        == LocalizedText(en: "at most 1 %", vi: "tối đa 1 %"))
  }
}
