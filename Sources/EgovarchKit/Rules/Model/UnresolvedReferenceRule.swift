/// `model/unresolved-reference`: a reference names a component that the model does not declare.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct UnresolvedReferenceRule: Rule {
  public static let description = RuleDescription(
    id: "model/unresolved-reference", defaultSeverity: .error,
    summary: LocalizedText(
      en: "a reference names a component that is not in the model",
      vi: "tham chiếu tới một thành phần không có trong mô hình"),
    rationale: LocalizedText(
      en: "a dangling dependency hides a missing system or a typo; the graph and the roadmap checks cannot see it",
      vi: "phụ thuộc treo che giấu một hệ thống còn thiếu hoặc lỗi gõ; đồ thị và lộ trình không kiểm tra được"),
    details: LocalizedText(
      en: """
        Checks every `dependsOn ref` that is not `national:…`, every indicator's `component` and every \
        suppression's `component`: when no component of the model has that id, one finding at the \
        `dependsOn`, the `indicator` or the `suppress`, with the nearest existing id as a hint when \
        there is one. Roadmap tasks are `roadmap/unknown-component`'s business, `national:` references \
        `framework/unknown-kind`'s. The rule also runs on a model that breaks the schema.
        """,
      vi: """
        Kiểm tra mọi `dependsOn ref` không bắt đầu bằng `national:`, thuộc tính `component` của mọi chỉ \
        tiêu và của mọi miễn trừ: khi không thành phần nào của mô hình có mã đó, một phát hiện tại phần \
        tử `dependsOn`, `indicator` hoặc `suppress`, kèm gợi ý mã gần giống nhất nếu có. Nhiệm vụ của lộ \
        trình thuộc quy tắc `roadmap/unknown-component`, tham chiếu `national:` thuộc quy tắc \
        `framework/unknown-kind`. Quy tắc này vẫn chạy trên mô hình sai lược đồ.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP"/>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử">
            ↓<dependsOn ref="lgps" type="integration"/>
          </component>
        </components>
        """),
      Example(
        """
        <components>
          <component id="portal" kind="web-portal" name="Cổng thông tin"/>
        </components>
        <indicators>
          ↓<indicator id="dvc4" target="30" component="public-portal"/>
        </indicators>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
          </component>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử">
            <dependsOn ref="lgsp" type="integration"/>
          </component>
        </components>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    let model = context.architecture
    var violations: [RuleViolation] = []
    // The key is what names the id, never the suggestion, which other components change.
    func report(
      _ id: String, at position: SourcePosition, component: String?, key: String,
      _ message: (_ suggestion: String?) -> LocalizedText
    ) {
      guard context.graph.indexByID[id] == nil else { return }
      let suggestion = context.componentSuggester.suggestion(for: id)
      violations.append(
        RuleViolation(
          message: message(suggestion), position: position, component: component,
          related: [id] + (suggestion.map { [$0] } ?? []), key: key))
    }
    // The graph has resolved every dependency already: only those it could not are looked at.
    let graph = context.graph
    for index in graph.components.indices {
      for (offset, target) in zip(0..., graph.dependencyTargets(of: index)) where target < 0 {
        let dependency = graph.components[index].dependencies[offset]
        guard case .component(let id) = dependency.reference else { continue }
        let source = graph.components[index]
        report(id, at: dependency.position, component: source.id, key: id) {
          .dangling(from: source.term, to: id, suggestion: $0)
        }
      }
    }
    for indicator in model.indicators {
      guard let id = indicator.component else { continue }
      report(id, at: indicator.position, component: nil, key: "indicator \(indicator.id) \(id)") {
        .danglingIndicator(indicator.id, to: id, suggestion: $0)
      }
    }
    for suppression in model.suppressions {
      guard let id = suppression.component else { continue }
      report(id, at: suppression.position, component: nil, key: "suppress \(suppression.rule) \(id)") {
        .danglingSuppression(suppression.rule, to: id, suggestion: $0)
      }
    }
    return violations
  }
}

extension LocalizedText {
  /// "; did you mean 'x'?" in both languages, or nothing.
  static func didYouMean(_ suggestion: String?) -> LocalizedText {
    guard let suggestion else { return LocalizedText(en: "", vi: "") }
    return LocalizedText(
      en: "; did you mean '\(suggestion)'?", vi: "; có phải ý bạn là '\(suggestion)'?")
  }

  fileprivate static func dangling(from source: LocalizedText, to target: String, suggestion: String?) -> Self {
    let hint = didYouMean(suggestion)
    return LocalizedText(
      en: "component \(source.english) depends on '\(target)', which is not a component of this model" + hint.english,
      vi:
        "thành phần \(source.vietnamese) phụ thuộc vào '\(target)' nhưng mô hình này không có thành phần nào mang mã đó"
        + hint.vietnamese)
  }

  fileprivate static func danglingIndicator(_ indicator: String, to target: String, suggestion: String?) -> Self {
    let hint = didYouMean(suggestion)
    return LocalizedText(
      en: "indicator '\(indicator)' names component '\(target)', which is not in this model" + hint.english,
      vi: "chỉ tiêu '\(indicator)' gắn với thành phần '\(target)', không có trong mô hình này" + hint.vietnamese)
  }

  fileprivate static func danglingSuppression(_ rule: String, to target: String, suggestion: String?) -> Self {
    let hint = didYouMean(suggestion)
    return LocalizedText(
      en: "suppression of '\(rule)' names component '\(target)', which is not in this model" + hint.english,
      vi: "miễn trừ quy tắc '\(rule)' chỉ tới thành phần '\(target)', không có trong mô hình này" + hint.vietnamese)
  }
}
