/// `framework/not-yet-issued`: the model was approved before the framework it declares existed.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct NotYetIssuedRule: Rule {
  public static let description = RuleDescription(
    id: "framework/not-yet-issued", defaultSeverity: .error,
    summary: LocalizedText(
      en: "the model was approved before the framework it declares took effect",
      vi: "mô hình được phê duyệt trước khi khung kiến trúc mà nó khai báo có hiệu lực"),
    rationale: LocalizedText(
      en:
        "an architecture cannot have been built on a framework that did not exist yet: either the framework or the approval date is wrong",
      vi:
        "kiến trúc không thể được xây dựng theo một khung kiến trúc chưa ban hành: khung kiến trúc hoặc ngày phê duyệt bị ghi sai"
    ),
    details: LocalizedText(
      en: """
        Reported at the `architecture` element when it has an `approved` date earlier than the day its \
        framework took effect (built in: 1.0 on 2015-04-21, 2.0 on 2019-12-31, 3.0 on 2023-12-29). A \
        model without `approved` is not checked.
        """,
      vi: """
        Báo tại phần tử `architecture` khi ngày phê duyệt (`approved`) sớm hơn ngày khung kiến trúc của \
        mô hình có hiệu lực (có sẵn: 1.0 ngày 2015-04-21, 2.0 ngày 2019-12-31, 3.0 ngày 2023-12-29). Mô \
        hình không có `approved` không được kiểm tra.
        """),
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        ↓<architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0"
                      approved="2019-06-30" asOf="2020-06-30">
          <components/>
        </architecture>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0"
                      approved="2019-12-31" asOf="2020-06-30">
          <components/>
        </architecture>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let framework = context.framework, let approved = context.architecture.approved,
      let since = framework.period.since, approved < since
    else { return [] }
    let decision = LegalInstrument.citation(of: framework.instruments)
    return [
      RuleViolation(
        message: LocalizedText(
          en: "the model was approved \(Vocabulary.on(approved).english), before framework \(framework.id) took "
            + "effect \(Vocabulary.on(since).english)"
            + (framework.instruments.isEmpty ? "" : " (\(decision.english))"),
          vi: "mô hình được phê duyệt \(Vocabulary.on(approved).vietnamese), trước khi khung kiến trúc "
            + "\(framework.id) có hiệu lực \(Vocabulary.on(since).vietnamese)"
            + (framework.instruments.isEmpty ? "" : " (\(decision.vietnamese))")),
        position: context.architecture.position)
    ]
  }
}
