/// `framework/bypass-integration`: a provincial system reaches a national system directly
/// instead of through the platform the framework routes it through (the LGSP).
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct BypassIntegrationRule: Rule {
  public static let description = RuleDescription(
    id: "framework/bypass-integration", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "a provincial system integrates straight with a national system instead of through the LGSP",
      vi: "hệ thống của tỉnh kết nối thẳng với hệ thống quốc gia thay vì qua LGSP"),
    rationale: LocalizedText(
      en:
        "the framework routes exchanges with national systems through the provincial integration platform, so that each connection is built, secured and monitored once; direct point-to-point links multiply and escape that control",
      vi:
        "khung kiến trúc yêu cầu trao đổi với hệ thống quốc gia đi qua nền tảng tích hợp, chia sẻ dữ liệu của tỉnh để mỗi kết nối được xây dựng, bảo đảm an toàn và giám sát một lần; kết nối điểm - điểm trực tiếp sẽ nhân lên và nằm ngoài sự kiểm soát đó"
    ),
    details: LocalizedText(
      en: """
        A component of scope `provincial`, `district` or `commune`, not retired, that has `dependsOn \
        ref="national:K"` where the catalogue's national system `K` has `through="P"`, while the \
        component is not itself of kind `P` (or of a kind that satisfies `P` on the as-of date) and \
        depends on no non-retired component of those kinds: one \
        finding at that `dependsOn`, unless the framework requires of the component a link to \
        `national:K`, or to the platform `P` itself, that `framework/missing-link` reports missing: one \
        missing path is one finding, and \
        missing-link's carries the requirement's severity and legal basis. A component that depends both \
        on the LGSP and on the national system is taken to go through the LGSP. Components of scope \
        `national` or `external` are not the province's to route, and national systems without `through` \
        (the document axis, the NCSC) are reached directly. The finding's related ids are `national:K`, \
        then the ids of the model's non-retired components of kind `P` (at most 10, in document order; \
        none when the model has no such platform).

        A link to the platform that is only a plan on the as-of date (format 1.1: `status` behind \
        its component's, or a `from` after that date) does not route the component yet: while its \
        direct `dependsOn` is in place, the finding says when the route through the platform is \
        planned for, as a note while that date is ahead and a warning once it has passed or when \
        the plan has no date. A direct `dependsOn` that is itself only a plan, beside a planned route \
        through the platform, is the plan's design and is not reported.
        """,
      vi: """
        Thành phần có phạm vi (`scope`) `provincial`, `district` hoặc `commune`, chưa ngừng sử dụng, có \
        `dependsOn ref="national:K"` trong khi hệ thống quốc gia `K` trong danh mục có `through="P"`, \
        mà bản thân thành phần không thuộc loại `P` (hoặc loại đáp ứng thay `P` vào ngày đánh giá) và \
        không phụ thuộc vào thành phần nào loại đó chưa ngừng sử dụng: một phát hiện tại phần tử \
        `dependsOn` đó, trừ khi khung kiến trúc yêu cầu thành phần có liên kết tới `national:K`, hoặc \
        tới chính nền tảng `P`, mà quy tắc `framework/missing-link` đã báo thiếu: một đường kết nối thiếu chỉ cho một phát hiện, và \
        phát hiện của missing-link mang mức độ và căn cứ pháp lý của yêu cầu. Thành phần phụ thuộc cả \
        vào LGSP và vào hệ thống quốc gia được coi là kết nối qua LGSP. Thành phần có phạm vi \
        `national` hoặc `external` không do tỉnh định tuyến, và hệ thống quốc gia không có `through` \
        (trục liên thông văn bản, NCSC) được kết nối trực tiếp. Các mã liên quan của phát hiện là \
        `national:K`, sau đó là mã các thành phần loại `P` chưa ngừng sử dụng của mô hình (tối đa 10, \
        theo thứ tự trong tài liệu; không có khi mô hình không có nền tảng đó).

        Liên kết tới nền tảng mới chỉ là kế hoạch vào ngày đánh giá (định dạng 1.1: `status` chưa tới \
        trạng thái của thành phần, hoặc `from` sau ngày đó) chưa làm thành phần đi qua nền tảng: khi \
        phần tử `dependsOn` trực tiếp đã có, phát hiện nêu thời điểm dự kiến của đường đi qua nền \
        tảng, là ghi chú khi thời điểm đó chưa tới và là cảnh báo khi đã qua hoặc khi kế hoạch không \
        có thời điểm. Phần tử `dependsOn` trực tiếp cũng mới chỉ là kế hoạch, bên cạnh đường đi qua \
        nền tảng đã được dự kiến, là thiết kế của kế hoạch và không bị báo.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
          </component>
          <component id="reporting" kind="reporting-system" name="Hệ thống thông tin báo cáo tỉnh">
            ↓<dependsOn ref="national:government-reporting-system" type="data"/>
          </component>
          <component id="district-civil-status" kind="sector-application" name="Hộ tịch cấp huyện" scope="district">
            <dependsOn ref="national:national-document-axis" type="integration"/>
            ↓<dependsOn ref="national:national-civil-status-db" type="data"/>
          </component>
          <component id="land" kind="sector-application" name="Cơ sở dữ liệu đất đai" status="existing">
            <dependsOn ref="lgsp" type="integration" status="planned" from="2030"/>
            ↓<dependsOn ref="national:national-population-db" type="data"/>
          </component>
        </components>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="national:national-public-service-portal" type="integration"/>
          </component>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử">
            <dependsOn ref="lgsp" type="integration"/>
            <dependsOn ref="national:national-public-service-portal" type="uses"/>
          </component>
          <component id="eoffice" kind="eoffice" name="Quản lý văn bản và điều hành">
            <dependsOn ref="national:national-document-axis" type="integration"/>
          </component>
          <component id="ministry-system" kind="custom" name="Hệ thống của Bộ" scope="external">
            <dependsOn ref="national:ngsp" type="integration"/>
          </component>
        </components>
        """),
      Example(
        """
        <!-- framework 2.0 requires the one-stop-shop's link to the LGSP: framework/missing-link
             reports it, and the direct links it then has are that one missing path -->
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="national:national-public-service-portal" type="integration"/>
          </component>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử">
            <dependsOn ref="national:national-public-service-portal" type="integration"/>
            <dependsOn ref="national:vnpost" type="integration"/>
          </component>
        </components>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let framework = context.framework, let applied = context.applied else { return [] }
    let links = FrameworkLinks(context)
    // The links missing-link reports: a dependsOn it covers is not reported twice.
    let required = RequiredLinkGaps(context, applied: applied, links: links)
    let related = RelatedComponents(context)
    var violations: [RuleViolation] = []
    let components = context.graph.components
    for index in components.indices
    where components[index].status != .retired
      && components[index].scope.isLocalGovernment
      && components[index].dependencies.contains(where: \.reference.isNational)
    {
      let component = components[index]
      for dependency in component.dependencies {
        guard case .national(let id) = dependency.reference, let system = framework.nationalSystem(id),
          let platform = system.through
        else { continue }
        let platforms = applied.kinds(satisfying: platform)
        guard !platforms.contains(component.kind), !required.covers(index, national: id),
          !required.covers(index, anyOf: platforms)
        else { continue }
        // The route through the platform: none, in place, or only a plan (format 1.1), which
        // answers a direct link in place today with its date.
        let route = links.arrival(index, anyOf: platforms.map { .component($0) })
        var severity: Severity?
        var plan: LinkPlan?
        switch route {
        case nil: break
        case .now?: continue
        case .planned(let date)?:
          guard !dependency.isPlan(in: component, on: context.asOf) else { continue }
          let overdue = context.asOf.isPast(deadline: date.lastDay)
          plan = LinkPlan(date: date, isOverdue: overdue)
          severity = overdue ? nil : .note
        case .undated?:
          guard !dependency.isPlan(in: component, on: context.asOf) else { continue }
          plan = LinkPlan(date: nil, isOverdue: false)
        }
        violations.append(
          RuleViolation(
            message: .bypass(
              component.term, to: context.term(of: dependency.reference),
              platform: framework.kindTerm(platform), plan: plan),
            position: dependency.position, component: component.id,
            related: [dependency.reference.description] + related.ids(ofKind: platform, excluding: component.id),
            severity: severity, plan: plan, key: dependency.reference.description))
      }
    }
    return violations
  }
}

extension LocalizedText {
  /// "component X integrates straight with K instead of through the LGSP", followed, when its
  /// link to the platform is only a plan, by when that plan is for.
  fileprivate static func bypass(
    _ component: LocalizedText, to system: LocalizedText, platform: LocalizedText,
    plan: LinkPlan?
  ) -> Self {
    let direct = LocalizedText(
      en:
        "component \(component.english) integrates straight with \(system.english) instead of through the \(platform.english)",
      vi: "thành phần \(component.vietnamese) kết nối thẳng với \(system.vietnamese) thay vì qua \(platform.vietnamese)"
    )
    guard let plan else { return direct }
    let state: LocalizedText
    switch (plan.date?.spoken, plan.isOverdue) {
    case (let date?, true):
      state = LocalizedText(
        en: "its link to the \(platform.english) was planned for \(date.english) and is not yet in place",
        vi: "liên kết tới \(platform.vietnamese) dự kiến có từ \(date.vietnamese) nhưng đến nay vẫn chưa có")
    case (let date?, false):
      state = LocalizedText(
        en: "its link to the \(platform.english) is planned for \(date.english)",
        vi: "liên kết tới \(platform.vietnamese) dự kiến có từ \(date.vietnamese)")
    case (nil, _):
      state = LocalizedText(
        en: "its link to the \(platform.english) is planned, without a date",
        vi: "liên kết tới \(platform.vietnamese) mới được dự kiến, chưa có thời điểm")
    }
    return LocalizedText(en: "\(direct.english): \(state.english)", vi: "\(direct.vietnamese): \(state.vietnamese)")
  }
}
