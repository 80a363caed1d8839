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
        For each link requirement of the framework in force on the as-of date (in the framework's \
        order) and each non-retired component `c` of the requirement's `from` kind, or of a kind that \
        satisfies it on that date (the merged administrative-procedure system carries the \
        one-stop-shop's links from 2021-12-06), in document order, the link is there when:

        - the target is a kind `T`: `c` depends on a non-retired component of kind `T` or of a kind \
        that satisfies `T` on that date (a cloud for the data centre);
        - the target is `national:K` without `via`: `c` has `dependsOn ref="national:K"`, or reaches it \
        through the platform the catalogue routes `K` through (`through`, usually the LGSP): `c` depends \
        on a non-retired component `v` of that kind and `v` depends on `national:K`;
        - the target is `national:K` through a kind `V`: `c` depends on a non-retired component `v` of \
        kind `V`, and `v` or `c` itself depends on `national:K`. A component that is itself of kind `V` \
        only needs the dependency on `national:K`;
        - a requirement's alternatives in force on that date count as its target too (from \
        2024-10-09 the LGSP may reach the national data sharing and coordination platform instead of \
        the NGSP).

        Otherwise one finding at the component, with the requirement's severity and legal basis, \
        naming every target that would do. Its related ids name what the link should reach, in the \
        model's terms: `national:K` for each national target, or the ids of the model's non-retired \
        components of the target kinds; then the ids of those of the platform kinds it could go \
        through, `via` or the catalogue's `through` of a national target (at most 10 of each \
        kind, in document order; none when the model has no such component; never a kind). The \
        dependency `type` is not compared: it describes the link, it does not make it. When the model \
        has no component of the `from` kind nothing is reported here (`framework/missing-component` \
        does); a direct link that skips the platform is `framework/bypass-integration`'s, which does \
        not report a `dependsOn` to `national:K` where this rule reports the link to it missing: one \
        finding for one missing path.

        A link that is only a plan on the as-of date does not make the link there (format 1.1): a \
        `dependsOn` whose own `status` is `planned` or `in-progress` while its component is further \
        along (an existing system whose connection is pending), or, without `status`, whose `from` is \
        after the as-of date. A link without `status` follows its component: a planned component's \
        links are its design. When the required link is there only counting such plans, the finding \
        says it is planned instead of missing, with the date of the soonest planned path (a path is in \
        place with its latest link): a note while that date is ahead (the plan is the model's answer \
        to the requirement), the requirement's severity once it has passed on the as-of date (the plan \
        is overdue: met on its last day, late from the next), and a warning at most (never more than \
        the requirement's severity) for a plan without a date, which cannot be held to one.
        """,
      vi: """
        Với mỗi yêu cầu về liên kết của khung kiến trúc còn hiệu lực vào ngày đánh giá (theo thứ tự \
        trong khung) và mỗi thành phần `c` chưa ngừng sử dụng thuộc loại `from` của yêu cầu, hoặc thuộc \
        loại đáp ứng thay loại đó vào ngày đánh giá (hệ thống thông tin giải quyết thủ tục hành chính \
        mang các liên kết của hệ thống một cửa điện tử từ 2021-12-06), theo thứ tự trong tài liệu, liên \
        kết được coi là có khi:

        - đích là một loại `T`: `c` phụ thuộc vào một thành phần chưa ngừng sử dụng thuộc loại `T` hoặc \
        loại đáp ứng thay `T` vào ngày đó (nền tảng điện toán đám mây thay trung tâm dữ liệu);
        - đích là `national:K` không có `via`: `c` có `dependsOn ref="national:K"`, hoặc kết nối tới đó \
        qua nền tảng mà danh mục quy định cho `K` (`through`, thường là LGSP): `c` phụ thuộc vào một \
        thành phần `v` chưa ngừng sử dụng thuộc loại đó và `v` phụ thuộc vào `national:K`;
        - đích là `national:K` qua một loại `V`: `c` phụ thuộc vào một thành phần `v` loại `V` chưa \
        ngừng sử dụng, và `v` hoặc chính `c` phụ thuộc vào `national:K`. Thành phần thuộc chính loại \
        `V` chỉ cần phụ thuộc vào `national:K`;
        - các đích thay thế của yêu cầu còn hiệu lực vào ngày đó cũng được tính (từ 2024-10-09 LGSP có \
        thể kết nối nền tảng chia sẻ, điều phối dữ liệu quốc gia thay cho NGSP).

        Nếu không, một phát hiện tại thành phần, với mức độ và căn cứ pháp lý của yêu cầu, nêu mọi \
        đích có thể đáp ứng. Các mã liên quan của phát hiện gọi tên nơi liên kết cần tới, bằng mã trong \
        mô hình: `national:K` cho mỗi đích quốc gia, hoặc mã các thành phần chưa ngừng sử dụng thuộc các \
        loại đích; sau đó là mã các thành phần thuộc các loại nền tảng mà liên kết có thể đi qua, `via` \
        hoặc `through` của đích quốc gia trong danh mục (mỗi loại tối đa 10 mã, theo thứ tự \
        trong tài liệu; không có mã nào khi mô hình không có thành phần như vậy; không bao giờ là một \
        loại). Thuộc tính `type` của phụ thuộc không được so sánh: nó mô tả liên kết chứ không tạo ra \
        liên kết. Khi mô hình không có thành phần nào thuộc loại `from`, quy tắc này không báo (quy tắc \
        `framework/missing-component` sẽ báo); liên kết trực tiếp bỏ qua nền tảng do quy tắc \
        `framework/bypass-integration` báo, quy tắc này không báo phần tử `dependsOn` tới `national:K` \
        khi liên kết tới đó đã bị báo thiếu: một đường kết nối thiếu chỉ cho một phát hiện.

        Liên kết mới chỉ là kế hoạch vào ngày đánh giá không được coi là đã có (định dạng 1.1): phần \
        tử `dependsOn` có `status` riêng là dự kiến (`planned`) hoặc đang triển khai (`in-progress`) \
        trong khi thành phần của nó đã tiến xa hơn (hệ thống đã có nhưng kết nối còn chờ), hoặc không \
        có `status` mà có `from` sau ngày đánh giá. Liên kết không có `status` theo trạng thái của \
        thành phần: các liên kết của thành phần dự kiến là thiết kế của nó. Khi liên kết bắt buộc chỉ \
        có nếu tính các kế hoạch đó, phát hiện nói liên kết đang được dự kiến thay vì bị thiếu, kèm \
        thời điểm của đường kết nối dự kiến sớm nhất (một đường kết nối có khi liên kết muộn nhất \
        của nó có): là ghi chú khi thời điểm đó chưa tới (kế hoạch là câu trả lời của mô hình cho yêu \
        cầu), có mức độ của yêu cầu khi thời điểm đó đã qua vào ngày đánh giá (kế hoạch bị chậm: đạt \
        nếu có vào ngày cuối, chậm từ ngày hôm sau), và tối đa là cảnh báo (không bao giờ cao hơn \
        mức độ của yêu cầu) cho kế hoạch không có thời điểm, vì không thể đối chiếu với thời hạn nào.
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
          ↓<component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử">
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
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="existing">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="national:national-public-service-portal" type="integration"/>
          </component>
          ↓<component id="reporting" kind="reporting-system" name="Hệ thống thông tin báo cáo tỉnh" status="existing">
            <dependsOn ref="lgsp" type="integration"/>
            <dependsOn ref="national:government-reporting-system" type="data" status="planned" from="2022"/>
          </component>
          ↓↓<component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử" status="existing">
            <dependsOn ref="lgsp" type="integration" status="in-progress" from="2020-12-31"/>
          </component>
        </components>
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
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP" status="existing">
            <dependsOn ref="national:ngsp" type="integration" from="2020"/>
          </component>
          <component id="reporting" kind="reporting-system" name="Hệ thống thông tin báo cáo tỉnh" status="planned">
            <dependsOn ref="lgsp" type="integration"/>
            <dependsOn ref="national:government-reporting-system" type="data" status="planned" from="2023"/>
          </component>
        </components>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let framework = context.framework, let applied = context.applied else { return [] }
    let related = RelatedComponents(context)
    return RequiredLinkGaps(context, applied: applied, links: FrameworkLinks(context)).gaps.map { gap in
      let component = context.graph.components[gap.node]
      let requirement = gap.requirement
      let phrases = gap.targets.map { Self.phrase($0, in: framework) }
      let target = LocalizedText(
        en: Vocabulary.or(phrases.map(\.english)), vi: Vocabulary.orVietnamese(phrases.map(\.vietnamese)))
      let via = requirement.via.map { framework.kindTerm($0) }
      var ids: [String] = []
      for target in gap.targets {
        switch target {
        case .national: ids.append(target.description)
        case .component(let kind): ids += related.ids(ofKind: kind, excluding: component.id)
        }
      }
      for platform in gap.platforms where !gap.targets.contains(.component(platform)) {
        ids += related.ids(ofKind: platform, excluding: component.id)
      }
      let source = framework.componentTerm(component)
      let message: LocalizedText
      let severity: Severity
      var plan: LinkPlan?
      switch gap.plan {
      case nil:
        message = .missingLink(source, to: target, via: via, framework: framework.id)
        severity = requirement.severity
      case .planned(let date)?:
        let overdue = context.asOf.isPast(deadline: date.lastDay)
        message = .plannedLink(source, to: target, via: via, for: date, overdue: overdue, framework: framework.id)
        severity = overdue ? requirement.severity : .note
        plan = LinkPlan(date: date, isOverdue: overdue)
      case .undated?, .now?:
        message = .plannedLink(source, to: target, via: via, for: nil, overdue: false, framework: framework.id)
        severity = min(requirement.severity, .warning)
        plan = LinkPlan(date: nil, isOverdue: false)
      }
      // The requirement's target, not the targets the date lets in or the components that
      // could serve: the finding stays the same one as the days go by and components come.
      return RuleViolation(
        message: .withBasis(message, requirement.basis), position: component.position, component: component.id,
        related: ids, severity: severity, plan: plan,
        key: requirement.to.description + (requirement.via.map { " via " + $0 } ?? ""))
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
      en:
        "component \(source.english) has no link to \(target.english)\(via.map { " through the \($0.english)" } ?? ""), "
        + "required by framework \(framework)",
      vi:
        "thành phần \(source.vietnamese) chưa có liên kết tới \(target.vietnamese)\(via.map { " qua \($0.vietnamese)" } ?? "") "
        + "theo yêu cầu của khung kiến trúc \(framework)")
  }

  /// The required link exists only as a plan: "… is planned for 2026, not yet in place", "… was
  /// planned for 30 June 2024 and is not yet in place" (overdue), or "… is planned, not yet in
  /// place" without a date.
  fileprivate static func plannedLink(
    _ source: LocalizedText, to target: LocalizedText, via: LocalizedText?, for date: YearOrDate?, overdue: Bool,
    framework: String
  ) -> Self {
    let when = date.map { date -> LocalizedText in
      // Vietnamese says which it is: "từ năm 2026", "từ ngày 30/06/2026".
      let unit: String
      switch date {
      case .year: unit = "năm"
      case .day: unit = "ngày"
      }
      return LocalizedText(en: " for \(date.spoken.english)", vi: " từ \(unit) \(date.spoken.vietnamese)")
    }
    let state =
      overdue
      ? LocalizedText(
        en: "was planned\(when?.english ?? "") and is not yet in place",
        vi: "dự kiến có\(when?.vietnamese ?? "") nhưng đến nay vẫn chưa có")
      : LocalizedText(
        en: "is planned\(when?.english ?? ""), not yet in place",
        vi: when.map { "dự kiến có\($0.vietnamese), hiện chưa có" } ?? "mới được dự kiến, hiện chưa có")
    return LocalizedText(
      en: "the link from \(source.english) to \(target.english)\(via.map { " through the \($0.english)" } ?? "") "
        + "\(state.english), required by framework \(framework)",
      vi: "liên kết của \(source.vietnamese) tới \(target.vietnamese)\(via.map { " qua \($0.vietnamese)" } ?? "") "
        + "\(state.vietnamese), theo yêu cầu của khung kiến trúc \(framework)")
  }
}
