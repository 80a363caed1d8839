import EgovarchKit
import Testing

/// Format 1.1's link status and date (`dependsOn/@status`, `@from`): how they are read and how
/// the framework and roadmap rules judge a link by them.
@Suite struct LinkStatusTests {
  /// A framework-2.0 document dated `asOf` around `body`.
  private static func document(_ body: String, asOf: String = "2021-06-30") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="t" province="Thử" framework="2.0" asOf="\(asOf)">
    \(body)
    </architecture>
    """
  }

  /// An existing LGSP linked to the NGSP and an existing reporting system linked to it, whose
  /// link to the Government reporting system carries `attributes` (line 9).
  private static func reporting(_ attributes: String, component: String = "existing") -> String {
    """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP" status="existing">
          <dependsOn ref="national:ngsp" type="integration"/>
        </component>
        <component id="reporting" kind="reporting-system" name="Báo cáo" status="\(component)">
          <dependsOn ref="lgsp" type="integration"/>
          <dependsOn ref="national:government-reporting-system" type="data"\(attributes)/>
        </component>
      </components>
    """
  }

  private func outcome(_ source: String) -> FileValidation {
    ArchitectureValidator().validate(bytes: Array(source.utf8), path: "t.xml")
  }

  private func findings(_ source: String, rule: String) -> [Finding] {
    let outcome = outcome(source)
    #expect(outcome.findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty, "\(outcome.findings)")
    return outcome.findings.filter { $0.ruleID == rule }
  }

  // MARK: - Reading

  @Test func readsStatusAndDate() throws {
    let model = try #require(
      outcome(Self.document(Self.reporting(#" status="in-progress" from="2022-03-31""#))).architecture)
    let reporting = model.components[1]
    let link = reporting.dependencies[1]
    #expect(link.status == .inProgress)
    #expect(link.from == .day(CalendarDate(year: 2022, month: 3, day: 31)!))
    #expect(link.effectiveStatus(in: reporting) == .inProgress)
    #expect(reporting.dependencies[0].status == nil)
    #expect(reporting.dependencies[0].from == nil)
    #expect(reporting.dependencies[0].effectiveStatus(in: reporting) == .existing)
  }

  @Test func schemaRejectsARetiredLinkAndABadDate() {
    for attributes in [#" status="retired""#, #" from="2022-13-01""#, #" from="22""#] {
      let schema = outcome(Self.document(Self.reporting(attributes))).findings.filter { $0.ruleID == "xml/schema" }
      #expect(schema.map(\.location.position.line) == [9], "\(attributes)")
    }
  }

  @Test func aLinkIsAPlanOnlyWhenBehindItsComponent() {
    let asOf = CalendarDate(year: 2021, month: 6, day: 30)!
    let position = SourcePosition(line: 1, column: 1)
    func component(_ status: ComponentStatus) -> Component {
      Component(id: "c", kind: "lgsp", name: "C", status: status, position: position)
    }
    func link(_ status: ComponentStatus?, _ from: String? = nil) -> Dependency {
      Dependency(
        reference: .national("ngsp"), status: status, from: from.flatMap(YearOrDate.init(parsing:)),
        position: position)
    }
    // Format 1.0: no link of any component is a plan.
    for status in ComponentStatus.allCases {
      #expect(!link(nil).isPlan(in: component(status), on: asOf))
    }
    #expect(link(.planned).isPlan(in: component(.existing), on: asOf))
    #expect(link(.inProgress).isPlan(in: component(.existing), on: asOf))
    #expect(link(.planned).isPlan(in: component(.inProgress), on: asOf))
    #expect(!link(.planned).isPlan(in: component(.planned), on: asOf))
    #expect(!link(.inProgress).isPlan(in: component(.inProgress), on: asOf))
    #expect(!link(.existing).isPlan(in: component(.existing), on: asOf))
    // Dated after the as-of date without a status: planned; its own status wins.
    #expect(link(nil, "2021-07-01").isPlan(in: component(.existing), on: asOf))
    #expect(!link(nil, "2021-06-30").isPlan(in: component(.existing), on: asOf))
    #expect(!link(nil, "2021").isPlan(in: component(.existing), on: asOf))
    #expect(!link(.existing, "2022").isPlan(in: component(.existing), on: asOf))
    #expect(!link(nil, "2022").isPlan(in: component(.planned), on: asOf))
    // Overdue from the day after its date.
    #expect(!link(.planned, "2021-06-30").isOverduePlan(in: component(.existing), on: asOf))
    #expect(link(.planned, "2021-06-29").isOverduePlan(in: component(.existing), on: asOf))
    #expect(link(.planned, "2020").isOverduePlan(in: component(.existing), on: asOf))
    #expect(!link(.planned).isOverduePlan(in: component(.existing), on: asOf))
  }

  // MARK: - framework/missing-link

  @Test func aPendingLinkIsPlannedNotMissing() throws {
    let finding = try #require(
      findings(Self.document(Self.reporting(#" status="planned" from="2022""#)), rule: "framework/missing-link")
        .only)
    #expect(finding.severity == .note)
    #expect(finding.component == "reporting")
    #expect(finding.related == ["national:government-reporting-system", "lgsp"])
    #expect(
      finding.message.english.hasPrefix(
        "the link from Báo cáo ('reporting') to Government reporting information system ('national:government-reporting-system') is planned for 2022, not yet in place, required by framework 2.0"
      ))
    #expect(finding.message.vietnamese.contains("dự kiến có từ năm 2022, hiện chưa có"))
    #expect(!finding.message.english.contains("has no link"))
    #expect(finding.plan == LinkPlan(date: .year(2022), isOverdue: false))
  }

  @Test func theGapReportCountsAPlannedLinkApartFromTheMissingOnes() throws {
    // The reporting system's planned link, and a one-stop-shop with no link to the LGSP at all.
    let body = Self.reporting(#" status="planned" from="2022""#).replacing(
      "  </components>",
      with: """
            <component id="one-stop" kind="one-stop-shop" name="Một cửa" status="existing">
              <dependsOn ref="national:national-public-service-portal" type="integration"/>
            </component>
          </components>
        """)
    let validation = outcome(Self.document(body))
    let analysis = try #require(validation.analysis)
    let report = GapReport(validation: validation, analysis: analysis)
    #expect(report.missingLinks.map(\.component) == ["one-stop"])
    #expect(report.plannedLinks.map(\.component) == ["reporting"])
    let text = GapReportFormat.text.render(report, language: .english)
    #expect(text.contains("\n  1 missing, 1 planned\n"), "\(text)")
    let vietnamese = GapReportFormat.text.render(report, language: .vietnamese)
    #expect(vietnamese.contains("\n  thiếu 1, 1 đã có kế hoạch\n"), "\(vietnamese)")
    #expect(
      GapReportFormat.json.render(report, language: .english).contains(
        #""plannedLinks": [{"rule": "framework/missing-link""#))
  }

  @Test func anOverduePlanKeepsTheRequirementsSeverity() throws {
    let finding = try #require(
      findings(Self.document(Self.reporting(#" status="planned" from="2021-03-31""#)), rule: "framework/missing-link")
        .only)
    #expect(finding.severity == .error)
    #expect(finding.message.english.contains("was planned for 31 March 2021 and is not yet in place"))
    #expect(finding.message.vietnamese.contains("dự kiến có từ ngày 31/03/2021 nhưng đến nay vẫn chưa có"))
    #expect(!finding.message.vietnamese.contains("2021-03-31"))
  }

  @Test func anUndatedPlanIsAWarning() throws {
    let finding = try #require(
      findings(Self.document(Self.reporting(#" status="in-progress""#)), rule: "framework/missing-link").only)
    #expect(finding.severity == .warning)
    #expect(finding.message.english.contains("is planned, not yet in place"))
    #expect(finding.message.vietnamese.contains("mới được dự kiến, hiện chưa có"))
  }

  @Test func aLinkInPlaceOrOfAPlannedComponentIsNoFinding() {
    for (attributes, status) in [
      (#" from="2020""#, "existing"), (#" status="existing""#, "existing"), (#" status="planned""#, "planned"),
      (#" from="2030""#, "planned"), ("", "in-progress"),
    ] {
      #expect(
        findings(Self.document(Self.reporting(attributes, component: status)), rule: "framework/missing-link")
          .isEmpty, "\(attributes) \(status)")
    }
  }

  @Test func aPathThroughAPlatformArrivesWithItsLatestLink() throws {
    // The one-stop-shop reaches the portal through the LGSP: its link to the LGSP is in place,
    // the LGSP's to the portal is planned for 2022; its own link to the LGSP for 2021-09-30.
    let source = Self.document(
      """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="existing">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="national:national-public-service-portal" status="planned" from="2022"/>
          </component>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa" status="existing">
            <dependsOn ref="lgsp" status="planned" from="2021-09-30"/>
          </component>
        </components>
      """)
    let found = findings(source, rule: "framework/missing-link")
    #expect(found.map(\.severity) == [.note, .note])
    #expect(
      found[1].message.english.contains(
        "to the provincial integration and data-sharing platform (LGSP) ('lgsp') is planned for 30 September 2021"))
    #expect(found[0].message.english.contains("('national:national-public-service-portal') is planned for 2022"))
    #expect(findings(source, rule: "framework/bypass-integration").isEmpty)
  }

  // MARK: - framework/national-unavailable

  @Test func aLinkDatedOnceTheSystemExistsIsNotEarly() {
    func lgsp(_ attributes: String) -> String {
      Self.document(
        """
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP" status="existing">
              <dependsOn ref="national:ngsp" type="integration"/>
              <dependsOn ref="national:national-data-centre" type="hosting"\(attributes)/>
            </component>
          </components>
        """)
    }
    let rule = "framework/national-unavailable"
    #expect(findings(lgsp(""), rule: rule).map(\.location.position.line) == [6])
    #expect(findings(lgsp(#" status="planned" from="2024""#), rule: rule).map(\.location.position.line) == [6])
    #expect(findings(lgsp(#" status="planned" from="2025""#), rule: rule).isEmpty)
    #expect(findings(lgsp(#" from="2025-07-01""#), rule: rule).isEmpty)
  }

  // MARK: - Roadmap rules

  /// A reporting system built in phase 1 (2018–2019) whose links to the data warehouse, built in
  /// phase 2 (2020–2021), carry `first` and `second`; the roadmap ends in `until`.
  private static func roadmap(_ first: String, _ second: String, delivered: Bool = true, until: Int = 2025)
    -> String
  {
    document(
      """
        <components>
          <component id="reporting" kind="reporting-system" name="Báo cáo" status="planned">
            <dependsOn ref="warehouse" type="data"\(first)/>
            <dependsOn ref="warehouse" type="integration"\(second)/>
          </component>
          <component id="warehouse" kind="shared-data-warehouse" name="Kho dữ liệu" status="planned"/>
        </components>
        <roadmap until="\(until)">
          <phase number="1" start="2018">
            <task action="build" component="reporting"/>
          </phase>
          <phase number="2" start="2020">
            <task action="\(delivered ? "build" : "operate")" component="warehouse"/>
          </phase>
        </roadmap>
      """)
  }

  @Test func dependencyLaterJudgesTheEarliestLink() {
    let rule = "roadmap/dependency-later"
    #expect(findings(Self.roadmap("", ""), rule: rule).count == 1)
    #expect(findings(Self.roadmap(#" from="2020""#, #" from="2023""#), rule: rule).isEmpty)
    #expect(findings(Self.roadmap(#" from="2020-01-01""#, ""), rule: rule).count == 1)
    let early = findings(Self.roadmap(#" from="2021""#, #" from="2019-12-31""#), rule: rule)
    #expect(early.map(\.location.position.line) == [12])
    #expect(early.first?.related == ["warehouse"])
  }

  @Test func dependencyUnscheduledIgnoresALinkAfterTheRoadmap() {
    let rule = "roadmap/dependency-unscheduled"
    #expect(findings(Self.roadmap("", "", delivered: false), rule: rule).count == 1)
    #expect(findings(Self.roadmap(#" from="2026""#, #" from="2027""#, delivered: false), rule: rule).isEmpty)
    #expect(findings(Self.roadmap(#" from="2025""#, #" from="2027""#, delivered: false), rule: rule).count == 1)
    #expect(findings(Self.roadmap(#" from="2026""#, "", delivered: false), rule: rule).count == 1)
  }
}

extension Array {
  /// The one element, or `nil` when there are none or several.
  fileprivate var only: Element? { count == 1 ? first : nil }
}
