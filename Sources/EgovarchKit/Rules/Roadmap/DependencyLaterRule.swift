/// `roadmap/dependency-later`: a task delivers a component before a component it depends on is
/// delivered.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct DependencyLaterRule: Rule {
  public static let description = RuleDescription(
    id: "roadmap/dependency-later", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "a component is delivered in an earlier phase than a component it depends on",
      vi: "thành phần được triển khai ở giai đoạn sớm hơn thành phần mà nó phụ thuộc"),
    rationale: LocalizedText(
      en:
        "until the dependency is delivered the component needs an interim arrangement (rented hosting, a temporary connection), which must be planned and paid for",
      vi:
        "cho đến khi thành phần được phụ thuộc được triển khai, cần một giải pháp tạm thời (thuê hạ tầng, kết nối tạm) phải được lập kế hoạch và bố trí kinh phí"
    ),
    details: LocalizedText(
      en: """
        For each task that is not cancelled and builds, upgrades or integrates a component X, and each \
        component Y of the same model that X depends on (national systems aside) and that is not \
        existing: when Y is first delivered in a later phase than the task's, the finding is at the \
        task, once per task and Y, with X as component and Y as related. The message names what is \
        needed in between: interim hosting (a `hosting` dependency), interim integration (`integration` \
        or `data`), or an interim arrangement. A warning, not an error: provinces did build their LGSP \
        before their data centre and hosted it on a rented cloud meanwhile; when that is the plan, say \
        so with a `suppress` of this rule for the component.

        A link is judged by its own date when it has one (`from`, format 1.1): when every `dependsOn` \
        from X to Y is dated and the earliest is in or after the first year of the phase that \
        delivers Y, X does not need Y before Y is delivered and nothing is reported (a system that \
        connects to the data warehouse only once the warehouse is built). An undated `dependsOn` \
        comes with X.
        """,
      vi: """
        Với mỗi nhiệm vụ không bị hủy xây dựng, nâng cấp hoặc tích hợp thành phần X, và mỗi thành phần Y \
        của cùng mô hình mà X phụ thuộc vào (không xét hệ thống quốc gia) và chưa có (`existing`): khi Y \
        được triển khai lần đầu ở giai đoạn muộn hơn giai đoạn của nhiệm vụ, phát hiện chỉ tới nhiệm vụ, \
        một lần cho mỗi cặp nhiệm vụ và Y, với X là thành phần và Y là mã liên quan. Thông báo nêu giải \
        pháp cần có trong thời gian chờ: lưu trữ tạm thời (phụ thuộc `hosting`), tích hợp tạm thời \
        (`integration` hoặc `data`), hoặc giải pháp tạm thời khác. Đây là cảnh báo, không phải lỗi: đã \
        có tỉnh xây dựng LGSP trước trung tâm dữ liệu và tạm thuê hạ tầng đám mây; khi đó là kế hoạch \
        thực sự, hãy ghi rõ bằng một `suppress` quy tắc này cho thành phần.

        Liên kết có thời điểm riêng (`from`, định dạng 1.1) được xét theo thời điểm đó: khi mọi phần \
        tử `dependsOn` từ X tới Y đều có thời điểm và thời điểm sớm nhất nằm trong hoặc sau năm đầu \
        của giai đoạn triển khai Y, X không cần Y trước khi Y được triển khai và không có phát hiện \
        (hệ thống chỉ kết nối kho dữ liệu khi kho đã được xây dựng). Phần tử `dependsOn` không có \
        thời điểm có cùng lúc với X.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="planned">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="data-centre" type="hosting"/>
          </component>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh" status="planned"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            ↓<task action="build" component="lgsp"/>
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
          <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử" status="existing">
            <dependsOn ref="lgsp" type="integration"/>
            <dependsOn ref="lgsp" type="data"/>
            <dependsOn ref="sso" type="identity"/>
          </component>
          <component id="lgsp" kind="lgsp" name="LGSP" status="planned"/>
          <component id="sso" kind="sso" name="Xác thực tập trung" status="planned"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            ↓↓<task action="integrate" component="one-stop"/>
          </phase>
          <phase number="2" start="2020">
            <task action="build" component="lgsp"/>
          </phase>
          <phase number="3" start="2022">
            <task action="build" component="sso"/>
          </phase>
        </roadmap>
        """),
      Example(
        """
        <components>
          <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned">
            <dependsOn ref="data-warehouse" type="data" from="2019"/>
            <dependsOn ref="data-warehouse" type="integration" from="2021"/>
          </component>
          <component id="data-warehouse" kind="shared-data-warehouse" name="Kho dữ liệu dùng chung" status="planned"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            ↓<task action="build" component="reporting"/>
          </phase>
          <phase number="2" start="2020">
            <task action="build" component="data-warehouse"/>
          </phase>
        </roadmap>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="planned">
            <dependsOn ref="data-centre" type="hosting"/>
            <dependsOn ref="cloud" type="hosting"/>
          </component>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh" status="planned"/>
          <component id="cloud" kind="cloud" name="Hạ tầng thuê" status="existing"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            <task action="build" component="data-centre"/>
            <task action="build" component="lgsp"/>
            <task action="upgrade" component="cloud"/>
          </phase>
          <phase number="2" start="2020">
            <task action="upgrade" component="data-centre"/>
          </phase>
          <phase number="3" start="2022"/>
        </roadmap>
        """),
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="planned">
            <dependsOn ref="data-centre" type="hosting"/>
          </component>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh" status="planned"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            <task action="build" component="lgsp" status="cancelled"/>
            <task action="operate" component="lgsp"/>
          </phase>
          <phase number="2" start="2020">
            <task action="build" component="data-centre"/>
            <task action="build" component="lgsp"/>
          </phase>
          <phase number="3" start="2022"/>
        </roadmap>
        """),
      Example(
        """
        <components>
          <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned">
            <dependsOn ref="data-warehouse" type="data" from="2020"/>
            <dependsOn ref="data-warehouse" type="integration" from="2021-03-31"/>
          </component>
          <component id="data-warehouse" kind="shared-data-warehouse" name="Kho dữ liệu dùng chung" status="planned"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            <task action="build" component="reporting"/>
          </phase>
          <phase number="2" start="2020">
            <task action="build" component="data-warehouse"/>
          </phase>
        </roadmap>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    let schedule = context.schedule
    let deliveries = context.firstDeliveryByComponent
    var violations: [RuleViolation] = []
    DeliveredDependency.forEachPending(in: context, where: { deliveries[$0] > $1 }) { pending in
      let later = schedule.phases[Int(deliveries[pending.targetIndex])]
      // A link dated in or after the dependency's phase comes with the dependency, not before it.
      if let from = pending.from, from.year >= later.phase.start { return }
      violations.append(
        RuleViolation(
          message: .deliveredBefore(pending, later: later), position: pending.task.position,
          component: pending.component.id, related: [pending.target.id], key: pending.key(in: context)))
    }
    return violations
  }
}

extension LocalizedText {
  fileprivate static func deliveredBefore(_ pending: DeliveredDependency, later: RoadmapSchedule.ScheduledPhase)
    -> Self
  {
    let phase = RoadmapWording.phase(pending.phase)
    let laterPhase = RoadmapWording.phase(later)
    let need: LocalizedText
    switch pending.type {
    case .hosting: need = LocalizedText(en: "interim hosting is needed", vi: "cần giải pháp lưu trữ tạm thời")
    case .integration, .data:
      need = LocalizedText(en: "interim integration is needed", vi: "cần giải pháp tích hợp tạm thời")
    default: need = LocalizedText(en: "an interim arrangement is needed", vi: "cần giải pháp tạm thời")
    }
    let (source, target) = (pending.component.term, pending.target.term)
    return LocalizedText(
      en:
        "component \(source.english) is delivered in \(phase.english) but depends on \(target.english), delivered only in \(laterPhase.english): \(need.english)",
      vi:
        "thành phần \(source.vietnamese) được triển khai ở \(phase.vietnamese) nhưng phụ thuộc vào \(target.vietnamese), chỉ được triển khai ở \(laterPhase.vietnamese): \(need.vietnamese)"
    )
  }
}
