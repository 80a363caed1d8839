/// `model/duplicate-id`: two components (or two indicators, or two tasks) share an id.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct DuplicateIDRule: Rule {
  public static let description = RuleDescription(
    id: "model/duplicate-id", defaultSeverity: .error,
    summary: LocalizedText(
      en: "an id is declared more than once",
      vi: "một mã định danh được khai báo nhiều lần"),
    rationale: LocalizedText(
      en: "references resolve to the first declaration only; the duplicate is usually a copy-paste slip",
      vi: "tham chiếu chỉ trỏ tới khai báo đầu tiên; bản trùng thường do sao chép nhầm"),
    details: LocalizedText(
      en: """
        Ids are compared within each of three lists: components, indicators and roadmap tasks (a \
        component and an indicator may share an id). Every declaration after the first with the same \
        non-empty id is reported at that declaration, naming the line of the first; references to the id \
        resolve to the first one. The rule also runs on a model that breaks the schema.
        """,
      vi: """
        Mã được so sánh trong từng danh sách: thành phần, chỉ tiêu và nhiệm vụ của lộ trình (một thành \
        phần và một chỉ tiêu có thể trùng mã). Mọi khai báo có cùng mã (khác rỗng) sau khai báo đầu tiên \
        đều bị báo tại chính khai báo đó, kèm số dòng của khai báo đầu tiên; tham chiếu tới mã này trỏ \
        tới khai báo đầu tiên. Quy tắc này vẫn chạy trên mô hình sai lược đồ.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP"/>
          ↓<component id="lgsp" kind="lgsp" name="LGSP (bản sao)"/>
        </components>
        """),
      Example(
        """
        <components/>
        <indicators>
          <indicator id="dvc4" target="30"/>
          ↓<indicator id="dvc4" target="50"/>
        </indicators>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP"/>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu"/>
        </components>
        <indicators><indicator id="lgsp" target="1" unit="boolean"/></indicators>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    let model = context.architecture
    var violations: [RuleViolation] = []
    // The key is what the id names (`component`, `indicator`, `task`), not the line of the first.
    func report(_ id: String, at position: SourcePosition, kind: LocalizedText, firstLine: Int) {
      violations.append(
        RuleViolation(
          message: .duplicateID(id, kind: kind, firstLine: firstLine), position: position, component: id,
          related: [id], key: kind.english))
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
    let component = Vocabulary.term("component", in: Vocabulary.nouns)
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
    scan(tasks, kind: Vocabulary.term("task", in: Vocabulary.nouns))
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
