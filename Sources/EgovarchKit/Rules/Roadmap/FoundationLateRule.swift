/// `roadmap/foundation-late`: a foundation component (infrastructure or integration) that the
/// framework advises in the first phase is first delivered in a later one.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct FoundationLateRule: Rule {
  public static let description = RuleDescription(
    id: "roadmap/foundation-late", defaultSeverity: .note,
    summary: LocalizedText(
      en: "infrastructure or integration that the framework advises in the first phase is delivered later",
      vi:
        "hạ tầng hoặc nền tảng tích hợp mà khung kiến trúc khuyến nghị triển khai ở giai đoạn đầu lại được triển khai muộn hơn"
    ),
    rationale: LocalizedText(
      en:
        "the systems of the other phases run on this infrastructure and exchange data through this platform; delivering it late means interim arrangements for all of them",
      vi:
        "các hệ thống của những giai đoạn sau vận hành trên hạ tầng này và trao đổi dữ liệu qua nền tảng này; triển khai muộn buộc tất cả phải dùng giải pháp tạm thời"
    ),
    details: LocalizedText(
      en: """
        The foundation kinds are the framework's roadmap `early` kinds (data centre, specialised \
        network, WAN, information security, LGSP in the built-in frameworks). Each component of such a \
        kind that is not retired, not existing, and first delivered (built, upgraded or integrated by a \
        task that is not cancelled) in a phase other than the first is reported at its first delivering \
        task, with the basis of the framework's advice. Components no task delivers are left to \
        `roadmap/unscheduled`. A note: the order is advice, and provinces did host early systems on \
        rented servers.
        """,
      vi: """
        Các loại nền tảng là các loại `early` trong khuyến nghị lộ trình của khung kiến trúc (trong các \
        khung có sẵn: trung tâm dữ liệu, mạng truyền số liệu chuyên dùng, mạng diện rộng, an toàn thông \
        tin, LGSP). Mỗi thành phần thuộc các loại này, chưa ngừng sử dụng, chưa có (`existing`), và được \
        triển khai lần đầu (xây dựng, nâng cấp hoặc tích hợp bởi nhiệm vụ không bị hủy) ở giai đoạn khác \
        giai đoạn đầu bị báo tại nhiệm vụ triển khai đầu tiên của nó, kèm căn cứ của khuyến nghị. Thành \
        phần không được nhiệm vụ nào triển khai thuộc quy tắc `roadmap/unscheduled`. Đây là ghi chú: thứ \
        tự chỉ là khuyến nghị, và đã có tỉnh đặt các hệ thống đầu tiên trên máy chủ thuê.
        """),
    basis: "Official letter 1178/BTTTT-THH of 21/4/2015, section 4.2",
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh" status="planned"/>
          <component id="lgsp" kind="lgsp" name="LGSP" status="planned"/>
          <component id="eams" kind="eams" name="Hệ thống quản lý kiến trúc" status="planned"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            <task action="build" component="eams"/>
            <task action="build" component="data-centre" status="cancelled"/>
          </phase>
          <phase number="2" start="2020">
            <task action="operate" component="lgsp"/>
            ↓<task action="build" component="data-centre"/>
            <task action="upgrade" component="data-centre"/>
          </phase>
          <phase number="3" start="2022">
            ↓<task action="build" component="lgsp"/>
          </phase>
        </roadmap>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh" status="planned"/>
          <component id="network" kind="specialised-network" name="Mạng truyền số liệu chuyên dùng" status="existing"/>
          <component id="old-lgsp" kind="lgsp" name="LGSP cũ" status="retired"/>
          <component id="lgsp" kind="lgsp" name="LGSP" status="planned"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018">
            <task action="build" component="data-centre"/>
            <task action="integrate" component="lgsp"/>
          </phase>
          <phase number="2" start="2020">
            <task action="upgrade" component="network"/>
            <task action="upgrade" component="data-centre"/>
          </phase>
          <phase number="3" start="2022">
            <task action="upgrade" component="old-lgsp"/>
          </phase>
        </roadmap>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let framework = context.framework, let applied = context.applied, let expectation = applied.roadmap,
      !expectation.earlyKinds.isEmpty
    else { return [] }
    let schedule = context.schedule
    let deliveries = context.firstDeliveryByComponent
    let components = context.graph.components
    // A set: a framework file may list any number of early kinds. Only those kinds: a kind that
    // satisfies one (a cloud for the data centre) is an alternative, which the ordering advice
    // does not name.
    let earlyKinds = Set(expectation.earlyKinds)
    let late = components.indices.filter { index in
      components[index].status != .retired && components[index].status != .existing && deliveries[index] > 0
        && earlyKinds.contains(components[index].kind)
    }
    guard !late.isEmpty else { return [] }
    // The first delivering task of each late component is in its first delivery phase; find
    // them all in one pass over the roadmap.
    let lateIDs = Set(late.map { components[$0].id })
    var firstTask: [String: RoadmapTask] = [:]
    for phase in schedule.phases {
      for task in phase.phase.tasks where task.status != .cancelled && task.action.delivers {
        guard let id = task.component, lateIDs.contains(id), firstTask[id] == nil else { continue }
        firstTask[id] = task
      }
    }
    var violations: [RuleViolation] = []
    for componentIndex in late {
      let component = components[componentIndex]
      let index = Int(deliveries[componentIndex])
      guard let task = firstTask[component.id] else { continue }
      violations.append(
        RuleViolation(
          message: .withBasis(
            .foundationLate(framework.componentTerm(component), phase: schedule.phases[index]), expectation.basis),
          position: task.position, component: component.id, severity: expectation.severity))
    }
    return violations
  }
}

extension LocalizedText {
  fileprivate static func foundationLate(_ component: LocalizedText, phase: RoadmapSchedule.ScheduledPhase)
    -> Self
  {
    let period = RoadmapWording.phase(phase)
    return LocalizedText(
      en:
        "component \(component.english) is infrastructure or integration that the framework advises in the first phase, but it is delivered in \(period.english)",
      vi:
        "thành phần \(component.vietnamese) là hạ tầng hoặc nền tảng tích hợp mà khung kiến trúc khuyến nghị triển khai ở giai đoạn đầu, nhưng được triển khai ở \(period.vietnamese)"
    )
  }
}
