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
        component is not itself of kind `P` and depends on no non-retired component of kind `P`: one \
        finding at that `dependsOn`. A component that depends both on the LGSP and on the national \
        system is taken to go through the LGSP. Components of scope `national` or `external` are not the \
        province's to route, and national systems without `through` (the document axis, the NCSC) are \
        reached directly.
        """,
      vi: """
        Thành phần có phạm vi (`scope`) `provincial`, `district` hoặc `commune`, chưa ngừng sử dụng, có \
        `dependsOn ref="national:K"` trong khi hệ thống quốc gia `K` trong danh mục có `through="P"`, \
        mà bản thân thành phần không thuộc loại `P` và không phụ thuộc vào thành phần nào loại `P` chưa \
        ngừng sử dụng: một phát hiện tại phần tử `dependsOn` đó. Thành phần phụ thuộc cả vào LGSP và vào hệ thống \
        quốc gia được coi là kết nối qua LGSP. Thành phần có phạm vi `national` hoặc `external` không do \
        tỉnh định tuyến, và hệ thống quốc gia không có `through` (trục liên thông văn bản, NCSC) được \
        kết nối trực tiếp.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
          </component>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử">
            ↓<dependsOn ref="national:national-public-service-portal" type="integration"/>
          </component>
          <component id="district-civil-status" kind="sector-application" name="Hộ tịch cấp huyện" scope="district">
            <dependsOn ref="national:national-document-axis" type="integration"/>
            ↓<dependsOn ref="national:national-civil-status-db" type="data"/>
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
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let framework = context.framework, let applied = context.applied else { return [] }
    let links = FrameworkLinks(context)
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
          let platform = system.through, !applied.kinds(satisfying: platform).contains(component.kind),
          !links.dependsOn(index, anyOf: applied.kinds(satisfying: platform))
        else { continue }
        violations.append(
          RuleViolation(
            message: .bypass(
              component.id, to: dependency.reference.description,
              platform: framework.kindTerm(platform)),
            position: dependency.position, component: component.id,
            related: [dependency.reference.description, platform]))
      }
    }
    return violations
  }
}

extension LocalizedText {
  fileprivate static func bypass(_ component: String, to system: String, platform: LocalizedText) -> Self {
    LocalizedText(
      en: "'\(component)' integrates straight with '\(system)' instead of through the \(platform.english)",
      vi: "'\(component)' kết nối thẳng với '\(system)' thay vì qua \(platform.vietnamese)")
  }
}
