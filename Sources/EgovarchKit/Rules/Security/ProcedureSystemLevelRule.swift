/// `security/tthc-level`: the system that handles administrative procedures has a security
/// level below 3, the level Decree 331/2026/NĐ-CP gives it from 19 August 2026.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct ProcedureSystemLevelRule: Rule {
  /// The kinds that handle administrative procedures: the merged administrative-procedure
  /// information system and the two systems it merged (Decree 107/2021/NĐ-CP).
  static let procedureKinds: Set<String> = ["tthc-system", "one-stop-shop", "public-service-portal"]

  public static let description = RuleDescription(
    id: "security/tthc-level", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "the administrative-procedure information system has a security level below 3",
      vi: "hệ thống thông tin giải quyết thủ tục hành chính có cấp độ an toàn dưới cấp độ 3"),
    rationale: LocalizedText(
      en:
        "from 19 August 2026 Decree 331/2026/NĐ-CP puts every information system that handles administrative procedures at level 3 (Art. 13(2)(b)): a lower level means the system is protected, appraised and monitored below what the decree asks",
      vi:
        "từ ngày 19/8/2026 Nghị định 331/2026/NĐ-CP xác định mọi hệ thống thông tin phục vụ giải quyết thủ tục hành chính là cấp độ 3 (Điều 13 khoản 2 điểm b): cấp độ thấp hơn nghĩa là hệ thống được bảo vệ, thẩm định và giám sát dưới mức Nghị định yêu cầu"
    ),
    details: LocalizedText(
      en: """
        When the validation date (`--as-of`, the model's `asOf`, else today) is 2026-08-19 (Decree \
        331/2026/NĐ-CP in force, from a secondary source) or later, each component of kind \
        `tthc-system`, `one-stop-shop` or `public-service-portal` (the systems the administrative-procedure \
        system merged) with `securityLevel` 1 or 2 is reported at its `component` element, once.

        Not reported: components without `securityLevel` (the level is not stated, so it is not \
        guessed), components at level 3 or above, retired components, components of scope `national` \
        or `external` (the province does not classify them), and every model before 2026-08-19: \
        whether Decree 85/2016/NĐ-CP (in force until 2026-06-30) put these systems at level 3 is not \
        verified, and the Cybersecurity Law alone (from 2026-07-01) sets no level for them. The \
        decree's transitional clause (secondary source) lets a system classified before it keep its \
        level while it is brought in line with the new rules by 2027-07-01: an existing or in-progress \
        component is a note until 2027-06-30 (the reclassification is to be planned) and a warning \
        from 2027-07-01; a planned one, classified under the new decree, is a warning from 2026-08-19.
        """,
      vi: """
        Khi ngày đánh giá (`--as-of`, thuộc tính `asOf` của mô hình, nếu không có thì ngày hiện tại) \
        từ 2026-08-19 (ngày Nghị định 331/2026/NĐ-CP có hiệu lực, theo nguồn thứ cấp) trở đi, mỗi \
        thành phần loại `tthc-system`, `one-stop-shop` hoặc `public-service-portal` (các hệ thống đã \
        hợp nhất vào hệ thống giải quyết thủ tục hành chính) có `securityLevel` 1 hoặc 2 bị báo một lần \
        tại phần tử `component` của nó.

        Không bị báo: thành phần không có `securityLevel` (cấp độ không được nêu nên không suy đoán), \
        thành phần cấp độ 3 trở lên, thành phần đã ngừng sử dụng, thành phần có phạm vi `national` hoặc \
        `external` (tỉnh không xác định cấp độ cho chúng), và mọi mô hình trước ngày 2026-08-19: việc \
        Nghị định 85/2016/NĐ-CP (có hiệu lực đến ngày 2026-06-30) xếp các hệ thống này vào cấp độ 3 chưa \
        được kiểm chứng, còn riêng Luật An ninh mạng (từ ngày 2026-07-01) không định cấp độ cho chúng. \
        Quy định chuyển tiếp của Nghị định (nguồn thứ cấp) cho hệ thống đã được xác định cấp độ trước đó \
        giữ cấp độ trong khi hoàn thiện theo quy định mới chậm nhất ngày 2027-07-01: thành phần đã có \
        hoặc đang triển khai là ghi chú đến hết ngày 2027-06-30 (cần lên kế hoạch xác định lại cấp \
        độ) và là cảnh báo từ ngày 2027-07-01; thành phần dự kiến, được xác định cấp độ theo Nghị định \
        mới, là cảnh báo từ ngày 2026-08-19.
        """),
    basis: "Decree 331/2026/NĐ-CP of 19/08/2026, Art. 13(2)(b) (from 19/08/2026)",
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="3.0" asOf="2026-08-19">
          <components>
            <component id="soc" kind="soc" name="SOC tỉnh" status="existing"/>
            ↓<component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="existing" securityLevel="2">
              <dependsOn ref="soc" type="security"/>
            </component>
            ↓<component id="commune-one-stop" kind="one-stop-shop" name="Một cửa điện tử cấp xã" scope="commune" status="in-progress" securityLevel="1"/>
            <component id="old-portal" kind="public-service-portal" name="Cổng dịch vụ công cũ" status="retired" securityLevel="2"/>
            <component id="eoffice" kind="eoffice" name="Quản lý văn bản" status="existing" securityLevel="2"/>
          </components>
        </architecture>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="3.0" asOf="2026-08-18">
          <components>
            <component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="existing" securityLevel="2"/>
          </components>
        </architecture>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="3.0" asOf="2026-09-01">
          <components>
            <component id="soc" kind="soc" name="SOC tỉnh" status="existing"/>
            <component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="existing" securityLevel="3">
              <dependsOn ref="soc" type="security"/>
            </component>
            <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử" status="existing"/>
            <component id="dvcqg" kind="custom" name="Cổng Dịch vụ công quốc gia" scope="national" status="existing" securityLevel="2"/>
          </components>
        </architecture>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard context.asOf >= SecurityLaw.newDecreeInForce else { return [] }
    let basis = SecurityLaw.decree331ProcedureLevel.citation
    return context.architecture.components.filter { component in
      guard let level = component.securityLevel, level < SecurityLaw.level3, component.status != .retired,
        component.scope != .national, component.scope != .external
      else { return false }
      return Self.procedureKinds.contains(component.kind)
    }.map { component in
      // A system already built (or being built) keeps its level under the transitional clause
      // until it is brought in line; a planned one is classified under the new decree at once.
      let transition = component.status != .planned && context.asOf < SecurityLaw.transitionDeadline
      return RuleViolation(
        message: .withBasis(
          .procedureSystemLevel(
            SecurityTerms.component(component, in: context.framework), level: component.securityLevel ?? 0,
            transition: transition),
          basis),
        position: component.position, component: component.id, severity: transition ? .note : nil)
    }
  }
}

extension LocalizedText {
  fileprivate static func procedureSystemLevel(_ component: LocalizedText, level: Int, transition: Bool) -> Self {
    let (given, required) = (Vocabulary.securityLevel(level), Vocabulary.securityLevel(SecurityLaw.level3))
    let since = SecurityLaw.newDecreeInForce.spoken
    if transition {
      let deadline = SecurityLaw.transitionDeadline.spoken
      return LocalizedText(
        en:
          "component \(component.english) is at \(given.english), but a system that handles administrative procedures is at \(required.english) from \(since.english): it may keep its level while it is brought in line with the new rules by \(deadline.english)",
        vi:
          "thành phần \(component.vietnamese) ở \(given.vietnamese), nhưng hệ thống thông tin giải quyết thủ tục hành chính là \(required.vietnamese) từ ngày \(since.vietnamese): hệ thống được giữ cấp độ trong khi hoàn thiện theo quy định mới, chậm nhất ngày \(deadline.vietnamese)"
      )
    }
    return LocalizedText(
      en:
        "component \(component.english) is at \(given.english), but a system that handles administrative procedures is at \(required.english) from \(since.english): classify it at level \(SecurityLaw.level3) and meet that level's requirements",
      vi:
        "thành phần \(component.vietnamese) ở \(given.vietnamese), nhưng hệ thống thông tin giải quyết thủ tục hành chính là \(required.vietnamese) từ ngày \(since.vietnamese): cần xác định lại là cấp độ \(SecurityLaw.level3) và đáp ứng yêu cầu của cấp độ này"
    )
  }
}
