/// `framework/missing-link`: a component lacks a link that the framework requires of its kind.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct MissingLinkRule: Rule {
  public static let description = RuleDescription(
    id: "framework/missing-link", defaultSeverity: .error,
    summary: LocalizedText(
      en: "a component lacks a link that the framework requires of its kind",
      vi: "thành phần thiếu liên kết mà khung kiến trúc yêu cầu đối với loại của nó"),
    rationale: LocalizedText(
      en:
        "the framework fixes how provincial systems reach each other and the national systems (through the LGSP); a system without its required link cannot exchange the data the law expects of it",
      vi:
        "khung kiến trúc quy định cách các hệ thống của tỉnh kết nối với nhau và với hệ thống quốc gia (qua LGSP); hệ thống thiếu liên kết bắt buộc không trao đổi được dữ liệu theo quy định"
    ),
    details: LocalizedText(
      en: """
        For each link requirement of the framework (in the framework's order) and each non-retired \
        component `c` of the requirement's `from` kind (in document order), the link is there when:

        - the target is a kind `T`: `c` depends on a non-retired component of kind `T`;
        - the target is `national:K` without `via`: `c` has `dependsOn ref="national:K"`;
        - the target is `national:K` through a kind `V`: `c` depends on a non-retired component `v` of \
        kind `V`, and `v` or `c` itself depends on `national:K` (a reporting system that depends on both \
        the LGSP and the national reporting system goes through the LGSP). A component that is itself of \
        kind `V` only needs the dependency on `national:K`.

        Otherwise one finding at the component, with the requirement's severity and legal basis. Its \
        related ids name what the link should reach, in the model's terms: `national:K`, or the ids of \
        the model's non-retired components of kind `T`; then the ids of those of kind `V`, the platform \
        the link should pass through (at most 10 of each kind, in document order; none when the model \
        has no such component; never a kind). The dependency `type` is not compared: it describes the \
        link, it does not make it. When the model has no component of the `from` kind nothing is \
        reported here (`framework/missing-component` does). A `dependsOn` that reaches `national:K` \
        directly where this rule reports the link to it missing is not also a \
        `framework/bypass-integration`: one finding for one missing path.
        """,
      vi: """
        Với mỗi yêu cầu về liên kết của khung kiến trúc (theo thứ tự trong khung) và mỗi thành phần `c` \
        chưa ngừng sử dụng thuộc loại `from` của yêu cầu (theo thứ tự trong tài liệu), liên kết được coi \
        là có khi:

        - đích là một loại `T`: `c` phụ thuộc vào một thành phần loại `T` chưa ngừng sử dụng;
        - đích là `national:K` không có `via`: `c` có `dependsOn ref="national:K"`;
        - đích là `national:K` qua một loại `V`: `c` phụ thuộc vào một thành phần `v` loại `V` chưa \
        ngừng sử dụng, và `v` hoặc chính `c` phụ thuộc vào `national:K` (hệ thống báo cáo phụ thuộc cả \
        vào LGSP và hệ thống báo cáo quốc gia được coi là kết nối qua LGSP). Thành phần thuộc chính loại \
        `V` chỉ cần phụ thuộc vào `national:K`.

        Nếu không, một phát hiện tại thành phần, với mức độ và căn cứ pháp lý của yêu cầu. Các mã liên \
        quan của phát hiện gọi tên nơi liên kết cần tới, bằng mã trong mô hình: `national:K`, hoặc mã \
        các thành phần loại `T` chưa ngừng sử dụng của mô hình; sau đó là mã các thành phần loại `V`, \
        nền tảng mà liên kết cần đi qua (mỗi loại tối đa 10 mã, theo thứ tự trong tài liệu; không có mã \
        nào khi mô hình không có thành phần như vậy; không bao giờ là một loại). Thuộc tính `type` của \
        phụ thuộc không được so sánh: nó mô tả liên kết chứ không tạo ra liên kết. Khi mô hình không có \
        thành phần nào thuộc loại `from`, quy tắc này không báo (quy tắc `framework/missing-component` \
        sẽ báo). Phần tử `dependsOn` tới thẳng `national:K` trong khi quy tắc này đã báo thiếu liên kết \
        tới đó thì không bị báo thêm theo `framework/bypass-integration`: một đường kết nối thiếu chỉ \
        cho một phát hiện.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
          </component>
          ↓<component id="reporting" kind="reporting-system" name="Hệ thống thông tin báo cáo tỉnh">
            <dependsOn ref="lgsp" type="integration"/>
          </component>
        </components>
        """),
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="national:national-public-service-portal" type="integration"/>
          </component>
          ↓↓<component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử">
            <dependsOn ref="national:national-public-service-portal" type="integration"/>
          </component>
        </components>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="1.0">
          <components>
            ↓<component id="lgsp" kind="lgsp" name="LGSP"/>
            <component id="old-lgsp" kind="lgsp" name="Trục tích hợp cũ" status="retired"/>
          </components>
        </architecture>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="uses"/>
            <dependsOn ref="national:national-public-service-portal" type="integration"/>
          </component>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử">
            <dependsOn ref="lgsp" type="integration"/>
          </component>
          <component id="reporting" kind="reporting-system" name="Hệ thống thông tin báo cáo tỉnh">
            <dependsOn ref="lgsp" type="integration"/>
            <dependsOn ref="national:government-reporting-system" type="data"/>
          </component>
        </components>
        """),
      Example(
        """
        <components>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh"/>
          <component id="old-reporting" kind="reporting-system" name="Báo cáo cũ" status="retired"/>
        </components>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let framework = context.framework else { return [] }
    let related = RelatedComponents(context)
    return RequiredLinkGaps(context, framework: framework, links: FrameworkLinks(context)).gaps.map {
      node, requirement in
      let component = context.graph.components[node]
      let target = Self.phrase(requirement.to, in: framework)
      let via = requirement.via.map { framework.kindTerm($0) }
      var ids: [String]
      switch requirement.to {
      case .national: ids = [requirement.to.description]
      case .component(let kind): ids = related.ids(ofKind: kind, excluding: component.id)
      }
      if let platform = requirement.via { ids += related.ids(ofKind: platform, excluding: component.id) }
      return RuleViolation(
        message: .withBasis(
          .missingLink(framework.componentTerm(component), to: target, via: via, framework: framework.id),
          requirement.basis),
        position: component.position, component: component.id, related: ids, severity: requirement.severity)
    }
  }

  /// A link's target in a message: a kind with its name, or a national system by reference.
  private static func phrase(_ target: ComponentReference, in framework: Framework) -> LocalizedText {
    switch target {
    case .component(let kind):
      let phrase = framework.kindTerm(kind)
      return LocalizedText(en: "the \(phrase.english)", vi: phrase.vietnamese)
    case .national(let kind):
      return framework.kindTerm(kind, shownAs: target.description)
    }
  }
}

extension LocalizedText {
  fileprivate static func missingLink(
    _ source: LocalizedText, to target: LocalizedText, via: LocalizedText?, framework: String
  ) -> Self {
    LocalizedText(
      en: "\(source.english) has no link to \(target.english)\(via.map { " through the \($0.english)" } ?? ""), "
        + "required by framework \(framework)",
      vi: "\(source.vietnamese) chưa có liên kết tới \(target.vietnamese)\(via.map { " qua \($0.vietnamese)" } ?? "") "
        + "theo yêu cầu của khung kiến trúc \(framework)")
  }
}
