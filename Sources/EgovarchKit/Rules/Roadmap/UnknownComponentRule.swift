/// `roadmap/unknown-component`: a roadmap task names a component the model does not declare.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct UnknownComponentRule: Rule {
  public static let description = RuleDescription(
    id: "roadmap/unknown-component", defaultSeverity: .error,
    summary: LocalizedText(
      en: "a roadmap task names a component that is not in the model",
      vi: "nhiệm vụ trong lộ trình chỉ tới thành phần không có trong mô hình"),
    rationale: LocalizedText(
      en: "the task delivers nothing the architecture knows of: the component is missing or misspelt",
      vi: "nhiệm vụ không gắn với thành phần nào của kiến trúc: thành phần bị thiếu hoặc viết sai"),
    details: LocalizedText(
      en: """
        Each roadmap task whose `component` names no component of the model is reported at the task, \
        with the nearest existing id as a hint when there is one. A `component` that starts with \
        `national:` gets its own message: a task delivers one of the province's own components, not a \
        national system. Tasks without `component` (training, policy) are not checked.
        """,
      vi: """
        Mỗi nhiệm vụ của lộ trình có `component` không chỉ tới thành phần nào của mô hình bị báo tại \
        nhiệm vụ, kèm gợi ý mã gần giống nhất nếu có. Thuộc tính `component` bắt đầu bằng `national:` có \
        thông báo riêng: nhiệm vụ triển khai thành phần của tỉnh, không phải hệ thống quốc gia. Nhiệm vụ \
        không có `component` (đào tạo, chính sách) không được kiểm tra.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh"/>
        </components>
        <roadmap>
          <phase number="1" start="2020">
            ↓<task action="build" component="data-center"/>
          </phase>
        </roadmap>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh"/>
        </components>
        <roadmap>
          <phase number="1" start="2020">
            <task action="build" component="data-centre"/>
            <task action="train">Đào tạo kiến trúc</task>
          </phase>
        </roadmap>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let roadmap = context.architecture.roadmap else { return [] }
    let taskComponents = context.taskComponents
    var violations: [RuleViolation] = []
    for (phaseIndex, phase) in zip(0..., roadmap.phases) {
      for (offset, task) in zip(0..., phase.tasks) {
        guard let id = task.component, taskComponents[phaseIndex][offset] < 0 else { continue }
        if id.hasPrefix(ComponentReference.nationalPrefix) {
          violations.append(
            RuleViolation(
              message: .nationalTask(
                phase: phase.number,
                system: context.term(
                  of: .national(String(id.dropFirst(ComponentReference.nationalPrefix.count))))),
              position: task.position,
              related: [id], key: context.taskKey(phase: phaseIndex, task: offset)))
        } else {
          let suggestion = context.componentSuggester.suggestion(for: id)
          violations.append(
            RuleViolation(
              message: .unknownTask(phase: phase.number, id: id, suggestion: suggestion),
              position: task.position, related: [id] + (suggestion.map { [$0] } ?? []),
              key: context.taskKey(phase: phaseIndex, task: offset)))
        }
      }
    }
    return violations
  }
}

extension LocalizedText {
  fileprivate static func unknownTask(phase: Int, id: String, suggestion: String?) -> Self {
    let (hint, period) = (didYouMean(suggestion), Vocabulary.phase(phase))
    return LocalizedText(
      en: "task of \(period.english) names '\(id)', which is not a component of this model" + hint.english,
      vi:
        "nhiệm vụ của \(period.vietnamese) gắn với thành phần '\(id)' nhưng mô hình này không có thành phần nào mang mã đó"
        + hint.vietnamese)
  }

  fileprivate static func nationalTask(phase: Int, system: LocalizedText) -> Self {
    let period = Vocabulary.phase(phase)
    return LocalizedText(
      en:
        "task of \(period.english) names the national system \(system.english); a roadmap task delivers one of the province's own components",
      vi:
        "nhiệm vụ của \(period.vietnamese) chỉ tới hệ thống quốc gia \(system.vietnamese); nhiệm vụ lộ trình phải gắn với thành phần của tỉnh"
    )
  }
}
