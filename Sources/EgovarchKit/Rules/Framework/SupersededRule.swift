/// `framework/superseded`: the model is checked against a framework that had been replaced by
/// its as-of date.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct SupersededRule: Rule {
  public static let description = RuleDescription(
    id: "framework/superseded", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "the model's framework had been replaced by its as-of date",
      vi: "khung kiến trúc của mô hình đã được thay thế vào ngày đánh giá"),
    rationale: LocalizedText(
      en:
        "each framework decision replaces the one before (1.0 by 2323/QĐ-BTTTT, 2.0 by 2568/QĐ-BTTTT, 3.0 by 292/QĐ-BKHCN); an architecture still built on a replaced framework misses what its successor added, and the province is asked to update it",
      vi:
        "mỗi quyết định ban hành khung kiến trúc thay thế khung trước đó (1.0 bởi 2323/QĐ-BTTTT, 2.0 bởi 2568/QĐ-BTTTT, 3.0 bởi 292/QĐ-BKHCN); kiến trúc vẫn dựa trên khung đã bị thay thế thiếu những nội dung khung mới bổ sung, và tỉnh được yêu cầu cập nhật"
    ),
    details: LocalizedText(
      en: """
        Reported at the `architecture` element when the framework names a successor (built in: 1.0 → \
        2.0 from 2019-12-31, 2.0 → 3.0 from 2023-12-29, 3.0 → 4.0 from 2025-03-25) that had taken effect \
        on or before the as-of date. The message names the successor and its decision and, when later \
        frameworks replaced that one too by the as-of date, the framework in force on that day. The \
        framework's own requirements are still checked as they stood on the as-of date: a province may \
        have started under the old framework.
        """,
      vi: """
        Báo tại phần tử `architecture` khi khung kiến trúc có khung thay thế (có sẵn: 1.0 → 2.0 từ \
        2019-12-31, 2.0 → 3.0 từ 2023-12-29, 3.0 → 4.0 từ 2025-03-25) có hiệu lực vào hoặc trước ngày \
        đánh giá. Thông báo nêu khung thay thế và quyết định ban hành, và khi khung đó cũng đã được \
        thay thế trước ngày đánh giá, nêu khung có hiệu lực vào ngày đó. Các yêu cầu của chính khung \
        kiến trúc vẫn được kiểm tra theo quy định tại ngày đánh giá: tỉnh có thể đã bắt đầu theo khung cũ.
        """),
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        ↓<architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0"
                      approved="2021-06-30" asOf="2024-06-30">
          <components/>
        </architecture>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0"
                      approved="2021-06-30" asOf="2023-12-28">
          <components/>
        </architecture>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let framework = context.framework, let successor = framework.successor, successor.since <= context.asOf
    else { return [] }
    // Follow the built-in successors to the framework in force on the as-of date.
    var current = successor
    var seen: Set<String> = [framework.id, successor.id]
    while let next = BuiltInFrameworks.framework(current.id)?.successor, next.since <= context.asOf,
      seen.insert(next.id).inserted
    {
      current = next
    }
    return [
      RuleViolation(
        message: .superseded(framework.id, by: successor, current: current.id == successor.id ? nil : current),
        position: context.architecture.position)
    ]
  }
}

extension LocalizedText {
  fileprivate static func superseded(_ id: String, by successor: FrameworkSuccessor, current: FrameworkSuccessor?)
    -> Self
  {
    let decision = LegalInstrument.citation(of: successor.instruments)
    let now = current.map { current in
      let decision = LegalInstrument.citation(of: current.instruments)
      return LocalizedText(
        en:
          "; \(Vocabulary.since(current.since).english) the framework in force is \(current.id) (\(decision.english))",
        vi:
          "; \(Vocabulary.since(current.since).vietnamese) khung kiến trúc có hiệu lực là \(current.id) (\(decision.vietnamese))"
      )
    }
    return LocalizedText(
      en: "framework \(id) was replaced \(Vocabulary.on(successor.since).english) by framework \(successor.id), "
        + "\(successor.name.english) (\(decision.english))\(now?.english ?? "")",
      vi:
        "khung kiến trúc \(id) đã được thay thế \(Vocabulary.since(successor.since).vietnamese) bởi khung \(successor.id), "
        + "\(successor.name.vietnamese) (\(decision.vietnamese))\(now?.vietnamese ?? "")")
  }
}
