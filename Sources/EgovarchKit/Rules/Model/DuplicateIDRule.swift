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
    func scan(_ items: [(id: String, position: SourcePosition)], kind: LocalizedText) {
      var first: [String: SourcePosition] = [:]
      for item in items where !item.id.isEmpty {
        if let original = first[item.id] {
          violations.append(
            RuleViolation(
              message: .duplicateID(item.id, kind: kind, firstLine: original.line),
              position: item.position, component: item.id, related: [item.id]))
        } else {
          first[item.id] = item.position
        }
      }
    }
    scan(model.components.map { ($0.id, $0.position) }, kind: LocalizedText(en: "component", vi: "thành phần"))
    scan(model.indicators.map { ($0.id, $0.position) }, kind: LocalizedText(en: "indicator", vi: "chỉ tiêu"))
    let tasks = (model.roadmap?.phases ?? []).flatMap(\.tasks).compactMap { task in
      task.id.map { ($0, task.position) }
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
