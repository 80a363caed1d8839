/// `kpi/unsupported`: an indicator depends on a component the roadmap delivers too late, or never.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct UnsupportedTargetRule: Rule {
  public static let description = RuleDescription(
    id: "kpi/unsupported", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "an indicator depends on a component that the roadmap delivers after its deadline, or never",
      vi: "chỉ tiêu phụ thuộc vào thành phần mà lộ trình triển khai sau thời hạn của chỉ tiêu, hoặc không triển khai"),
    rationale: LocalizedText(
      en:
        "a target cannot be met on time when the system it relies on arrives later: either the roadmap or the target has to move",
      vi:
        "chỉ tiêu không thể đạt đúng hạn khi hệ thống mà nó dựa vào được triển khai muộn hơn: cần điều chỉnh lộ trình hoặc chỉ tiêu"
    ),
    details: LocalizedText(
      en: """
        Checks every indicator with both a `component` and a `deadline`. The component must be in the \
        model (an unknown id is `model/unresolved-reference`'s business) and not `existing`. The target \
        is unsupported when no phase delivers the component (no `build`, `upgrade` or `integrate` task \
        that is not cancelled), or when the first phase that delivers it ends after the deadline: its \
        last day, 31 December of its end year (`end`, else the year before the next phase, else the \
        roadmap's `until`; its start year when none of these is known), is after the deadline. Something \
        due on D is met when done on D and late from D + 1, so a phase ending on the deadline day \
        supports the indicator, and one ending 31 December supports no deadline earlier in that year. The \
        finding points at the `indicator` element; its component is the indicator's component and its \
        related id the indicator's id. It does not depend on the validation date. A model without a \
        `roadmap` is not checked: leaving the roadmap out is a choice, as for `roadmap/unscheduled`.
        """,
      vi: """
        Kiểm tra mọi chỉ tiêu có cả `component` và `deadline`. Thành phần phải có trong mô hình (mã \
        không tồn tại thuộc quy tắc `model/unresolved-reference`) và chưa có (`existing`). Chỉ tiêu \
        không được hỗ trợ khi không giai đoạn nào triển khai thành phần (không có nhiệm vụ `build`, \
        `upgrade` hay `integrate` nào không bị hủy), hoặc khi giai đoạn đầu tiên triển khai nó kết thúc \
        sau thời hạn: ngày cuối của giai đoạn, 31 tháng 12 của năm kết thúc (`end`, nếu không có thì năm \
        trước khi giai đoạn sau bắt đầu, nếu không có thì `until` của lộ trình; năm bắt đầu khi không \
        biết các năm này), sau thời hạn. Việc có hạn vào ngày D là đúng hạn khi hoàn thành trong ngày D \
        và trễ hạn từ ngày D + 1, nên giai đoạn kết thúc đúng ngày đến hạn vẫn hỗ trợ chỉ tiêu, còn giai \
        đoạn kết thúc ngày 31 tháng 12 không hỗ trợ thời hạn nào sớm hơn trong năm đó. Phát hiện chỉ tới \
        phần tử `indicator`; thành phần của phát hiện là thành phần của chỉ tiêu, mã liên quan là mã của \
        chỉ tiêu. Kết quả không phụ thuộc ngày đánh giá. Mô hình không có `roadmap` không bị kiểm tra: \
        không đưa lộ trình vào là một lựa chọn, như với quy tắc `roadmap/unscheduled`.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="reporting-system" kind="reporting-system" name="Hệ thống thông tin báo cáo" status="planned"/>
          <component id="open-data" kind="open-data-portal" name="Cổng dữ liệu mở" status="in-progress"/>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử" status="in-progress"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            <task action="build" component="one-stop"/>
          </phase>
          <phase number="2" start="2020" end="2021">
            <task action="build" component="reporting-system"/>
            <task action="operate" component="open-data"/>
          </phase>
        </roadmap>
        <indicators>
          ↓<indicator id="reporting-connected" unit="boolean" target="true" deadline="2020-12-31"
                     component="reporting-system"/>
          ↓<indicator id="open-datasets" unit="count" target="50" deadline="2021-12-31" component="open-data"/>
          <indicator id="one-stop-dossiers" unit="percent" target="100" deadline="2020-12-31" component="one-stop"/>
          ↓<indicator id="reporting-mid-year" unit="boolean" target="true" deadline="2021-06-30"
                     component="reporting-system"/>
        </indicators>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="portal" kind="web-portal" name="Cổng thông tin" status="existing"/>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử" status="planned"/>
          <component id="eoffice" kind="eoffice" name="Quản lý văn bản" status="planned"/>
          <component id="open-data" kind="open-data-portal" name="Cổng dữ liệu mở" status="planned"/>
        </components>
        <roadmap>
          <phase number="1" start="2019" end="2020">
            <task action="build" component="one-stop"/>
          </phase>
          <phase number="2" start="2021">
            <task action="build" component="eoffice"/>
          </phase>
        </roadmap>
        <indicators>
          <indicator id="websites" unit="percent" target="100" deadline="2018-12-31" component="portal"/>
          <indicator id="one-stop-dossiers" unit="percent" target="100" deadline="2020-12-31" component="one-stop"/>
          <indicator id="e-documents" unit="percent" target="90" deadline="2021-12-31" component="eoffice"/>
          <indicator id="open-datasets" unit="count" target="50" component="open-data"/>
          <indicator id="no-such" unit="percent" target="50" deadline="2020-12-31"/>
        </indicators>
        """),
      Example(
        """
        <!-- no roadmap: nothing is scheduled, so nothing is late -->
        <components>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử" status="planned"/>
        </components>
        <indicators>
          <indicator id="one-stop-dossiers" unit="percent" target="100" deadline="2020-12-31" component="one-stop"/>
        </indicators>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    let model = context.architecture
    // Without a roadmap nothing is scheduled, so nothing is late: leaving it out is a choice
    // (`roadmap/unscheduled` does not report either).
    guard model.roadmap != nil else { return [] }
    let deliveries = context.firstDeliveryByComponent
    var violations: [RuleViolation] = []
    for indicator in model.indicators {
      guard let id = indicator.component, let deadline = indicator.deadline,
        let index = context.graph.indexByID[id], model.components[index].status != .existing
      else { continue }
      let message: LocalizedText
      let delivery = Int(deliveries[index])
      if delivery >= 0 {
        let phase = context.schedule.phases[delivery]
        guard let end = CalendarDate.endOfYear(phase.endYear ?? phase.phase.start), end.isPast(deadline: deadline)
        else { continue }
        message = .deliveredLate(
          indicator.id, deadline: deadline, component: context.term(ofComponent: id), phase: phase)
      } else {
        message = .neverDelivered(indicator.id, deadline: deadline, component: context.term(ofComponent: id))
      }
      violations.append(
        RuleViolation(
          message: message, position: indicator.position, component: id, related: [indicator.id], key: indicator.id))
    }
    return violations
  }
}

extension LocalizedText {
  fileprivate static func deliveredLate(
    _ indicator: String, deadline: CalendarDate, component: LocalizedText, phase: RoadmapSchedule.ScheduledPhase
  ) -> Self {
    let (due, period) = (Vocabulary.by(deadline), RoadmapWording.phase(phase))
    return LocalizedText(
      en:
        "indicator '\(indicator)' is due \(due.english) but its component \(component.english) is only delivered in \(period.english)",
      vi:
        "chỉ tiêu '\(indicator)' phải đạt \(due.vietnamese) nhưng thành phần \(component.vietnamese) đến \(period.vietnamese) mới được triển khai"
    )
  }

  fileprivate static func neverDelivered(_ indicator: String, deadline: CalendarDate, component: LocalizedText) -> Self
  {
    let due = Vocabulary.by(deadline)
    return LocalizedText(
      en:
        "indicator '\(indicator)' is due \(due.english) but its component \(component.english) is never delivered by the roadmap",
      vi:
        "chỉ tiêu '\(indicator)' phải đạt \(due.vietnamese) nhưng thành phần \(component.vietnamese) không được triển khai trong lộ trình"
    )
  }
}
