/// `model/duplicate-id`: two components (or two indicators, or two tasks) share an id.
///
/// Fires on every declaration after the first; references to the id then resolve to the
/// first one, which is rarely what the author meant.
public struct DuplicateIDRule: Rule {
  public static let description = RuleDescription(
    id: "model/duplicate-id", defaultSeverity: .error,
    summary: LocalizedText(
      en: "an id is declared more than once",
      vi: "một mã định danh được khai báo nhiều lần"),
    rationale: LocalizedText(
      en: "references resolve to the first declaration only; the duplicate is usually a copy-paste slip",
      vi: "tham chiếu chỉ trỏ tới khai báo đầu tiên; bản trùng thường do sao chép nhầm"),
    triggeringExamples: [
      """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP"/>
        ↓<component id="lgsp" kind="lgsp" name="LGSP (bản sao)"/>
      </components>
      """,
      """
      <components/>
      <indicators>
        <indicator id="dvc4" target="30"/>
        ↓<indicator id="dvc4" target="50"/>
      </indicators>
      """,
    ],
    nonTriggeringExamples: [
      """
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP"/>
        <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu"/>
      </components>
      <indicators><indicator id="lgsp" target="1" unit="boolean"/></indicators>
      """
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    let model = context.architecture
    var violations: [RuleViolation] = []
    func report(_ id: String, at position: SourcePosition, kind: LocalizedText, firstLine: Int) {
      violations.append(
        RuleViolation(
          message: .duplicateID(id, kind: kind, firstLine: firstLine), position: position, component: id,
          related: [id]))
    }
    func scan(_ items: [(id: String, position: SourcePosition)], kind: LocalizedText) {
      var first: [String: SourcePosition] = [:]
      for item in items where !item.id.isEmpty {
        if let original = first[item.id] {
          report(item.id, at: item.position, kind: kind, firstLine: original.line)
        } else {
          first[item.id] = item.position
        }
      }
    }
    // Components: the graph already knows the first component declared with each id.
    let graph = context.graph
    let component = LocalizedText(en: "component", vi: "thành phần")
    for (index, first) in graph.duplicates.sorted(by: { $0.key < $1.key }) where !graph.components[index].id.isEmpty {
      report(
        graph.components[index].id, at: graph.components[index].position, kind: component,
        firstLine: graph.components[first].position.line)
    }
    scan(model.indicators.map { ($0.id, $0.position) }, kind: LocalizedText(en: "indicator", vi: "chỉ tiêu"))
    var tasks: [(id: String, position: SourcePosition)] = []
    for phase in model.roadmap?.phases ?? [] {
      for task in phase.tasks {
        if let id = task.id { tasks.append((id, task.position)) }
      }
    }
    scan(tasks, kind: LocalizedText(en: "task", vi: "nhiệm vụ"))
    return violations
  }
}

extension LocalizedText {
  fileprivate static func duplicateID(_ id: String, kind: LocalizedText, firstLine: Int) -> Self {
    LocalizedText(
      en: "\(kind.english) id '\(id)' is already declared at line \(firstLine)",
      vi: "mã \(kind.vietnamese) '\(id)' đã được khai báo ở dòng \(firstLine)")
  }
}
