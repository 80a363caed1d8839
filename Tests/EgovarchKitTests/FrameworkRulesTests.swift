import EgovarchKit
import EgovarchTestSupport
import Testing

/// The framework rules on the bundled models and on edge cases.
@Suite struct FrameworkRulesTests {
  private static let ruleIDs: Set<String> = [
    "framework/bypass-integration", "framework/missing-component", "framework/missing-link",
    "framework/national-unavailable", "framework/unknown-kind",
  ]

  private let validator = ArchitectureValidator(
    options: ValidationOptions(today: CalendarDate(year: 2021, month: 6, day: 30)!))

  /// One expected finding: rule, component, line, severity.
  struct Expected: Equatable, Sendable, CustomStringConvertible {
    let rule: String
    let component: String?
    let line: Int
    let severity: Severity

    init(_ rule: String, _ component: String?, _ line: Int, _ severity: Severity) {
      self.rule = rule
      self.component = component
      self.line = line
      self.severity = severity
    }

    init(_ finding: Finding) {
      self.init(finding.ruleID, finding.component, finding.location.position.line, finding.severity)
    }

    var description: String { "\(rule) \(component ?? "-") line \(line) \(severity)" }
  }

  /// The findings of the five framework rules on `source` (a fragment or a whole document).
  private func findings(_ source: String, validator: ArchitectureValidator? = nil) -> [Finding] {
    let document = MarkedExample(source).document
    let outcome = (validator ?? self.validator).validate(bytes: Array(document.utf8), path: "test.xml")
    #expect(outcome.findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty, "\(outcome.findings)")
    return outcome.findings.filter { Self.ruleIDs.contains($0.ruleID) }
  }

  private func findings(_ source: String, rule: String) -> [Finding] {
    findings(source).filter { $0.ruleID == rule }
  }

  // MARK: - Bundled models

  @Test(arguments: [
    (
      "dien-bien-1.0.xml",
      [Expected("framework/bypass-integration", "one-stop", 42, .warning)]
    ),
    ("hau-giang-2.0.xml", []),
    (
      "lai-chau-2.0-draft.xml",
      [
        Expected("framework/national-unavailable", "reporting-system", 57, .warning),
        Expected("framework/national-unavailable", "lgsp", 68, .warning),
        Expected("framework/national-unavailable", "lgsp", 69, .warning),
      ]
    ),
    ("lang-son-2.0.xml", []),
    ("long-an-2.0.xml", []),
    (
      "son-la-2025-plan.xml",
      [
        Expected("framework/missing-component", nil, 76, .warning),
        Expected("framework/missing-link", "tthc-system", 101, .note),
        Expected("framework/missing-link", "tthc-system", 101, .warning),
        Expected("framework/missing-link", "tthc-system", 101, .warning),
        Expected("framework/missing-link", "tthc-system", 101, .warning),
        Expected("framework/missing-link", "reporting-system", 125, .note),
        Expected("framework/missing-link", "data-warehouse", 144, .warning),
        Expected("framework/missing-link", "provincial-db", 149, .warning),
        Expected("framework/missing-link", "open-data", 153, .warning),
        Expected("framework/missing-link", "soc", 161, .warning),
      ]
    ),
  ])
  func bundledModel(_ name: String, expected: [Expected]) throws {
    let url = PackageRoot.url.appendingPathComponent("models/\(name)")
    let outcome = try validator.validate(fileAt: url.path)
    let actual = outcome.findings.filter { Self.ruleIDs.contains($0.ruleID) }.map(Expected.init)
    #expect(actual == expected)
  }

  @Test func dienBienBypassNamesThePortalAndTheLGSP() throws {
    let finding = try firstFinding(of: "framework/bypass-integration", inBundled: "dien-bien-1.0.xml")
    #expect(finding.related == ["national:national-public-service-portal", "lgsp"])
    #expect(
      finding.message.english
        == "component Hệ thống thông tin một cửa điện tử tỉnh ('one-stop') integrates straight with National Public Service Portal ('national:national-public-service-portal') instead of through the provincial integration and data-sharing platform (LGSP) ('lgsp')"
    )
    #expect(finding.message.vietnamese.contains("thay vì qua nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)"))
  }

  @Test func sonLaPendingReportingLinkIsANoteWithItsDate() throws {
    let finding = try firstFinding(
      of: "framework/missing-link", inBundled: "son-la-2025-plan.xml", component: "reporting-system")
    #expect(finding.severity == .note)
    #expect(
      finding.message.english
        == "the link from Hệ thống thông tin báo cáo, số liệu chỉ đạo điều hành của tỉnh ('reporting-system') to Government reporting information system ('national:government-reporting-system') is planned for 31 December 2025, not yet in place, required by framework 3.0 (basis: Decree 09/2019/NĐ-CP of 24/01/2019)"
    )
    #expect(finding.message.vietnamese.contains("31/12/2025"))
  }

  /// The first finding of `rule` in the bundled model `name`.
  private func firstFinding(of rule: String, inBundled name: String, component: String? = nil) throws -> Finding {
    let url = PackageRoot.modelsFolder.appendingPathComponent(name)
    return try #require(
      try validator.validate(fileAt: url.path).findings.first {
        $0.ruleID == rule && (component == nil || $0.component == component)
      })
  }

  // MARK: - Without a framework

  @Test func noFrameworkNoFrameworkFindings() {
    let source = """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="9.9" asOf="2019-01-01">
        <components>
          <component id="a" kind="no-such-kind" name="A" status="existing">
            <dependsOn ref="national:no-such-system"/>
            <dependsOn ref="national:national-data-centre"/>
          </component>
        </components>
      </architecture>
      """
    #expect(findings(source).isEmpty)
  }

  // MARK: - unknown-kind

  @Test func unknownKindSuggestsTheNearestKind() {
    let found = findings(
      """
      <components>
        <component id="one-stop" kind="one-stop-shoop" name="Một cửa"/>
        <component id="mystery" kind="quantum-ledger" name="Sổ cái"/>
        <component id="own" kind="custom" name="Riêng" scope="external"/>
        <component id="typo" kind="costum" name="Riêng"/>
      </components>
      """, rule: "framework/unknown-kind")
    #expect(found.map(\.component) == ["one-stop", "mystery", "typo"])
    #expect(found[0].message.english.hasSuffix("did you mean 'one-stop-shop'?"))
    // The kind and the hint are in the message; related names things of the model, not kinds.
    #expect(found.allSatisfy { $0.related.isEmpty })
    #expect(!found[1].message.english.contains("did you mean"))
    #expect(found[2].message.english.hasSuffix("did you mean 'custom'?"))
    #expect(found[0].message.vietnamese.hasSuffix("có phải ý bạn là 'one-stop-shop'?"))
  }

  @Test func declaredNationalSystemIsReported() {
    let found = findings(
      """
      <components>
        <component id="population" kind="national-population-db" name="CSDL dân cư" scope="national"/>
      </components>
      """, rule: "framework/unknown-kind")
    #expect(found.count == 1)
    #expect(found.first?.message.english.contains("dependsOn ref=\"national:national-population-db\"") == true)
    #expect(found.first?.related == ["national:national-population-db"])
    #expect(found.first?.location.position == SourcePosition(line: 4, column: 3))
  }

  @Test func unknownNationalReferenceSuggestsANationalSystem() {
    let found = findings(
      """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP">
          <dependsOn ref="national:ngsp" type="integration"/>
          <dependsOn ref="national:lgsp" type="integration"/>
          <dependsOn ref="national:national-population-bd" type="data"/>
        </component>
      </components>
      """, rule: "framework/unknown-kind")
    #expect(found.map(\.location.position.line) == [6, 7])
    #expect(found[0].message.english.hasSuffix("('national:ngsp')?"))
    #expect(
      found[1].message.english.hasSuffix(
        "did you mean National Population Database ('national:national-population-db')?"))
  }

  // MARK: - missing-component

  /// On 2021-06-30 (before Decree 107/2021 merged the procedures systems) a model without
  /// components misses every requirement of 2.0 then in force, in the framework's order, each
  /// naming the kinds that would meet it (a cloud for the data centre, from letter
  /// 1145/BTTTT-CATTT), with the severity of its basis: the ministry's decision (data centre), the
  /// directives (e-mail, SOC) and the lowered ones are warnings.
  @Test func missingComponentsInRequirementOrderWithTheirSeverity() throws {
    let outcome = validator.validate(bytes: Array(MarkedExample("<components/>").document.utf8), path: "test.xml")
    let model = try #require(outcome.architecture)
    let context = RuleContext(
      architecture: model, graph: ComponentGraph(architecture: model), framework: BuiltInFrameworks.framework("2.0"),
      asOf: CalendarDate(year: 2021, month: 6, day: 30)!)
    let raw = MissingComponentRule().check(context)
    // The analysis says which requirements are missing; the rule reports each, in that order.
    let missing = context.analysis.missingComponentRequirements
    #expect(
      raw.map(\.related) == [
        ["lgsp"], ["data-centre", "cloud"], ["one-stop-shop"], ["public-service-portal"], ["web-portal"], ["eoffice"],
        ["email"], ["reporting-system"], ["soc"], ["security-system"], ["digital-signature"],
      ])
    #expect(raw.allSatisfy { $0.position == SourcePosition(line: 2, column: 1) && $0.component == nil })
    #expect(
      raw.filter { $0.severity == .warning }.map(\.related) == [
        ["data-centre", "cloud"], ["email"], ["soc"], ["security-system"], ["digital-signature"],
      ])
    #expect(raw.filter { $0.severity == .error }.count == 6)
    #expect(raw.map { $0.related.first } == missing.map(\.kind))
    let reporting = raw.first { $0.related == ["reporting-system"] }
    #expect(
      reporting?.message.english
        == "framework 2.0 requires the provincial reporting information system ('reporting-system'), which the model does not have (basis: Decree 09/2019/NĐ-CP of 24/01/2019)"
    )
    #expect(
      reporting?.message.vietnamese
        == "khung kiến trúc 2.0 yêu cầu có hệ thống thông tin báo cáo cấp tỉnh ('reporting-system'), mô hình chưa có (căn cứ: Nghị định 09/2019/NĐ-CP ngày 24/01/2019)"
    )
    let dataCentre = raw.first { $0.related.first == "data-centre" }
    #expect(
      dataCentre?.message.english
        == "framework 2.0 requires the provincial data centre ('data-centre') or the shared cloud computing platform ('cloud'), which the model does not have (basis: Decision 2323/QĐ-BTTTT of 31/12/2019)"
    )
  }

  @Test func retiredComponentDoesNotMeetARequirement() {
    let found = findings(
      """
      <components>
        <component id="old-soc" kind="soc" name="SOC cũ" status="retired"/>
        <component id="soc-planned" kind="reporting-system" name="Báo cáo" status="planned"/>
      </components>
      """, rule: "framework/missing-component")
    #expect(found.contains { $0.message.english.contains("('soc')") })
    #expect(!found.contains { $0.message.english.contains("('reporting-system')") })
  }

  // MARK: - missing-link

  /// A link to a national system is there when the component depends on it, directly or
  /// through the platform the catalogue routes it through (the LGSP): a direct link is
  /// `framework/bypass-integration`'s to report, not this rule's.
  @Test func linkToANationalSystemIsMetDirectlyOrThroughItsPlatform() {
    let found = findings(
      """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP">
          <dependsOn ref="national:ngsp" type="uses"/>
          <dependsOn ref="national:government-reporting-system" type="uses"/>
        </component>
        <component id="r-through" kind="reporting-system" name="Báo cáo 1">
          <dependsOn ref="lgsp" type="uses"/>
        </component>
        <component id="r-both" kind="reporting-system" name="Báo cáo 2">
          <dependsOn ref="lgsp"/>
          <dependsOn ref="national:government-reporting-system" type="data"/>
        </component>
        <component id="r-direct" kind="reporting-system" name="Báo cáo 3">
          <dependsOn ref="national:government-reporting-system" type="integration"/>
        </component>
        <component id="r-none" kind="reporting-system" name="Báo cáo 4"/>
        <component id="r-old" kind="reporting-system" name="Báo cáo cũ" status="retired"/>
      </components>
      """, rule: "framework/missing-link")
    #expect(found.map(\.component) == ["r-none"])
    #expect(found.first?.related == ["national:government-reporting-system", "lgsp"])
    #expect(found.first?.severity == .error)
  }

  @Test func linkThroughRetiredPlatformDoesNotCount() {
    let found = findings(
      """
      <components>
        <component id="old-lgsp" kind="lgsp" name="LGSP cũ" status="retired"/>
        <component id="lgsp" kind="lgsp" name="LGSP">
          <dependsOn ref="national:ngsp" type="integration"/>
          <dependsOn ref="national:national-public-service-portal" type="integration"/>
        </component>
        <component id="one-stop" kind="one-stop-shop" name="Một cửa">
          <dependsOn ref="old-lgsp" type="integration"/>
        </component>
      </components>
      """, rule: "framework/missing-link")
    #expect(found.map(\.related) == [["national:national-public-service-portal", "lgsp"], ["lgsp"]])
    #expect(found.map(\.severity) == [.error, .warning])
    #expect(
      found.last?.message.english
        == "component Một cửa ('one-stop') has no link to the provincial integration and data-sharing platform (LGSP) ('lgsp'), required by framework 2.0 (basis: Circular 13/2017/TT-BTTTT of 23/06/2017, Art. 3(12), Art. 16; Decree 47/2020/NĐ-CP of 09/04/2020, Art. 46)"
    )
  }

  @Test func severitiesComeFromTheRequirements() throws {
    let basis = LocalizedText(en: "Test basis", vi: "Căn cứ thử")
    let base = try #require(BuiltInFrameworks.framework("2.0"))
    let framework = Framework(
      id: "test", name: base.name, basis: base.basis, kinds: base.kinds,
      requiredComponents: [ComponentRequirement(kind: "ioc", severity: .note, basis: basis)],
      requiredLinks: [
        LinkRequirement(from: "soc", to: .national("ncsc"), type: .security, severity: .warning, basis: basis),
        LinkRequirement(from: "soc", to: .component("security-system"), type: .data, basis: basis),
      ])
    let custom = ArchitectureValidator(
      options: ValidationOptions(today: CalendarDate(year: 2021, month: 6, day: 30)!, framework: framework))
    let found = findings(
      """
      <components>
        <component id="soc" kind="soc" name="SOC"/>
      </components>
      """, validator: custom)
    #expect(found.map(\.ruleID) == ["framework/missing-component", "framework/missing-link", "framework/missing-link"])
    #expect(found.map(\.severity) == [.note, .warning, .error])
    #expect(
      found[1].message.english
        == "component SOC ('soc') has no link to National Cyber Security Centre (NCSC) ('national:ncsc'), required by framework test (basis: Test basis)"
    )
    #expect(
      found[2].message.english
        == "component SOC ('soc') has no link to the information security system (firewalls, intrusion prevention, anti-malware) ('security-system'), required by framework test (basis: Test basis)"
    )
    #expect(found[1].message.vietnamese.hasSuffix("theo yêu cầu của khung kiến trúc test (căn cứ: Căn cứ thử)"))
  }

  // MARK: - bypass-integration

  @Test func bypassSkipsPlatformsOutsidersAndRoutedComponents() {
    let found = findings(
      """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP">
          <dependsOn ref="national:ngsp" type="integration"/>
          <dependsOn ref="national:national-population-db" type="data"/>
        </component>
        <component id="second-lgsp" kind="lgsp" name="LGSP huyện" scope="district">
          <dependsOn ref="national:ngsp" type="integration"/>
        </component>
        <component id="ministry" kind="sector-application" name="Hệ thống Bộ" scope="national">
          <dependsOn ref="national:national-population-db" type="data"/>
        </component>
        <component id="partner" kind="custom" name="Đối tác" scope="external">
          <dependsOn ref="national:vnpost" type="integration"/>
        </component>
        <component id="routed" kind="sector-application" name="Hộ tịch">
          <dependsOn ref="lgsp" type="integration"/>
          <dependsOn ref="national:national-civil-status-db" type="data"/>
        </component>
        <component id="district-app" kind="sector-application" name="Ứng dụng huyện" scope="district">
          <dependsOn ref="national:national-document-axis" type="integration"/>
          <dependsOn ref="national:vnpost" type="integration"/>
        </component>
        <component id="old-app" kind="sector-application" name="Ứng dụng cũ" status="retired">
          <dependsOn ref="national:vnpost" type="integration"/>
        </component>
      </components>
      """, rule: "framework/bypass-integration")
    #expect(found.map(\.component) == ["district-app"])
    #expect(found.first?.location.position == SourcePosition(line: 23, column: 5))
    // Related: the national system, then the platforms of the model it should go through.
    #expect(found.first?.related == ["national:vnpost", "lgsp", "second-lgsp"])
  }

  /// One missing path to the LGSP is one finding, missing-link's.
  ///
  /// A one-stop-shop that reaches the National Public Service Portal directly, not through the
  /// LGSP: framework 2.0 requires that link through the LGSP, so `framework/missing-link` reports it (with the requirement's severity and basis) and
  /// `framework/bypass-integration` does not report the same `dependsOn` again. A national system
  /// no requirement covers is still a bypass.
  @Test func oneMissingPathToTheLGSPIsOneFinding() {
    let found = findings(
      """
      <components>
        <component id="lgsp-la" kind="lgsp" name="LGSP">
          <dependsOn ref="national:ngsp" type="integration"/>
          <dependsOn ref="national:national-public-service-portal" type="integration"/>
        </component>
        <component id="mot-cua" kind="one-stop-shop" name="Một cửa">
          <dependsOn ref="national:national-public-service-portal" type="integration"/>
          <dependsOn ref="national:vnpost" type="integration"/>
        </component>
      </components>
      """)
    // The one-stop-shop lacks its link to the LGSP (a warning: Circular 13/2017 and Decree 47/2020
    // prefer the platform); its direct links to the portal and VNPost are that one missing path.
    #expect(
      found.filter { $0.ruleID != "framework/missing-component" }.map(Expected.init) == [
        Expected("framework/missing-link", "mot-cua", 8, .warning)
      ])
    #expect(found.contains { $0.message.english.contains("has no link to the provincial integration") })
    #expect(found.last?.related == ["lgsp-la"])
    // Under framework 1.0, which requires no such link, the direct dependsOn is the bypass.
    let earlier = findings(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="1.0">
        <components>
          <component id="lgsp-la" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
          </component>
          <component id="mot-cua" kind="one-stop-shop" name="Một cửa">
            <dependsOn ref="lgsp-la" type="integration"/>
          </component>
          <component id="dvc" kind="sector-application" name="Ứng dụng">
            <dependsOn ref="national:national-public-service-portal" type="integration"/>
          </component>
        </components>
      </architecture>
      """, rule: "framework/bypass-integration")
    #expect(earlier.map(\.component) == ["dvc"])
  }

  /// `related` holds ids of the model (and `national:` references), never a kind: the platform
  /// and the target kind of a missing link are named by the ids of the model's components of
  /// those kinds (retired ones left out), and by nothing when the model has none.
  @Test func relatedNamesTheModelsComponentsNeverAKind() {
    let found = findings(
      """
      <components>
        <component id="old-platform" kind="lgsp" name="LGSP cũ" status="retired"/>
        <component id="tich-hop" kind="lgsp" name="LGSP">
          <dependsOn ref="national:ngsp" type="integration"/>
        </component>
        <component id="mot-cua" kind="one-stop-shop" name="Một cửa"/>
        <component id="bao-cao" kind="reporting-system" name="Báo cáo">
          <dependsOn ref="tich-hop" type="integration"/>
        </component>
      </components>
      """, rule: "framework/missing-link")
    #expect(found.map(\.component) == ["mot-cua", "mot-cua", "bao-cao"])
    #expect(
      Set(found.map(\.related)) == [
        ["national:national-public-service-portal", "tich-hop"], ["tich-hop"],
        ["national:government-reporting-system", "tich-hop"],
      ])
    let withoutPlatform = findings(
      """
      <components>
        <component id="bao-cao" kind="reporting-system" name="Báo cáo">
          <dependsOn ref="national:government-reporting-system" type="integration"/>
        </component>
      </components>
      """)
    // No LGSP in the model: missing-component says so; the reporting system has its link, made
    // directly, which is a bypass naming only the national system (there is no platform to name).
    #expect(
      withoutPlatform.filter { $0.ruleID != "framework/missing-component" }.map(\.ruleID) == [
        "framework/bypass-integration"
      ])
    #expect(
      withoutPlatform.filter { $0.ruleID != "framework/missing-component" }.map(\.related) == [
        ["national:government-reporting-system"]
      ])
  }

  /// A hostile model of many platforms does not list them all in every finding.
  @Test func relatedListsAtMostTenPlatforms() {
    let platforms = (1...12).map {
      "<component id=\"lgsp-\($0)\" kind=\"lgsp\" name=\"LGSP\"><dependsOn ref=\"national:ngsp\"/></component>"
    }
    let found = findings(
      "<components>\n" + platforms.joined(separator: "\n") + """

          <component id="bao-cao" kind="reporting-system" name="Báo cáo"/>
        </components>
        """, rule: "framework/missing-link")
    #expect(found.map(\.related) == [["national:government-reporting-system"] + (1...10).map { "lgsp-\($0)" }])
  }

  // MARK: - national-unavailable

  @Test func deliveryPhaseIsReportedOnceEvenWhenAlsoExisting() {
    let source = """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0" asOf="2019-06-30">
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="existing">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="national:national-population-db" type="data"/>
          </component>
        </components>
        <roadmap>
          <phase number="1" start="2018" end="2019">
            <task action="build" component="lgsp" status="done"/>
          </phase>
        </roadmap>
      </architecture>
      """
    let found = findings(source, rule: "framework/national-unavailable")
    #expect(found.map(\.location.position.line) == [6])
    #expect(
      found.first?.message.english
        == "component LGSP ('lgsp') is delivered in phase 1 (2018–2019) but relies on National Population Database ('national:national-population-db'), available only from 2021"
    )
    #expect(found.first?.related == ["national:national-population-db"])
  }

  @Test func openEndedPhaseUsesItsStartYear() {
    let found = findings(
      """
      <components>
        <component id="sso" kind="sso" name="SSO">
          <dependsOn ref="national:vneid" type="identity"/>
        </component>
        <component id="dw" kind="shared-data-warehouse" name="Kho dữ liệu">
          <dependsOn ref="national:vneid" type="identity"/>
        </component>
      </components>
      <roadmap>
        <phase number="1" start="2021">
          <task action="build" component="sso"/>
        </phase>
        <phase number="2" start="2022">
          <task action="integrate" component="dw"/>
        </phase>
      </roadmap>
      """, rule: "framework/national-unavailable")
    #expect(found.map(\.component) == ["sso"])
    #expect(found.first?.message.english.contains("phase 1 (2021)") == true)
  }

  @Test func existingStatusIsJudgedAtTheAsOfDate() {
    let source = """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP" status="existing">
          <dependsOn ref="national:ngsp" type="integration"/>
          <dependsOn ref="national:national-land-db" type="data"/>
        </component>
        <component id="planned-only" kind="shared-data-warehouse" name="Kho" status="planned">
          <dependsOn ref="national:national-data-centre" type="hosting"/>
        </component>
      </components>
      """
    let now = findings(source, rule: "framework/national-unavailable")
    #expect(now.map(\.component) == ["lgsp"])
    #expect(
      now.first?.message.vietnamese
        == "thành phần LGSP ('lgsp') được ghi nhận là đã có vào ngày 30/06/2021 nhưng dựa vào Cơ sở dữ liệu quốc gia về đất đai ('national:national-land-db'), hệ thống chỉ có từ năm 2022"
    )
    let later = ArchitectureValidator(
      options: ValidationOptions(
        asOf: CalendarDate(year: 2022, month: 1, day: 1)!, today: CalendarDate(year: 2021, month: 6, day: 30)!))
    #expect(findings(source, validator: later).filter { $0.ruleID == "framework/national-unavailable" }.isEmpty)
  }

  // MARK: - Determinism

  @Test(arguments: PackageRoot.models.map(\.lastPathComponent))
  func findingsAreDeterministic(_ name: String) throws {
    let path = PackageRoot.url.appendingPathComponent("models/\(name)").path
    let first = try validator.validate(fileAt: path).findings
    let second = try validator.validate(fileAt: path).findings
    #expect(first == second)
  }
}
