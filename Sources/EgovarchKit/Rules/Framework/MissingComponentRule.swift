/// `framework/missing-component`: the framework requires a kind of component that the model
/// does not have.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct MissingComponentRule: Rule {
  public static let description = RuleDescription(
    id: "framework/missing-component", defaultSeverity: .error,
    summary: LocalizedText(
      en: "the framework requires a kind of component that the model does not have",
      vi: "khung kiến trúc yêu cầu một loại thành phần mà mô hình không có"),
    rationale: LocalizedText(
      en:
        "the national framework and the legal documents behind it make some systems mandatory for every province; an architecture without one of them cannot be approved as compliant",
      vi:
        "khung kiến trúc quốc gia và các văn bản pháp lý liên quan bắt buộc mọi tỉnh có một số hệ thống; kiến trúc thiếu một trong số đó không đáp ứng khung"
    ),
    details: LocalizedText(
      en: """
        For each component requirement of the framework, in the framework's order: when no component of \
        the required kind is declared, or all of them are retired, one finding at the `architecture` \
        element, with the requirement's severity and legal basis. A planned component counts: the \
        architecture describes the target, and the roadmap rules check when it is delivered. The finding \
        has no component and no related id (the model has nothing of that kind to name); the message \
        names the kind, and `egovarch gaps` lists the missing kinds (`requiredComponents.missing` in its \
        JSON).
        """,
      vi: """
        Với mỗi yêu cầu về thành phần của khung kiến trúc, theo thứ tự trong khung: khi mô hình không \
        khai báo thành phần nào thuộc loại được yêu cầu, hoặc tất cả đều đã ngừng sử dụng (`retired`), \
        một phát hiện tại phần tử `architecture`, với mức độ và căn cứ pháp lý của yêu cầu. Thành phần \
        dự kiến (`planned`) vẫn được tính: kiến trúc mô tả trạng thái đích, còn các quy tắc lộ trình \
        kiểm tra thời điểm triển khai. Phát hiện không có thành phần và không có mã liên quan (mô hình \
        không có gì thuộc loại đó để gọi tên); nội dung phát hiện nêu loại thành phần, và `egovarch gaps` \
        liệt kê các loại còn thiếu (`requiredComponents.missing` trong dạng JSON).
        """),
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        ↓<architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="1.0">
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP">
              <dependsOn ref="national:ngsp" type="integration"/>
            </component>
            <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh"/>
            <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử"/>
            <component id="portal" kind="web-portal" name="Cổng thông tin điện tử tỉnh"/>
            <component id="eoffice" kind="eoffice" name="Quản lý văn bản và điều hành"/>
            <component id="old-mail" kind="email" name="Thư điện tử cũ" status="retired"/>
            <component id="security" kind="security-system" name="Hệ thống an toàn thông tin"/>
          </components>
        </architecture>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="1.0">
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP">
              <dependsOn ref="national:ngsp" type="integration"/>
            </component>
            <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh"/>
            <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử" status="existing"/>
            <component id="portal" kind="web-portal" name="Cổng thông tin điện tử tỉnh" status="in-progress"/>
            <component id="eoffice" kind="eoffice" name="Quản lý văn bản và điều hành"/>
            <component id="email" kind="email" name="Thư điện tử công vụ"/>
            <component id="security" kind="security-system" name="Hệ thống an toàn thông tin"/>
          </components>
        </architecture>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let framework = context.framework else { return [] }
    return context.analysis.missingComponentRequirements.map { requirement in
      RuleViolation(
        message: .withBasis(
          .missingComponent(framework.kindTerm(requirement.kind), framework: framework.id),
          requirement.basis),
        position: context.architecture.position, severity: requirement.severity)
    }
  }
}

extension LocalizedText {
  fileprivate static func missingComponent(_ kind: LocalizedText, framework: String) -> Self {
    LocalizedText(
      en: "framework \(framework) requires the \(kind.english), which the model does not have",
      vi: "khung kiến trúc \(framework) yêu cầu có \(kind.vietnamese), mô hình chưa có")
  }
}
