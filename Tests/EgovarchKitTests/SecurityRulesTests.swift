import EgovarchKit
import Testing

/// The security-level rules (format 1.1): the attribute as the schema and the loader read it,
/// and the three rules at and around the days the law changed (Circular 31/2017 in force on
/// 2018-01-15, the Cybersecurity Law on 2026-07-01, Decree 331/2026 on 2026-08-19).
@Suite struct SecurityRulesTests {
  private let validator = ArchitectureValidator(
    options: ValidationOptions(today: CalendarDate(year: 2021, month: 6, day: 30)!))

  /// The outcome of a model as of `asOf` with `components` inside its `components` element.
  private func validate(asOf: String, framework: String = "3.0", _ components: String) -> FileValidation {
    let document = """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="t" province="Thử" framework="\(framework)" asOf="\(asOf)">
        <components>
      \(components)
        </components>
      </architecture>
      """
    return validator.validate(bytes: Array(document.utf8), path: "t.xml")
  }

  /// The findings of `rule` on that model; the model must break no schema rule.
  private func findings(
    _ rule: String, asOf: String, framework: String = "3.0", _ components: String
  ) -> [Finding] {
    let outcome = validate(asOf: asOf, framework: framework, components)
    #expect(outcome.findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty, "\(outcome.findings)")
    return outcome.findings.filter { $0.ruleID == rule }
  }

  private static let unmonitoredProcedureSystem = """
    <component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="existing" securityLevel="3"/>
    """

  // MARK: - The attribute

  @Test func theLoaderReadsTheLevel() throws {
    let outcome = validate(
      asOf: "2025-01-01",
      """
      <component id="a" kind="lgsp" name="A" status="existing" securityLevel="4"/>
      <component id="b" kind="lgsp" name="B" status="existing" securityLevel=" 1 "/>
      <component id="c" kind="lgsp" name="C" status="existing"/>
      """)
    #expect(outcome.findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty, "\(outcome.findings)")
    let model = try #require(outcome.architecture)
    #expect(model.components.map(\.securityLevel) == [4, 1, nil])
  }

  @Test(arguments: ["0", "6", "3.0", "ba", "-1", "99999999999999999999"])
  func aLevelOutsideOneToFiveBreaksTheSchema(_ level: String) {
    let outcome = validate(
      asOf: "2025-01-01",
      "<component id=\"a\" kind=\"users\" name=\"A\" status=\"existing\" securityLevel=\"\(level)\"/>")
    #expect(outcome.findings.map(\.ruleID) == ["xml/schema"], "\(outcome.findings)")
    #expect(outcome.findings.map(\.location.position.line) == [4])
    #expect(outcome.findings.first?.message.english.contains("securityLevel") == true)
  }

  // MARK: - security/unmonitored

  @Test func aLevelThreeSystemWithoutMonitoringIsFound() throws {
    let found = findings("security/unmonitored", asOf: "2025-06-30", Self.unmonitoredProcedureSystem)
    try #require(found.count == 1)
    #expect(found[0].severity == .warning)
    #expect(found[0].component == "tthc")
    #expect(found[0].location.position == SourcePosition(line: 4, column: 1))
    #expect(
      found[0].message.english
        == "component Hệ thống giải quyết TTHC ('tthc') is at security level 3 and has no security monitoring: it has no dependency of type 'security' on a component of kind security operations centre (SOC) ('soc') or information security system (firewalls, intrusion prevention, anti-malware) ('security-system'), nor on the National Cyber Security Centre (NCSC) ('national:ncsc') (basis: Decree 85/2016/NĐ-CP of 01/07/2016; Circular 31/2017/TT-BTTTT of 15/11/2017, Art. 5)"
    )
    #expect(
      found[0].message.vietnamese
        == "thành phần Hệ thống giải quyết TTHC ('tthc') ở cấp độ 3 nhưng không được giám sát an toàn thông tin: không có phụ thuộc kiểu 'security' (an toàn thông tin) tới thành phần loại trung tâm giám sát, điều hành an toàn, an ninh mạng (SOC) ('soc') hoặc hệ thống bảo đảm an toàn thông tin ('security-system'), cũng không tới Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ('national:ncsc') (căn cứ: Nghị định 85/2016/NĐ-CP ngày 01/07/2016; Thông tư 31/2017/TT-BTTTT ngày 15/11/2017, Điều 5)"
    )
  }

  @Test func theCircularSetsTheFirstDay() {
    #expect(findings("security/unmonitored", asOf: "2018-01-14", Self.unmonitoredProcedureSystem).isEmpty)
    #expect(findings("security/unmonitored", asOf: "2018-01-15", Self.unmonitoredProcedureSystem).count == 1)
  }

  @Test func theBasisFollowsTheLaw() throws {
    func basis(_ asOf: String) throws -> String {
      let found = findings("security/unmonitored", asOf: asOf, Self.unmonitoredProcedureSystem)
      try #require(found.count == 1)
      return String(try #require(found[0].message.english.split(separator: "(basis: ").last))
    }
    #expect(try basis("2026-06-30").hasPrefix("Decree 85/2016/NĐ-CP of 01/07/2016; Circular 31/2017"))
    #expect(try basis("2026-07-01") == "Law 116/2025/QH15 of 10/12/2025, Art. 8, Art. 40(1)(b) (secondary source))")
    #expect(try basis("2026-08-18") == "Law 116/2025/QH15 of 10/12/2025, Art. 8, Art. 40(1)(b) (secondary source))")
    #expect(
      try basis("2026-08-19")
        == "Law 116/2025/QH15 of 10/12/2025, Art. 8, Art. 40(1)(b) (secondary source); Decree 331/2026/NĐ-CP of 19/08/2026, Art. 34(1)(e) (secondary source))"
    )
  }

  @Test func aSecurityDependencyOnAMonitorCounts() {
    let monitors = """
      <component id="soc" kind="soc" name="SOC" status="existing" securityLevel="3"/>
      <component id="fw" kind="security-system" name="Tường lửa" status="planned"/>
      <component id="old-soc" kind="soc" name="SOC cũ" status="retired"/>
      <component id="cloud" kind="cloud" name="Đám mây" status="existing"/>
      """
    let systems = """
      <component id="a" kind="eoffice" name="A" status="existing" securityLevel="3"><dependsOn ref="soc" type="security"/></component>
      <component id="b" kind="eoffice" name="B" status="existing" securityLevel="4"><dependsOn ref="fw" type="security"/></component>
      <component id="c" kind="eoffice" name="C" status="existing" securityLevel="5"><dependsOn ref="national:ncsc" type="security"/></component>
      <component id="d" kind="eoffice" name="D" status="existing" securityLevel="3"><dependsOn ref="soc" type="uses"/></component>
      <component id="e" kind="eoffice" name="E" status="existing" securityLevel="3"><dependsOn ref="old-soc" type="security"/></component>
      <component id="f" kind="eoffice" name="F" status="existing" securityLevel="3"><dependsOn ref="cloud" type="security"/></component>
      <component id="g" kind="eoffice" name="G" status="existing" securityLevel="3"><dependsOn ref="national:vneid" type="security"/></component>
      <component id="h" kind="eoffice" name="H" status="existing" securityLevel="3"><dependsOn ref="nowhere" type="security"/></component>
      """
    let found = findings("security/unmonitored", asOf: "2025-06-30", monitors + systems)
    #expect(found.compactMap(\.component) == ["d", "e", "f", "g", "h"])
  }

  @Test func whatIsNotTheProvincesOrNotAtLevelThreeIsNotReported() {
    let components = """
      <component id="a" kind="eoffice" name="A" status="retired" securityLevel="3"/>
      <component id="b" kind="custom" name="B" scope="national" status="existing" securityLevel="4"/>
      <component id="c" kind="custom" name="C" scope="external" status="existing" securityLevel="4"/>
      <component id="d" kind="soc" name="D" status="existing" securityLevel="4"/>
      <component id="e" kind="users" name="E" status="existing" securityLevel="3"/>
      <component id="f" kind="eoffice" name="F" status="existing" securityLevel="2"/>
      <component id="g" kind="eoffice" name="G" status="existing"/>
      <component id="h" kind="eoffice" name="H" scope="commune" status="planned" securityLevel="3"/>
      """
    #expect(findings("security/unmonitored", asOf: "2025-06-30", components).compactMap(\.component) == ["h"])
  }

  @Test func withoutAKnownFrameworkTheKindsAreNamedByTheirIds() throws {
    let found = findings("security/unmonitored", asOf: "2025-06-30", framework: "9.9", Self.unmonitoredProcedureSystem)
    try #require(found.count == 1)
    #expect(
      found[0].message.english.hasPrefix(
        "component Hệ thống giải quyết TTHC ('tthc') is at security level 3 and has no security monitoring: it has no dependency of type 'security' on a component of kind 'soc' or 'security-system', nor on the 'national:ncsc'"
      ))
  }

  // MARK: - security/tthc-level

  private static let levelTwoProcedureSystem = """
    <component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="existing" securityLevel="2"/>
    """

  @Test func anExistingProcedureSystemKeepsItsLevelThroughTheTransition() throws {
    #expect(findings("security/tthc-level", asOf: "2026-08-18", Self.levelTwoProcedureSystem).isEmpty)
    for day in ["2026-08-19", "2027-06-30"] {
      let found = findings("security/tthc-level", asOf: day, Self.levelTwoProcedureSystem)
      try #require(found.count == 1)
      #expect(found[0].severity == .note)
      #expect(
        found[0].message.english
          == "component Hệ thống giải quyết TTHC ('tthc') is at security level 2, but a system that handles administrative procedures is at security level 3 from 19 August 2026: it may keep its level while it is brought in line with the new rules by 1 July 2027 (basis: Decree 331/2026/NĐ-CP of 19/08/2026, Art. 13(2)(b) (secondary source))"
      )
      #expect(
        found[0].message.vietnamese
          == "thành phần Hệ thống giải quyết TTHC ('tthc') ở cấp độ 2, nhưng hệ thống thông tin giải quyết thủ tục hành chính là cấp độ 3 từ ngày 19/08/2026: hệ thống được giữ cấp độ trong khi hoàn thiện theo quy định mới, chậm nhất ngày 01/07/2027 (căn cứ: Nghị định 331/2026/NĐ-CP ngày 19/08/2026, Điều 13 khoản 2 điểm b (nguồn thứ cấp))"
      )
    }
    let planned = """
      <component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="planned" securityLevel="2"/>
      """
    #expect(findings("security/tthc-level", asOf: "2026-08-19", planned).map(\.severity) == [.warning])
  }

  @Test func theProcedureSystemBelowLevelThreeAfterTheTransition() throws {
    let found = findings("security/tthc-level", asOf: "2027-07-01", Self.levelTwoProcedureSystem)
    try #require(found.count == 1)
    #expect(found[0].severity == .warning)
    #expect(found[0].location.position == SourcePosition(line: 4, column: 1))
    #expect(
      found[0].message.english
        == "component Hệ thống giải quyết TTHC ('tthc') is at security level 2, but a system that handles administrative procedures is at security level 3 from 19 August 2026: classify it at level 3 and meet that level's requirements (basis: Decree 331/2026/NĐ-CP of 19/08/2026, Art. 13(2)(b) (secondary source))"
    )
    #expect(
      found[0].message.vietnamese
        == "thành phần Hệ thống giải quyết TTHC ('tthc') ở cấp độ 2, nhưng hệ thống thông tin giải quyết thủ tục hành chính là cấp độ 3 từ ngày 19/08/2026: cần xác định lại là cấp độ 3 và đáp ứng yêu cầu của cấp độ này (căn cứ: Nghị định 331/2026/NĐ-CP ngày 19/08/2026, Điều 13 khoản 2 điểm b (nguồn thứ cấp))"
    )
  }

  @Test func theMergedSystemsAreProcedureSystemsToo() {
    let components = """
      <component id="a" kind="one-stop-shop" name="A" scope="commune" status="existing" securityLevel="1"/>
      <component id="b" kind="public-service-portal" name="B" status="planned" securityLevel="2"/>
      <component id="c" kind="public-service-portal" name="C" status="retired" securityLevel="2"/>
      <component id="d" kind="tthc-system" name="D" status="existing" securityLevel="3"/>
      <component id="e" kind="tthc-system" name="E" status="existing"/>
      <component id="f" kind="tthc-system" name="F" scope="national" status="existing" securityLevel="2"/>
      <component id="g" kind="eoffice" name="G" status="existing" securityLevel="1"/>
      """
    #expect(findings("security/tthc-level", asOf: "2027-01-01", components).compactMap(\.component) == ["a", "b"])
  }

  // MARK: - security/level-not-applicable

  @Test func aLevelOnWhatIsNotASystemIsAnError() throws {
    let components = """
      <component id="a" kind="users" name="A" securityLevel="1"/>
      <component id="b" kind="web-channel" name="B" securityLevel="2"/>
      <component id="c" kind="public-service-centre" name="C" securityLevel="3"/>
      <component id="d" kind="online-public-services" name="D" securityLevel="4"/>
      <component id="e" kind="steering-committee" name="E" status="retired" securityLevel="5"/>
      <component id="f" kind="mobile-app" name="F" securityLevel="2"/>
      <component id="g" kind="call-centre" name="G" securityLevel="2"/>
      <component id="h" kind="custom" name="H" securityLevel="2"/>
      <component id="i" kind="users" name="I"/>
      """
    let found = findings("security/level-not-applicable", asOf: "2019-01-01", framework: "2.0", components)
    #expect(found.compactMap(\.component) == ["a", "b", "c", "d", "e"])
    #expect(found.allSatisfy { $0.severity == .error })
    #expect(
      found.first?.message.english
        == "component A ('a') is not an information system and cannot have a security level (securityLevel=\"1\"): remove the attribute, or give the level to the system that serves it"
    )
  }

  // MARK: - Format 1.0 models

  @Test func aModelWithoutLevelsHasNoSecurityFinding() {
    let components = """
      <component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="existing"/>
      <component id="users" kind="users" name="Người dân" status="existing"/>
      """
    let outcome = validate(asOf: "2027-01-01", components)
    #expect(outcome.findings.filter { $0.ruleID.hasPrefix("security/") }.isEmpty)
  }
}
