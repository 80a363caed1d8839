/// `roadmap/status-conflict`: a component's status contradicts the roadmap tasks that deliver it.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct StatusConflictRule: Rule {
  public static let description = RuleDescription(
    id: "roadmap/status-conflict", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "a component's status contradicts the roadmap tasks that deliver it",
      vi: "trạng thái của thành phần mâu thuẫn với các nhiệm vụ lộ trình triển khai nó"),
    rationale: LocalizedText(
      en:
        "statuses and tasks are updated at different times; when they disagree, the progress reported to the steering committee is wrong in one of the two places",
      vi:
        "trạng thái thành phần và nhiệm vụ được cập nhật vào những thời điểm khác nhau; khi chúng mâu thuẫn, tiến độ báo cáo Ban Chỉ đạo bị sai ở một trong hai chỗ"
    ),
    details: LocalizedText(
      en: """
        Cancelled tasks are ignored. Three contradictions are reported:

        - a component recorded as existing whose build tasks are none of them done and all in phases \
        that start after the validation year: at the component (it is only built later);
        - otherwise, each build task that is not started or in progress on an existing component: at the \
        task (a done build of an existing component is consistent, and upgrading or integrating an \
        existing component is what those actions are for);
        - a done task that builds, upgrades or integrates a component still recorded as planned: at the \
        task.
        """,
      vi: """
        Nhiệm vụ đã hủy không được xét. Ba trường hợp mâu thuẫn bị báo:

        - thành phần được ghi là đã có (`existing`) mà không nhiệm vụ xây dựng nào của nó đã hoàn thành \
        và tất cả đều thuộc các giai đoạn bắt đầu sau năm đánh giá: báo tại thành phần (nó chỉ được xây \
        dựng sau này);
        - nếu không, mỗi nhiệm vụ xây dựng chưa bắt đầu hoặc đang thực hiện đối với thành phần đã có: \
        báo tại nhiệm vụ (nhiệm vụ xây dựng đã hoàn thành của thành phần đã có là nhất quán, còn nâng \
        cấp hay tích hợp thành phần đã có chính là mục đích của các hành động đó);
        - nhiệm vụ đã hoàn thành xây dựng, nâng cấp hoặc tích hợp một thành phần vẫn ở trạng thái dự \
        kiến (`planned`): báo tại nhiệm vụ.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="portal" kind="web-portal" name="Cổng thông tin điện tử" status="existing"/>
          <component id="lgsp" kind="lgsp" name="LGSP" status="planned"/>
          ↓<component id="email" kind="email" name="Thư điện tử công vụ" status="existing"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2019">
            ↓<task action="build" component="portal" status="in-progress"/>
            ↓<task action="integrate" component="lgsp" status="done"/>
          </phase>
          <phase number="2" start="2021"/>
          <phase number="3" start="2022">
            <task action="build" component="email"/>
          </phase>
        </roadmap>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="portal" kind="web-portal" name="Cổng thông tin điện tử" status="existing"/>
          <component id="lgsp" kind="lgsp" name="LGSP" status="in-progress"/>
          <component id="email" kind="email" name="Thư điện tử công vụ" status="existing"/>
          <component id="eoffice" kind="eoffice" name="Quản lý văn bản" status="existing"/>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu" status="planned"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2019">
            <task action="build" component="portal" status="done"/>
            <task action="build" component="lgsp" status="done"/>
            <task action="build" component="eoffice" status="cancelled"/>
            <task action="operate" component="data-centre" status="done"/>
          </phase>
          <phase number="2" start="2021">
            <task action="build" component="data-centre" status="in-progress"/>
          </phase>
          <phase number="3" start="2022">
            <task action="upgrade" component="email"/>
            <task action="upgrade" component="portal"/>
          </phase>
        </roadmap>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    let phases = context.schedule.phases
    let graph = context.graph
    // One pass over the tasks: for each component (by the index of the first one declared with
    // its id), the phase of its first build task and whether every build task is not done and
    // in a phase that starts after the as-of year.
    let taskComponents = context.taskComponents
    var firstBuildPhase = [Int](repeating: -1, count: graph.components.count)
    var buildsAllLater = [Bool](repeating: true, count: graph.components.count)
    for phase in phases {
      let later = phase.phase.start > context.asOf.year
      for (offset, task) in zip(0..., phase.phase.tasks) where task.status != .cancelled && task.action == .build {
        let index = Int(taskComponents[phase.index][offset])
        guard index >= 0 else { continue }
        if firstBuildPhase[index] < 0 { firstBuildPhase[index] = phase.index }
        if task.status == .done || !later { buildsAllLater[index] = false }
      }
    }
    var violations: [RuleViolation] = []
    var builtOnlyLater = [Bool](repeating: false, count: graph.components.count)
    for component in context.architecture.components where component.status == .existing {
      guard let index = graph.indexByID[component.id], firstBuildPhase[index] >= 0, buildsAllLater[index]
      else { continue }
      builtOnlyLater[index] = true
      violations.append(
        RuleViolation(
          message: .builtOnlyLater(component.term, phase: phases[firstBuildPhase[index]]),
          position: component.position, component: component.id))
    }
    for phase in phases {
      for (offset, task) in zip(0..., phase.phase.tasks) where task.status != .cancelled {
        let index = Int(taskComponents[phase.index][offset])
        guard index >= 0, let id = task.component else { continue }
        let status = graph.components[index].status
        if task.action == .build, task.status == .notStarted || task.status == .inProgress,
          status == .existing, !builtOnlyLater[index]
        {
          violations.append(
            RuleViolation(
              message: .buildingExisting(graph.components[index].term), position: task.position, component: id,
              key: context.taskKey(phase: phase.index, task: offset)))
        }
        if task.status == .done, task.action.delivers, status == .planned {
          violations.append(
            RuleViolation(
              message: .doneButPlanned(graph.components[index].term), position: task.position, component: id,
              key: context.taskKey(phase: phase.index, task: offset)))
        }
      }
    }
    return violations
  }
}

extension LocalizedText {
  fileprivate static func builtOnlyLater(_ component: LocalizedText, phase: RoadmapSchedule.ScheduledPhase) -> Self {
    let (period, existing) = (RoadmapWording.phase(phase), ComponentStatus.existing.term)
    return LocalizedText(
      en: "component \(component.english) is recorded as \(existing.english) but is only built in \(period.english)",
      vi:
        "thành phần \(component.vietnamese) được ghi là \(existing.vietnamese) (existing) nhưng chỉ được xây dựng ở \(period.vietnamese)"
    )
  }

  fileprivate static func buildingExisting(_ component: LocalizedText) -> Self {
    let (build, existing) = (TaskAction.build.term, ComponentStatus.existing.term)
    return LocalizedText(
      en: "building \(component.english), which is already \(existing.english)",
      vi: "\(build.vietnamese) \(component.vietnamese) trong khi thành phần này \(existing.vietnamese) (existing)")
  }

  fileprivate static func doneButPlanned(_ component: LocalizedText) -> Self {
    let (done, planned) = (TaskStatus.done.term, ComponentStatus.planned.term)
    return LocalizedText(
      en: "task is \(done.english) but \(component.english) is still \(planned.english)",
      vi: "nhiệm vụ \(done.vietnamese) nhưng \(component.vietnamese) vẫn ở trạng thái \(planned.vietnamese) (planned)")
  }
}
