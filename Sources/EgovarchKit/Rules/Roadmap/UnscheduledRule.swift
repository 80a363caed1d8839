/// `roadmap/unscheduled`: a planned or in-progress component that no roadmap task delivers.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct UnscheduledRule: Rule {
  public static let description = RuleDescription(
    id: "roadmap/unscheduled", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "a planned or in-progress component is not delivered by any roadmap task",
      vi: "thành phần đang triển khai hoặc dự kiến không được nhiệm vụ nào của lộ trình triển khai"),
    rationale: LocalizedText(
      en:
        "a component that is not on the roadmap has no phase, owner or budget: it will not be built unless a task is added for it",
      vi:
        "thành phần không có trong lộ trình thì không có giai đoạn, đơn vị chủ trì hay kinh phí: sẽ không được xây dựng nếu không bổ sung nhiệm vụ"
    ),
    details: LocalizedText(
      en: """
        Each component whose status is planned or in-progress and that no task delivers is reported at \
        the component. A component is delivered by a task that builds, upgrades or integrates it and is \
        not cancelled; tasks that only operate it, or cross-cutting tasks, do not count. A model without \
        a `roadmap` at all is not checked: leaving the roadmap out is a choice (an architecture can be \
        described before its plan is written), and every planned component would otherwise be reported.
        """,
      vi: """
        Mỗi thành phần có trạng thái dự kiến (`planned`) hoặc đang triển khai (`in-progress`) \
        mà không nhiệm vụ nào triển khai bị báo tại thành phần. Thành phần được triển khai khi có nhiệm \
        vụ không bị hủy xây dựng, nâng cấp hoặc tích hợp nó; nhiệm vụ chỉ vận hành nó, hoặc nhiệm vụ \
        chung, không được tính. Mô hình hoàn toàn không có `roadmap` thì không được kiểm tra: không lập \
        lộ trình là một lựa chọn (kiến trúc có thể được mô tả trước khi lập kế hoạch), và nếu không thì \
        mọi thành phần dự kiến đều bị báo.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="in-progress"/>
          ↓<component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh" status="planned"/>
          ↓<component id="eams" kind="eams" name="Hệ thống quản lý kiến trúc" status="planned"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2020">
            <task action="build" component="lgsp"/>
            <task action="operate" component="data-centre"/>
          </phase>
          <phase number="2" start="2022">
            <task action="build" component="eams" status="cancelled"/>
          </phase>
          <phase number="3" start="2024"/>
        </roadmap>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="in-progress"/>
          <component id="portal" kind="web-portal" name="Cổng thông tin điện tử" status="existing"/>
          <component id="old-portal" kind="web-portal" name="Cổng thông tin cũ" status="retired"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2020">
            <task action="integrate" component="lgsp"/>
          </phase>
          <phase number="2" start="2022"/>
          <phase number="3" start="2024"/>
        </roadmap>
        """),
      Example(
        """
        <components>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh" status="planned"/>
        </components>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard context.architecture.roadmap != nil else { return [] }
    let deliveries = context.firstDeliveryByComponent
    let components = context.graph.components
    return components.indices.compactMap { index in
      guard components[index].status == .planned || components[index].status == .inProgress, deliveries[index] < 0
      else { return nil }
      let component = components[index]
      return RuleViolation(
        message: .unscheduled(component), position: component.position, component: component.id)
    }
  }
}

extension LocalizedText {
  fileprivate static func unscheduled(_ component: Component) -> Self {
    let status = component.status.term
    return LocalizedText(
      en:
        "component \(component.term.english) is \(status.english) but no roadmap task builds, upgrades or integrates it",
      vi:
        "thành phần \(component.term.vietnamese) \(status.vietnamese) nhưng không có nhiệm vụ nào của lộ trình xây dựng, nâng cấp hay tích hợp nó"
    )
  }
}
