/// `graph/self-dependency`: a component lists itself in its own `dependsOn`.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct SelfDependencyRule: Rule {
  public static let description = RuleDescription(
    id: "graph/self-dependency", defaultSeverity: .error,
    summary: LocalizedText(
      en: "a component depends on itself",
      vi: "một thành phần phụ thuộc vào chính nó"),
    rationale: LocalizedText(
      en: "a system cannot be a prerequisite of itself; the reference is almost always a slip for another id",
      vi: "một hệ thống không thể là điều kiện tiên quyết của chính nó; thường là nhầm mã"),
    details: LocalizedText(
      en: """
        One finding for each `dependsOn` of a component whose `ref` is the component's own id, at that \
        `dependsOn`. The rule also runs on a model that breaks the schema.
        """,
      vi: """
        Mỗi phần tử `dependsOn` của một thành phần có `ref` là mã của chính thành phần đó cho một phát \
        hiện, tại phần tử `dependsOn` đó. Quy tắc này vẫn chạy trên mô hình sai lược đồ.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            ↓<dependsOn ref="lgsp" type="hosting"/>
          </component>
        </components>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="data-centre" type="hosting"/>
          </component>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu"/>
        </components>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    let components = context.graph.components
    var violations: [RuleViolation] = []
    for index in components.indices {
      for dependency in components[index].dependencies {
        guard case .component(let id) = dependency.reference, id == components[index].id else { continue }
        violations.append(
          RuleViolation(
            message: LocalizedText(
              en: "component \(components[index].term.english) depends on itself",
              vi: "thành phần \(components[index].term.vietnamese) phụ thuộc vào chính nó"),
            position: dependency.position, component: id))
      }
    }
    return violations
  }
}
