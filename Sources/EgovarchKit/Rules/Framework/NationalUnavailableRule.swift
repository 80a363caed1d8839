/// `framework/national-unavailable`: a component relies on a national system before that
/// system was available to provinces.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct NationalUnavailableRule: Rule {
  public static let description = RuleDescription(
    id: "framework/national-unavailable", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "a component relies on a national system before that system is available",
      vi: "thành phần dựa vào một hệ thống quốc gia trước khi hệ thống đó đi vào hoạt động"),
    rationale: LocalizedText(
      en:
        "a connection cannot be delivered, nor exist, before the national system it connects to: the phase will slip or the recorded status is wrong",
      vi:
        "không thể hoàn thành hay đã có kết nối tới một hệ thống quốc gia chưa hoạt động: giai đoạn sẽ bị chậm hoặc trạng thái ghi nhận không đúng"
    ),
    details: LocalizedText(
      en: """
        The catalogue gives each national system the year it became available (`available`). For each \
        `dependsOn ref="national:K"` of a component `c` (document order), when `K` has such a year `A`:

        - if the roadmap delivers `c` (its first non-cancelled build, upgrade or integrate task is in \
        phase `p`) and `A` is after `p`'s last year (its start year when the phase has no end), one \
        finding at the `dependsOn`;
        - otherwise, if `c` is recorded as `existing` and `A` is after the year of the validation date \
        (`--as-of`, the model's `asOf`, else today), one finding at the `dependsOn`.

        At most one finding per `dependsOn`; components neither delivered by the roadmap nor existing \
        are not checked. A `dependsOn` dated (`from`, format 1.1) in or after the year `A` is not \
        reported: the link itself comes only once the national system exists, whatever its component's \
        delivery or status (an LGSP built in phase 1 that connects to the national payment platform \
        from the year it opens).
        """,
      vi: """
        Danh mục ghi năm mỗi hệ thống quốc gia bắt đầu có (`available`). Với mỗi `dependsOn \
        ref="national:K"` của thành phần `c` (theo thứ tự trong tài liệu), khi `K` có năm `A` như vậy:

        - nếu lộ trình triển khai `c` (nhiệm vụ xây dựng, nâng cấp hoặc tích hợp đầu tiên không bị hủy \
        nằm ở giai đoạn `p`) và `A` sau năm cuối của `p` (năm bắt đầu nếu giai đoạn không có năm kết \
        thúc), một phát hiện tại phần tử `dependsOn`;
        - nếu không, khi `c` được ghi nhận là đã có (`existing`) và `A` sau năm của ngày đánh giá \
        (`--as-of`, thuộc tính `asOf` của mô hình, nếu không có thì ngày hiện tại), một phát hiện tại \
        phần tử `dependsOn`.

        Mỗi phần tử `dependsOn` cho tối đa một phát hiện; thành phần không được lộ trình triển khai và \
        cũng chưa có thì không được kiểm tra. Phần tử `dependsOn` có thời điểm (`from`, định dạng 1.1) \
        trong hoặc sau năm `A` không bị báo: bản thân liên kết chỉ có khi hệ thống quốc gia đã có, dù \
        thành phần của nó được triển khai khi nào hay ở trạng thái nào (LGSP xây dựng ở giai đoạn 1, \
        kết nối nền tảng thanh toán quốc gia từ năm nền tảng này hoạt động).
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
            ↓<dependsOn ref="national:national-payment-platform" type="integration"/>
          </component>
          <component id="data-warehouse" kind="shared-data-warehouse" name="Kho dữ liệu dùng chung">
            <dependsOn ref="lgsp" type="integration"/>
            ↓<dependsOn ref="national:national-data-centre" type="hosting"/>
          </component>
        </components>
        <roadmap>
          <phase number="1" start="2017" end="2019">
            <task action="build" component="lgsp"/>
          </phase>
          <phase number="2" start="2022">
            <task action="build" component="data-warehouse"/>
          </phase>
        </roadmap>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0" asOf="2019-08-31">
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP" status="existing">
              <dependsOn ref="national:ngsp" type="integration"/>
            </component>
            <component id="reporting" kind="reporting-system" name="Hệ thống thông tin báo cáo tỉnh" status="existing">
              <dependsOn ref="lgsp" type="integration"/>
              ↓<dependsOn ref="national:government-reporting-system" type="integration"/>
            </component>
          </components>
        </architecture>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="existing">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="national:national-population-db" type="data"/>
          </component>
          <component id="e-payment" kind="e-payment" name="Thanh toán trực tuyến">
            <dependsOn ref="lgsp" type="integration"/>
            <dependsOn ref="national:national-payment-platform" type="integration"/>
          </component>
          <component id="data-warehouse" kind="shared-data-warehouse" name="Kho dữ liệu dùng chung">
            <dependsOn ref="lgsp" type="integration"/>
            <dependsOn ref="national:national-data-centre" type="hosting"/>
          </component>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            <task action="build" component="e-payment" status="cancelled"/>
          </phase>
          <phase number="2" start="2020">
            <task action="build" component="e-payment"/>
            <task action="operate" component="data-warehouse"/>
          </phase>
        </roadmap>
        """),
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="existing">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="national:national-payment-platform" type="integration" status="planned" from="2020"/>
            <dependsOn ref="national:national-data-centre" type="hosting" status="planned" from="2025-07-01"/>
          </component>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2017" end="2019">
            <task action="build" component="lgsp" status="done"/>
          </phase>
          <phase number="2" start="2020">
            <task action="integrate" component="lgsp"/>
          </phase>
        </roadmap>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let framework = context.framework else { return [] }
    let phases = context.schedule.phases
    let deliveries = context.firstDeliveryByComponent
    var violations: [RuleViolation] = []
    let components = context.graph.components
    for index in components.indices {
      guard deliveries[index] >= 0 || components[index].status == .existing,
        components[index].dependencies.contains(where: \.reference.isNational)
      else { continue }
      let component = components[index]
      for dependency in component.dependencies {
        guard case .national(let id) = dependency.reference,
          let available = framework.nationalSystem(id)?.available,
          (dependency.from?.year).map({ $0 < available }) ?? true
        else { continue }
        let delivery = deliveries[index] < 0 ? nil : phases[Int(deliveries[index])]
        let reference = dependency.reference.description
        let system = context.term(of: dependency.reference)
        let message: LocalizedText
        if let delivery, available > delivery.endYear ?? delivery.phase.start {
          message = .deliveredEarly(
            component.term, phase: delivery.phase.number, years: delivery.yearRange, system: system,
            available: available)
        } else if component.status == .existing, available > context.asOf.year {
          message = .existsEarly(component.term, asOf: context.asOf, system: system, available: available)
        } else {
          continue
        }
        violations.append(
          RuleViolation(
            message: message, position: dependency.position, component: component.id, related: [reference]))
      }
    }
    return violations
  }
}

extension LocalizedText {
  fileprivate static func deliveredEarly(
    _ component: LocalizedText, phase: Int, years: String, system: LocalizedText, available: Int
  ) -> Self {
    let (period, start) = (Vocabulary.phase(phase, years: years), Vocabulary.from(year: available))
    return LocalizedText(
      en:
        "component \(component.english) is delivered in \(period.english) but relies on \(system.english), available only \(start.english)",
      vi:
        "thành phần \(component.vietnamese) được triển khai ở \(period.vietnamese) nhưng dựa vào \(system.vietnamese), hệ thống chỉ có \(start.vietnamese)"
    )
  }

  fileprivate static func existsEarly(
    _ component: LocalizedText, asOf: CalendarDate, system: LocalizedText, available: Int
  )
    -> Self
  {
    let (existing, date) = (ComponentStatus.existing.term, Vocabulary.on(asOf))
    let start = Vocabulary.from(year: available)
    return LocalizedText(
      en:
        "component \(component.english) is recorded as \(existing.english) \(date.english) but relies on \(system.english), available only \(start.english)",
      vi:
        "thành phần \(component.vietnamese) được ghi nhận là \(existing.vietnamese) \(date.vietnamese) nhưng dựa vào \(system.vietnamese), hệ thống chỉ có \(start.vietnamese)"
    )
  }
}
