/// `admin/district-level`: a component is scoped to the district level, which ended on
/// 2025-07-01.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct DistrictLevelRule: Rule {
  /// The day local government became two-tier and the district level ended: 1 July 2025.
  ///
  /// The date and the amendment's content were seen in the reports of its adoption [S]; the numbers
  /// of the amendment (203/2025/QH15) and of the law (72/2025/QH15, Art. 51(3)) only in
  /// secondary datasets [S2] (`law-since-2019.md` §4.3, source N49).
  static let districtLevelEnded = CalendarDate(year: 2025, month: 7, day: 1)!

  /// The basis: the amendment of the Constitution and the Law on the Organisation of Local
  /// Government of 2025 (numbers [S2], date and content [S]).
  static let basis = LocalizedText(
    en:
      "Resolution 203/2025/QH15 amending the Constitution and Law 72/2025/QH15 on the Organisation of Local Government, both of 16/06/2025, in force 01/07/2025",
    vi:
      "Nghị quyết 203/2025/QH15 sửa đổi, bổ sung Hiến pháp và Luật Tổ chức chính quyền địa phương 72/2025/QH15, cùng ngày 16/06/2025, có hiệu lực từ ngày 01/07/2025"
  )

  public static let description = RuleDescription(
    id: "admin/district-level", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "a component is scoped to the district level, which ended on 2025-07-01",
      vi: "thành phần thuộc cấp huyện, cấp chính quyền đã chấm dứt từ ngày 2025-07-01"),
    rationale: LocalizedText(
      en:
        "from 1 July 2025 local government has two levels, the province and the commune; a district-level system has no authority to own or use it and must be moved to the commune or the province",
      vi:
        "từ ngày 1/7/2025 chính quyền địa phương tổ chức theo hai cấp, cấp tỉnh và cấp xã; hệ thống cấp huyện không còn chính quyền làm chủ, sử dụng và phải chuyển về cấp xã hoặc cấp tỉnh"
    ),
    details: LocalizedText(
      en: """
        When the validation date (`--as-of`, the model's `asOf`, else today) is 2025-07-01 or later, \
        each component of `scope="district"` that is not retired is reported at its `component` \
        element, with the basis: re-scope it to `commune` or `provincial`. Retired components, \
        components of other scopes, and every component before 2025-07-01 are not reported. The \
        owners of roadmap tasks (a district People's Committee) are not looked at.
        """,
      vi: """
        Khi ngày đánh giá (`--as-of`, thuộc tính `asOf` của mô hình, nếu không có thì ngày hiện tại) \
        từ 2025-07-01 trở đi, mỗi thành phần có `scope="district"` chưa ngừng sử dụng bị báo tại phần \
        tử `component` của nó, kèm căn cứ: cần chuyển phạm vi sang `commune` hoặc `provincial`. Thành \
        phần đã ngừng sử dụng, thành phần có phạm vi khác, và mọi thành phần trước ngày 2025-07-01 \
        không bị báo. Cơ quan chủ trì các nhiệm vụ của lộ trình (UBND cấp huyện) không được xét.
        """),
    basis: basis.english,
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2025-07-01">
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP" status="existing"/>
            ↓<component id="district-one-stop" kind="one-stop-shop" name="Một cửa điện tử cấp huyện" scope="district" status="existing"/>
            ↓<component id="district-portal" kind="web-portal" name="Trang thông tin điện tử cấp huyện" scope="district" status="planned"/>
            <component id="old-district-app" kind="sector-application" name="Ứng dụng cũ cấp huyện" scope="district" status="retired"/>
            <component id="commune-one-stop" kind="one-stop-shop" name="Một cửa điện tử cấp xã" scope="commune" status="existing"/>
          </components>
        </architecture>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2025-06-30">
          <components>
            <component id="district-one-stop" kind="one-stop-shop" name="Một cửa điện tử cấp huyện" scope="district" status="existing"/>
          </components>
        </architecture>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2025-09-01">
          <components>
            <component id="commune-one-stop" kind="one-stop-shop" name="Một cửa điện tử cấp xã" scope="commune" status="existing"/>
            <component id="old-district-app" kind="sector-application" name="Ứng dụng cũ cấp huyện" scope="district" status="retired"/>
          </components>
        </architecture>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard context.asOf >= Self.districtLevelEnded else { return [] }
    return context.architecture.components.filter { $0.scope == .district && $0.status != .retired }.map {
      RuleViolation(
        message: .withBasis(.districtLevel($0.term, ended: Self.districtLevelEnded), Self.basis),
        position: $0.position, component: $0.id)
    }
  }
}

extension LocalizedText {
  fileprivate static func districtLevel(_ component: LocalizedText, ended date: CalendarDate) -> Self {
    let (district, commune, provincial) = (Scope.district, Scope.commune, Scope.provincial)
    let day = Vocabulary.on(date)
    return LocalizedText(
      en:
        "component \(component.english) has scope '\(district.rawValue)', but the \(district.term.english) ended \(day.english): re-scope it to '\(commune.rawValue)' (\(commune.term.english)) or '\(provincial.rawValue)' (\(provincial.term.english))",
      vi:
        "thành phần \(component.vietnamese) có phạm vi '\(district.rawValue)' nhưng \(district.term.vietnamese) đã chấm dứt \(day.vietnamese): chuyển phạm vi sang '\(commune.rawValue)' (\(commune.term.vietnamese)) hoặc '\(provincial.rawValue)' (\(provincial.term.vietnamese))"
    )
  }
}
