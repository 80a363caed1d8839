/// `framework/unknown-kind`: a component's kind, or a `national:` reference, is not in the
/// framework's catalogue.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct UnknownKindRule: Rule {
  public static let description = RuleDescription(
    id: "framework/unknown-kind", defaultSeverity: .error,
    summary: LocalizedText(
      en: "a component's kind or a national reference is not in the framework's catalogue",
      vi: "loại của thành phần hoặc tham chiếu hệ thống quốc gia không có trong danh mục của khung kiến trúc"),
    rationale: LocalizedText(
      en:
        "the framework's requirements, layers and national systems are keyed by kind: a misspelt kind hides a required component, and a national system declared as a component is not checked as one",
      vi:
        "các yêu cầu, phân lớp và hệ thống quốc gia của khung kiến trúc đều gắn với loại thành phần: loại viết sai che giấu thành phần bắt buộc, còn hệ thống quốc gia khai báo như thành phần sẽ không được kiểm tra đúng"
    ),
    details: LocalizedText(
      en: """
        Three cases, each with the nearest id of the catalogue as a hint when there is one:

        - a component whose `kind` is neither a kind of the catalogue nor `custom` (finding at the \
        component);
        - a component whose `kind` is a national system of the catalogue: national systems are provided \
        by the framework and referenced as `dependsOn ref="national:KIND"`, not declared (finding at the \
        component);
        - a `dependsOn ref="national:X"` where `X` is not a national system of the catalogue (finding at \
        the `dependsOn`; the hint is the nearest national system).

        The related ids name things of the model, never a kind: none for an unknown kind (the kind and \
        the hint are in the message), `national:KIND` for a declared national system, and the reference \
        then the hinted `national:` reference for an unknown national system. Without a known framework \
        the rule says nothing (`framework/unknown-framework` does).
        """,
      vi: """
        Ba trường hợp, mỗi trường hợp kèm gợi ý mã gần giống nhất trong danh mục nếu có:

        - thành phần có `kind` không phải loại trong danh mục và cũng không phải `custom` (phát hiện tại \
        thành phần);
        - thành phần có `kind` là hệ thống quốc gia trong danh mục: hệ thống quốc gia do khung kiến trúc \
        cung cấp và được tham chiếu bằng `dependsOn ref="national:KIND"`, không khai báo thành thành \
        phần (phát hiện tại thành phần);
        - phần tử `dependsOn ref="national:X"` mà `X` không phải hệ thống quốc gia trong danh mục (phát \
        hiện tại phần tử `dependsOn`; gợi ý là hệ thống quốc gia gần giống nhất).

        Các mã liên quan gọi tên những gì có trong mô hình, không bao giờ là một loại: không có mã nào \
        với loại không có trong danh mục (loại và gợi ý nằm trong nội dung phát hiện), `national:KIND` \
        với hệ thống quốc gia khai báo thành thành phần, còn với hệ thống quốc gia không có trong danh \
        mục là tham chiếu đó rồi đến tham chiếu `national:` được gợi ý. Khi không có khung kiến trúc đã \
        biết, quy tắc này không báo gì (quy tắc `framework/unknown-framework` sẽ báo).
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          ↓<component id="one-stop" kind="one-stop-shoop" name="Một cửa điện tử"/>
          <component id="portal" kind="web-portal" name="Cổng thông tin"/>
        </components>
        """),
      Example(
        """
        <components>
          ↓<component id="ngsp" kind="ngsp" name="Nền tảng tích hợp quốc gia" scope="national"/>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="ngsp" type="integration"/>
          </component>
        </components>
        """),
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            ↓<dependsOn ref="national:nsgp" type="integration"/>
            ↓<dependsOn ref="national:data-centre" type="hosting"/>
          </component>
        </components>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
          </component>
          <component id="zalo" kind="custom" name="Kênh Zalo của UBND tỉnh" scope="external"/>
        </components>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let framework = context.framework else { return [] }
    let kindSuggester = IdentifierSuggester(candidates: framework.kinds.map(\.id) + [Self.custom])
    let nationalSuggester = IdentifierSuggester(candidates: framework.kinds.filter(\.isNational).map(\.id))
    var violations: [RuleViolation] = []
    let components = context.graph.components
    for index in components.indices {
      // Most components have a catalogue kind and known national systems: nothing to copy.
      let kindIsFine = framework.kind(components[index].kind).map { !$0.isNational } ?? false
      let nationalSystemsAreKnown = components[index].dependencies.allSatisfy { dependency in
        guard case .national(let id) = dependency.reference else { return true }
        return framework.nationalSystem(id) != nil
      }
      if kindIsFine && nationalSystemsAreKnown { continue }
      let component = components[index]
      if let kind = framework.kind(component.kind) {
        if kind.isNational {
          violations.append(
            RuleViolation(
              message: .declaredNational(component.term, kind: kind.id, system: framework.nationalTerm(kind.id)),
              position: component.position,
              component: component.id, related: [ComponentReference.national(kind.id).description]))
        }
      } else if component.kind != Self.custom {
        let suggestion = kindSuggester.suggestion(for: component.kind)
        violations.append(
          RuleViolation(
            message: .unknownKind(
              component.term, kind: component.kind, framework: framework.id, suggestion: suggestion),
            position: component.position, component: component.id))
      }
      for dependency in component.dependencies {
        guard case .national(let id) = dependency.reference, framework.nationalSystem(id) == nil else { continue }
        let suggestion = nationalSuggester.suggestion(for: id).map { ComponentReference.national($0).description }
        violations.append(
          RuleViolation(
            message: .unknownNational(
              component.term, reference: dependency.reference.description, framework: framework.id,
              suggestion: nationalSuggester.suggestion(for: id).map { framework.nationalTerm($0) }),
            position: dependency.position, component: component.id,
            related: [dependency.reference.description] + (suggestion.map { [$0] } ?? []),
            key: dependency.reference.description))
      }
    }
    return violations
  }

  /// The kind of a component that is outside the catalogue on purpose.
  private static let custom = "custom"
}

extension LocalizedText {
  fileprivate static func unknownKind(_ component: LocalizedText, kind: String, framework: String, suggestion: String?)
    -> Self
  {
    let hint = didYouMean(suggestion)
    return LocalizedText(
      en:
        "component \(component.english) has kind '\(kind)', which is not in the catalogue of framework \(framework) (use 'custom' for a kind outside it)"
        + hint.english,
      vi:
        "thành phần \(component.vietnamese) có loại '\(kind)', không có trong danh mục của khung kiến trúc \(framework) (dùng 'custom' cho loại ngoài danh mục)"
        + hint.vietnamese)
  }

  fileprivate static func declaredNational(_ component: LocalizedText, kind: String, system: LocalizedText) -> Self {
    LocalizedText(
      en:
        "component \(component.english) declares the national system \(system.english); national systems are not declared but referenced from the components that use them, with dependsOn ref=\"national:\(kind)\"",
      vi:
        "thành phần \(component.vietnamese) khai báo hệ thống quốc gia \(system.vietnamese); hệ thống quốc gia không khai báo thành thành phần mà được tham chiếu từ các thành phần sử dụng nó, bằng dependsOn ref=\"national:\(kind)\""
    )
  }

  fileprivate static func unknownNational(
    _ component: LocalizedText, reference: String, framework: String, suggestion: LocalizedText?
  ) -> Self {
    // The system meant, by its name: "; did you mean National Population Database ('national:…')?"
    let hint =
      suggestion.map {
        LocalizedText(en: "; did you mean \($0.english)?", vi: "; có phải ý bạn là \($0.vietnamese)?")
      } ?? LocalizedText(en: "", vi: "")
    return LocalizedText(
      en:
        "component \(component.english) depends on '\(reference)', which is not a national system of framework \(framework)"
        + hint.english,
      vi:
        "thành phần \(component.vietnamese) phụ thuộc vào '\(reference)', không phải hệ thống quốc gia của khung kiến trúc \(framework)"
        + hint.vietnamese)
  }
}
