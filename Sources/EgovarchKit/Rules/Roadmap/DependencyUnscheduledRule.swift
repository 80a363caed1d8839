/// `roadmap/dependency-unscheduled`: a task delivers a component that depends on a planned or
/// in-progress component that no roadmap task delivers.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct DependencyUnscheduledRule: Rule {
  public static let description = RuleDescription(
    id: "roadmap/dependency-unscheduled", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "a delivered component depends on a component that the roadmap never delivers",
      vi: "thành phần được triển khai phụ thuộc vào thành phần mà lộ trình không triển khai"),
    rationale: LocalizedText(
      en:
        "the task cannot deliver a working system while what it depends on is neither existing nor scheduled",
      vi:
        "nhiệm vụ không thể tạo ra hệ thống hoạt động được khi thành phần mà nó phụ thuộc chưa có và cũng không được đưa vào lộ trình"
    ),
    details: LocalizedText(
      en: """
        For each task that is not cancelled and builds, upgrades or integrates a component X, and each \
        component Y of the same model that X depends on (national systems aside) whose status is planned \
        or in-progress: when no task delivers Y at all, the finding is at the task, once per task and Y, \
        with X as component and Y as related. Existing components need no delivery; a retired one is not \
        expected to be delivered (depending on it is another problem). A link is judged by its own \
        date when it has one (`from`, format 1.1): when every `dependsOn` from X to Y is dated after \
        the roadmap's last year (the end of its last phase, when it has one), Y is needed only after \
        this roadmap and nothing is reported.
        """,
      vi: """
        Với mỗi nhiệm vụ không bị hủy xây dựng, nâng cấp hoặc tích hợp thành phần X, và mỗi thành phần Y \
        của cùng mô hình mà X phụ thuộc vào (không xét hệ thống quốc gia) có trạng thái dự kiến \
        (`planned`) hoặc đang triển khai (`in-progress`): khi không nhiệm vụ nào triển khai Y, phát hiện \
        chỉ tới nhiệm vụ, một lần cho mỗi cặp nhiệm vụ và Y, với X là thành phần và Y là mã liên quan. \
        Thành phần đã có (`existing`) không cần triển khai; thành phần đã ngừng sử dụng (`retired`) \
        không được chờ triển khai (phụ thuộc vào nó là vấn đề khác). Liên kết có thời điểm riêng \
        (`from`, định dạng 1.1) được xét theo thời điểm đó: khi mọi phần tử `dependsOn` từ X tới Y \
        đều có thời điểm sau năm cuối của lộ trình (năm kết thúc của giai đoạn cuối, nếu có), Y chỉ \
        cần có sau lộ trình này và không có phát hiện.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="planned">
            <dependsOn ref="data-centre" type="hosting"/>
            <dependsOn ref="data-centre" type="network"/>
          </component>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh" status="planned"/>
          <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned">
            <dependsOn ref="data-centre" type="hosting"/>
          </component>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            ↓<task action="build" component="lgsp"/>
            <task action="operate" component="data-centre"/>
          </phase>
          <phase number="2" start="2020">
            ↓<task action="build" component="reporting"/>
            <task action="build" component="data-centre" status="cancelled"/>
          </phase>
          <phase number="3" start="2022"/>
        </roadmap>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="planned">
            <dependsOn ref="data-centre" type="hosting"/>
            <dependsOn ref="cloud" type="hosting"/>
            <dependsOn ref="national:ngsp" type="integration"/>
          </component>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh" status="planned"/>
          <component id="cloud" kind="cloud" name="Hạ tầng thuê" status="existing"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            <task action="build" component="lgsp"/>
          </phase>
          <phase number="2" start="2020">
            <task action="build" component="data-centre"/>
          </phase>
          <phase number="3" start="2022"/>
        </roadmap>
        """),
      Example(
        """
        <components>
          <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned">
            <dependsOn ref="data-warehouse" type="data" from="2026"/>
          </component>
          <component id="data-warehouse" kind="shared-data-warehouse" name="Kho dữ liệu dùng chung" status="planned"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2021">
            <task action="build" component="reporting"/>
          </phase>
        </roadmap>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    let graph = context.graph
    let deliveries = context.firstDeliveryByComponent
    let lastYear = context.schedule.phases.last?.endYear
    var violations: [RuleViolation] = []
    DeliveredDependency.forEachPending(
      in: context,
      where: { target, _ in
        let status = graph.components[target].status
        return (status == .planned || status == .inProgress) && deliveries[target] < 0
      }
    ) { pending in
      // A link dated after the roadmap's last year (it has one) needs its target only after it.
      if let from = pending.from, let last = lastYear, from.year > last { return }
      violations.append(
        RuleViolation(
          message: .dependsOnUnscheduled(pending), position: pending.task.position,
          component: pending.component.id, related: [pending.target.id], key: pending.key(in: context)))
    }
    return violations
  }
}

extension LocalizedText {
  fileprivate static func dependsOnUnscheduled(_ pending: DeliveredDependency) -> Self {
    let phase = RoadmapWording.phase(pending.phase)
    let (source, target) = (pending.component.term, pending.target.term)
    let status = pending.target.status.term
    return LocalizedText(
      en:
        "component \(source.english) is delivered in \(phase.english) but depends on \(target.english), which is \(status.english) and delivered by no roadmap task",
      vi:
        "thành phần \(source.vietnamese) được triển khai ở \(phase.vietnamese) nhưng phụ thuộc vào \(target.vietnamese), thành phần \(status.vietnamese) mà không nhiệm vụ nào của lộ trình triển khai"
    )
  }
}
