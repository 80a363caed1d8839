import EgovarchKit
import EgovarchTestSupport
import Testing

/// The rules of the 2025 reorganisation: merged provinces, the end of the district level and
/// the merged Department of Information and Communications, at and around their dates.
@Suite struct AdminRulesTests {
  private let validator = ArchitectureValidator(
    options: ValidationOptions(today: CalendarDate(year: 2021, month: 6, day: 30)!))

  /// The findings of `rule` on a model of `province` as of `asOf`, with `body` inside it.
  private func findings(
    _ rule: String, province: String = "Thử", asOf: String, body: String = "<components/>",
    validator: ArchitectureValidator? = nil
  ) -> [Finding] {
    let document = """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="t" province="\(province)" framework="2.0" asOf="\(asOf)">
      \(body)
      </architecture>
      """
    let outcome = (validator ?? self.validator).validate(bytes: Array(document.utf8), path: "t.xml")
    #expect(outcome.findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty, "\(outcome.findings)")
    return outcome.findings.filter { $0.ruleID == rule }
  }

  private func modelFindings(_ name: String, asOf: CalendarDate? = nil) throws -> [Finding] {
    let validator = ArchitectureValidator(options: ValidationOptions(asOf: asOf, today: Self.today))
    return try validator.validate(fileAt: PackageRoot.url.appendingPathComponent("models/\(name)").path).findings
  }

  private static let today = CalendarDate(year: 2021, month: 6, day: 30)!

  // MARK: - merged-province

  @Test func mergedProvinceFromTheFirstOfJuly() throws {
    #expect(findings("admin/merged-province", province: "Bình Dương", asOf: "2025-06-30").isEmpty)
    let found = findings("admin/merged-province", province: "Bình Dương", asOf: "2025-07-01")
    try #require(found.count == 1)
    let finding = found[0]
    #expect(finding.severity == .warning)
    #expect(finding.location.position == SourcePosition(line: 2, column: 1))
    #expect(finding.component == nil)
    #expect(finding.related.isEmpty, "the new unit is not an id")
    #expect(
      finding.message.english
        == "province 'Bình Dương' became part of Ho Chi Minh City on 1 July 2025 and is no longer a provincial-level unit (basis: National Assembly resolution of 12/06/2025 on arranging provincial-level administrative units, cited as 202/2025/QH15)"
    )
    #expect(
      finding.message.vietnamese
        == "tỉnh 'Bình Dương' đã trở thành một phần của Thành phố Hồ Chí Minh vào ngày 01/07/2025 và không còn là đơn vị hành chính cấp tỉnh (căn cứ: Nghị quyết ngày 12/06/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, thường được dẫn là 202/2025/QH15)"
    )
  }

  @Test func everyMergedAwayNameIsReportedWithItsUnit() {
    var reported = 0
    for unit in ProvincialMap2025.units {
      for former in unit.formedFrom where former != unit.name {
        let found = findings("admin/merged-province", province: former, asOf: "2025-09-01")
        #expect(found.count == 1, "\(former)")
        #expect(
          found.first?.message.english.hasPrefix("province '\(former)' became part of \(unit.title.english) ") == true)
        #expect(found.first?.message.vietnamese.contains("một phần của \(unit.title.vietnamese) ") == true)
        reported += found.count
      }
    }
    #expect(reported == 29)
  }

  @Test func theThirtyFourUnitsAndUnknownNamesAreNotReported() {
    for unit in ProvincialMap2025.units {
      #expect(findings("admin/merged-province", province: unit.name, asOf: "2025-09-01").isEmpty, "\(unit.name)")
    }
    for name in ["Ví dụ", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Thừa Thiên Huế", "tỉnh Lạng Sơn", "Sài Gòn"] {
      #expect(findings("admin/merged-province", province: name, asOf: "2025-09-01").isEmpty, "\(name)")
    }
  }

  @Test func writtenVariantsOfMergedProvincesAreReported() {
    for name in [
      "tỉnh Hoà Bình", "HÒA BÌNH", "Ho\u{300}a Bi\u{300}nh", "Bà Rịa–Vũng Tàu", "tỉnh Bà Rịa-Vũng Tàu", "Long An",
      "Tỉnh Hậu Giang", "Quảng Nam", "Bắc Giang", "Bắc Cạn", "Binh Duong",
    ] {
      #expect(findings("admin/merged-province", province: name, asOf: "2025-07-01").count == 1, "\(name)")
    }
  }

  @Test func theCommandLineDateDecides() {
    let late = ArchitectureValidator(
      options: ValidationOptions(asOf: CalendarDate(year: 2025, month: 7, day: 1)!, today: Self.today))
    let early = ArchitectureValidator(
      options: ValidationOptions(asOf: CalendarDate(year: 2025, month: 6, day: 30)!, today: Self.today))
    #expect(findings("admin/merged-province", province: "Long An", asOf: "2021-04-15", validator: late).count == 1)
    #expect(findings("admin/merged-province", province: "Long An", asOf: "2026-01-01", validator: early).isEmpty)
  }

  @Test func bundledModelsAsOfSeptember2025() throws {
    let september = CalendarDate(year: 2025, month: 9, day: 1)!
    for (model, unit, line) in [
      ("long-an-2.0.xml", "Tay Ninh province", 13), ("hau-giang-2.0.xml", "Can Tho City", 10),
    ] {
      let found = try modelFindings(model, asOf: september).filter { $0.ruleID == "admin/merged-province" }
      #expect(found.count == 1, "\(model)")
      #expect(found.first?.message.english.contains("became part of \(unit) on 1 July 2025") == true, "\(model)")
      #expect(found.first?.location.position.line == line, "\(model)")
    }
    for model in ["dien-bien-1.0.xml", "lang-son-2.0.xml", "lai-chau-2.0-draft.xml", "son-la-2025-plan.xml"] {
      let found = try modelFindings(model, asOf: september).filter { $0.ruleID == "admin/merged-province" }
      #expect(found.isEmpty, "\(model) is one of the 11 units left unchanged")
    }
    for model in [
      "dien-bien-1.0.xml", "hau-giang-2.0.xml", "lai-chau-2.0-draft.xml", "lang-son-2.0.xml", "long-an-2.0.xml",
    ] {
      let own = try modelFindings(model).filter { $0.ruleID.hasPrefix("admin/") }
      #expect(own.isEmpty, "\(model) as of its own date, before 2025, is judged by the old map")
      let september = try modelFindings(model, asOf: september)
      #expect(september.filter { $0.ruleID == "admin/district-level" }.isEmpty, "\(model) has no district scope")
      #expect(!september.filter { $0.ruleID == "admin/renamed-department" }.isEmpty, "\(model) names the Sở TT&TT")
    }
  }

  // MARK: - district-level

  private static let districtComponents = """
    <components>
      <component id="district-app" kind="sector-application" name="Ứng dụng cấp huyện" scope="district" status="existing"/>
      <component id="old-district-app" kind="sector-application" name="Ứng dụng cũ" scope="district" status="retired"/>
      <component id="commune-app" kind="sector-application" name="Ứng dụng cấp xã" scope="commune" status="existing"/>
      <component id="province-app" kind="sector-application" name="Ứng dụng cấp tỉnh" status="existing"/>
      <component id="planned-district-app" kind="sector-application" name="Ứng dụng mới" scope="district"/>
    </components>
    """

  @Test func districtLevelFromTheFirstOfJuly() throws {
    #expect(findings("admin/district-level", asOf: "2025-06-30", body: Self.districtComponents).isEmpty)
    let found = findings("admin/district-level", asOf: "2025-07-01", body: Self.districtComponents)
    #expect(found.map(\.component) == ["district-app", "planned-district-app"])
    #expect(found.map(\.location.position) == [SourcePosition(line: 4, column: 3), SourcePosition(line: 8, column: 3)])
    #expect(found.allSatisfy { $0.severity == .warning && $0.related.isEmpty })
    #expect(
      found.first?.message.english
        == "component Ứng dụng cấp huyện ('district-app') has scope 'district', but the district level ended on 1 July 2025: re-scope it to 'commune' (commune level) or 'provincial' (provincial level) (basis: Resolution 203/2025/QH15 amending the Constitution and Law 72/2025/QH15 on the Organisation of Local Government, both of 16/06/2025, in force 01/07/2025)"
    )
    #expect(
      found.first?.message.vietnamese.hasPrefix(
        "thành phần Ứng dụng cấp huyện ('district-app') có phạm vi 'district' nhưng cấp huyện đã chấm dứt vào ngày 01/07/2025: chuyển phạm vi sang 'commune' (cấp xã) hoặc 'provincial' (cấp tỉnh) (căn cứ: Nghị quyết 203/2025/QH15"
      ) == true)
  }

  @Test func communeScopeIsValidAndTheProvincesOwn() {
    // The schema accepts it, no admin rule reports it, and a commune system reaching a national
    // system straight is a bypass like a provincial or district one.
    let body = """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP">
          <dependsOn ref="national:ngsp" type="integration"/>
        </component>
        <component id="commune-civil-status" kind="sector-application" name="Hộ tịch cấp xã" scope="commune">
          <dependsOn ref="national:national-civil-status-db" type="data"/>
        </component>
        <component id="commune-routed" kind="sector-application" name="Một cửa cấp xã" scope="commune">
          <dependsOn ref="lgsp" type="integration"/>
          <dependsOn ref="national:national-civil-status-db" type="data"/>
        </component>
      </components>
      """
    let bypass = findings("framework/bypass-integration", asOf: "2025-09-01", body: body)
    #expect(bypass.map(\.component) == ["commune-civil-status"])
    #expect(findings("admin/district-level", asOf: "2025-09-01", body: body).isEmpty)
    #expect(Scope(rawValue: "commune")?.isLocalGovernment == true)
    #expect(Scope.allCases.filter(\.isLocalGovernment) == [.provincial, .district, .commune])
    #expect(Scope.commune.term == LocalizedText(en: "commune level", vi: "cấp xã"))
  }

  // MARK: - renamed-department

  @Test func renamedDepartmentFromTheFirstOfMarch() {
    let body = """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP" status="existing" owner="Sở Thông tin và Truyền thông"/>
      </components>
      """
    #expect(findings("admin/renamed-department", asOf: "2025-02-28", body: body).isEmpty)
    let found = findings("admin/renamed-department", asOf: "2025-03-01", body: body)
    #expect(found.count == 1)
    #expect(found.first?.severity == .note)
    #expect(found.first?.component == "lgsp")
    #expect(found.first?.location.position == SourcePosition(line: 4, column: 3))
    #expect(
      found.first?.message.english
        == "owner 'Sở Thông tin và Truyền thông' names the Department of Information and Communications, merged into the Department of Science and Technology (Sở Khoa học và Công nghệ) on 1 March 2025; its cyber-information security tasks went to the provincial police (basis: Decree 45/2025/ND-CP of 28/02/2025, in force 01/03/2025)"
    )
    #expect(
      found.first?.message.vietnamese
        == "cơ quan chủ trì 'Sở Thông tin và Truyền thông' chỉ Sở Thông tin và Truyền thông, đã hợp nhất vào Sở Khoa học và Công nghệ vào ngày 01/03/2025; nhiệm vụ an toàn thông tin mạng đã chuyển sang Công an tỉnh (căn cứ: Nghị định 45/2025/NĐ-CP ngày 28/02/2025, có hiệu lực từ ngày 01/03/2025)"
    )
  }

  @Test(arguments: [
    "Sở Thông tin và Truyền thông", "sở thông tin và truyền thông", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    "So\u{31B}\u{300} Thông tin và Truyền thông", "Sở Thông tin &amp; Truyền thông", "Sở Thông tin - Truyền thông",
    "Sở TT&amp;TT", "Sở TT &amp; TT", "sở tt&amp;tt", "Sở TT và TT", "Sở TT-TT", "Sở TTTT", "STTTT",
    "STT&amp;TT", "So Thong tin va Truyen thong", "Trung tâm CNTT - Sở TT&amp;TT", "UBND tỉnh; Sở TTTT",
  ])
  func ownersNamingTheDepartment(_ owner: String) {
    let body = """
      <components>
        <component id="a" kind="lgsp" name="A" status="existing" owner="\(owner)"/>
      </components>
      """
    #expect(findings("admin/renamed-department", asOf: "2025-09-01", body: body).count == 1, "\(owner)")
  }

  @Test(arguments: [
    "Bộ Thông tin và Truyền thông", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Thông tin và Truyền thông",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở TT", "Trung tâm Truyền thông tỉnh", "TTTT", "STTTTT", "",
  ])
  func ownersNotNamingTheDepartment(_ owner: String) {
    let body = """
      <components>
        <component id="a" kind="lgsp" name="A" status="existing" owner="\(owner)"/>
      </components>
      """
    #expect(findings("admin/renamed-department", asOf: "2025-09-01", body: body).isEmpty, "\(owner)")
  }

  @Test func onlyWorkStillActiveIsReportedOncePerOwner() {
    let body = """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP" status="in-progress" owner="Sở TT&amp;TT"/>
        <component id="old" kind="web-portal" name="Cổng cũ" status="retired" owner="Sở TT&amp;TT"/>
        <component id="dc" kind="data-centre" name="Trung tâm dữ liệu" status="planned"/>
      </components>
      <roadmap>
        <phase number="1" start="2024">
          <task action="build" component="lgsp" status="in-progress" owner="Sở TT&amp;TT"/>
          <task action="build" component="old" status="done" owner="Sở TT&amp;TT"/>
          <task action="build" component="dc" status="cancelled" owner="Sở TT&amp;TT"/>
          <task action="build" component="dc" owner="Sở TT&amp;TT"/>
          <task action="train" status="not-started" owner="Sở Thông tin và Truyền thông">Đào tạo</task>
          <task action="policy" owner="Sở Khoa học và Công nghệ">Quy chế</task>
        </phase>
      </roadmap>
      """
    #expect(findings("admin/renamed-department", asOf: "2025-02-28", body: body).isEmpty)
    let found = findings("admin/renamed-department", asOf: "2025-03-01", body: body)
    #expect(found.map(\.location.position.line) == [4, 10, 13, 14])
    #expect(found.map(\.component) == ["lgsp", "lgsp", "dc", nil])
  }
}
