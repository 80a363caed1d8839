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
        For each component requirement of the framework in force on the as-of date, in the \
        framework's order: when no non-retired component is of the required kind or of a kind that \
        satisfies it on that date (from 2021-12-06 the merged administrative-procedure system, \
        `tthc-system`, meets the one-stop-shop and the public-service portal; from 2020-04-03 a \
        `cloud` meets the data centre), one finding at the `architecture` element naming every kind \
        that would do, with the requirement's severity (the force of its legal basis) and basis. The \
        finding has no component (the model has none to name); `related` holds the kinds that would \
        meet the requirement, the required one first, so that a CI can tell which is missing without \
        reading the message (`egovarch gaps` lists them too). A planned component counts: the architecture describes the \
        target, and the roadmap rules check when it is delivered. When the model has only a kind \
        that meets the requirement from a later date (a merged system before Decree 107/2021), it is \
        accepted with a note saying so. Requirements no longer in force on the as-of date are not \
        checked (the provincial public-service portal after 2025-06-30).
        """,
      vi: """
        Với mỗi yêu cầu về thành phần của khung kiến trúc còn hiệu lực vào ngày đánh giá, theo thứ tự \
        trong khung: khi không có thành phần nào chưa ngừng sử dụng thuộc loại được yêu cầu hoặc loại \
        đáp ứng thay loại đó vào ngày đánh giá (từ 2021-12-06 hệ thống thông tin giải quyết thủ tục \
        hành chính, `tthc-system`, đáp ứng yêu cầu về hệ thống một cửa điện tử và cổng dịch vụ công; từ \
        2020-04-03 nền tảng điện toán đám mây, `cloud`, đáp ứng yêu cầu về trung tâm dữ liệu), một phát \
        hiện tại phần tử `architecture` nêu mọi loại có thể đáp ứng, với mức độ (theo hiệu lực của căn \
        cứ pháp lý) và căn cứ của yêu cầu. Phát hiện không có thành phần (mô hình không có thành phần \
        nào để gọi tên); `related` chứa các loại có thể đáp ứng yêu cầu, loại được yêu cầu đứng đầu, để \
        hệ thống CI biết loại nào còn thiếu mà không cần đọc nội dung (`egovarch gaps` cũng liệt kê). \
        Thành phần dự kiến (`planned`) \
        vẫn được tính: kiến trúc mô tả trạng thái đích, còn các quy tắc lộ trình kiểm tra thời điểm \
        triển khai. Khi mô hình chỉ có loại đáp ứng yêu cầu từ một ngày sau ngày đánh giá (hệ thống \
        hợp nhất trước Nghị định 107/2021), thành phần đó được chấp nhận kèm một ghi chú. Các yêu cầu \
        hết hiệu lực vào ngày đánh giá không được kiểm tra (cổng dịch vụ công cấp tỉnh sau 2025-06-30).
        """),
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        ↓↓<architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0" asOf="2021-06-30">
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP"/>
            <component id="dc" kind="data-centre" name="Trung tâm dữ liệu tỉnh"/>
            <component id="tthc" kind="tthc-system" name="Hệ thống thông tin giải quyết TTHC tỉnh"/>
            <component id="portal" kind="web-portal" name="Cổng thông tin điện tử tỉnh"/>
            <component id="eoffice" kind="eoffice" name="Quản lý văn bản và điều hành"/>
            <component id="email" kind="email" name="Thư điện tử công vụ"/>
            <component id="reporting" kind="reporting-system" name="Hệ thống thông tin báo cáo"/>
            <component id="soc" kind="soc" name="Trung tâm giám sát an toàn thông tin"/>
            <component id="security" kind="security-system" name="Hệ thống an toàn thông tin"/>
            <component id="signature" kind="digital-signature" name="Chữ ký số chuyên dùng"/>
          </components>
        </architecture>
        """),
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
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0" asOf="2022-06-30">
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP"/>
            <component id="cloud" kind="cloud" name="Nền tảng điện toán đám mây của tỉnh"/>
            <component id="tthc" kind="tthc-system" name="Hệ thống thông tin giải quyết TTHC tỉnh"/>
            <component id="portal" kind="web-portal" name="Cổng thông tin điện tử tỉnh"/>
            <component id="eoffice" kind="eoffice" name="Quản lý văn bản và điều hành"/>
            <component id="email" kind="email" name="Thư điện tử công vụ"/>
            <component id="reporting" kind="reporting-system" name="Hệ thống thông tin báo cáo"/>
            <component id="soc" kind="soc" name="Trung tâm giám sát an toàn thông tin"/>
            <component id="security" kind="security-system" name="Hệ thống an toàn thông tin"/>
            <component id="signature" kind="digital-signature" name="Chữ ký số chuyên dùng"/>
          </components>
        </architecture>
        """),
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
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let framework = context.framework, let applied = context.applied else { return [] }
    return applied.components.compactMap { requirement in
      guard context.analysis.components(meeting: requirement).isEmpty else { return nil }
      let alternatives = applied.kinds(satisfying: requirement.kind).map { framework.kindTerm($0) }
      if let early = context.analysis.earlySubstitute(for: requirement), let since = early.period.since {
        // A kind that meets the requirement only from a later date (the merged procedures system
        // before Decree 107/2021): accepted, with a note saying so.
        return RuleViolation(
          message: .withBasis(
            .metEarly(
              framework.kindTerm(requirement.kind), by: framework.kindTerm(early.kind), since: since,
              framework: framework.id),
            early.instruments.isEmpty ? requirement.basis : LegalInstrument.citation(of: early.instruments)),
          position: context.architecture.position, related: context.components(ofKind: early.kind).map(\.id),
          severity: .note, key: requirement.kind + " by " + early.kind)
      }
      // No component to name: `related` holds the kinds that would meet the requirement, which
      // the date decides; the key is the required kind.
      return RuleViolation(
        message: .withBasis(.missingComponent(alternatives, framework: framework.id), requirement.basis),
        position: context.architecture.position, related: applied.kinds(satisfying: requirement.kind),
        severity: requirement.severity, key: requirement.kind)
    }
  }
}

extension LocalizedText {
  fileprivate static func missingComponent(_ kinds: [LocalizedText], framework: String) -> Self {
    let english = Vocabulary.or(kinds.map { "the \($0.english)" })
    let vietnamese = Vocabulary.orVietnamese(kinds.map(\.vietnamese))
    return LocalizedText(
      en: "framework \(framework) requires \(english), which the model does not have",
      vi: "khung kiến trúc \(framework) yêu cầu có \(vietnamese), mô hình chưa có")
  }

  fileprivate static func metEarly(
    _ kind: LocalizedText, by substitute: LocalizedText, since: CalendarDate, framework: String
  ) -> Self {
    LocalizedText(
      en: "framework \(framework) requires the \(kind.english); the model's \(substitute.english) meets it only "
        + "\(Vocabulary.since(since).english), and is accepted here ahead of that date",
      vi: "khung kiến trúc \(framework) yêu cầu có \(kind.vietnamese); \(substitute.vietnamese) của mô hình chỉ đáp "
        + "ứng yêu cầu này \(Vocabulary.since(since).vietnamese), và được chấp nhận ở đây trước ngày đó")
  }
}
