/// `roadmap/phase-sequence`: the phases are misnumbered, out of order, overlapping, run past the
/// roadmap's end, or are not as many as the framework advises.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct PhaseSequenceRule: Rule {
  public static let description = RuleDescription(
    id: "roadmap/phase-sequence", defaultSeverity: .error,
    summary: LocalizedText(
      en: "the roadmap's phases are misnumbered, out of order, overlapping or not as many as the framework advises",
      vi:
        "các giai đoạn của lộ trình đánh số sai, sai thứ tự, chồng lấn hoặc không đúng số giai đoạn khung kiến trúc khuyến nghị"
    ),
    rationale: LocalizedText(
      en:
        "every roadmap check (delivery order, overdue tasks) reads the phases as consecutive periods; a wrong number or year makes them report against the wrong period",
      vi:
        "mọi kiểm tra lộ trình (thứ tự triển khai, nhiệm vụ quá hạn) coi các giai đoạn là những khoảng thời gian nối tiếp nhau; số hoặc năm sai khiến kết quả kiểm tra gắn với sai giai đoạn"
    ),
    details: LocalizedText(
      en: """
        In document order the phases must be numbered 1, 2, …, n (only the first wrong number is \
        reported, at that phase) and start in strictly ascending years (each phase that does not start \
        after the one before it is reported). A phase with an explicit `end` must end no earlier than it \
        starts and before the next phase starts (reported at the phase); a phase without `end` ends the \
        year before the next one starts, so it can only be wrong when the starts are, which is reported \
        already. The roadmap's `until` must not come before the last phase starts (reported at the \
        roadmap). When the framework's roadmap advice in force on the as-of date gives a number of \
        phases, the roadmap must have that many: that finding is at the roadmap, has the advice's \
        severity and shows its basis. The built-in frameworks give no number (no national text fixes \
        one: letter 1178/BTTTT-THH, section 4.2, gives an order), so with them a roadmap may have as \
        many phases as the province plans.
        """,
      vi: """
        Theo thứ tự trong tài liệu, các giai đoạn phải được đánh số 1, 2, …, n (chỉ báo số sai đầu tiên, \
        tại giai đoạn đó) và bắt đầu vào các năm tăng dần nghiêm ngặt (mỗi giai đoạn không bắt đầu sau \
        giai đoạn trước bị báo). Giai đoạn có `end` phải kết thúc không sớm hơn năm bắt đầu và trước khi \
        giai đoạn sau bắt đầu (báo tại giai đoạn); giai đoạn không có `end` kết thúc vào năm trước khi \
        giai đoạn sau bắt đầu, nên chỉ có thể sai khi năm bắt đầu sai, điều đã được báo. Thuộc tính \
        `until` của lộ trình không được trước năm bắt đầu của giai đoạn cuối (báo tại lộ trình). Khi \
        khuyến nghị về lộ trình của khung kiến trúc còn hiệu lực vào ngày đánh giá có nêu số giai \
        đoạn, lộ trình phải có đúng số giai đoạn đó: phát hiện này chỉ tới lộ trình, có mức độ và căn \
        cứ của khuyến nghị. Các khung kiến trúc tích hợp sẵn không nêu số giai đoạn (không văn bản nào \
        của trung ương quy định số giai đoạn: Công văn 1178/BTTTT-THH, mục 4.2, chỉ nêu thứ tự), nên \
        lộ trình có thể có bao nhiêu giai đoạn tùy tỉnh.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018"/>
          ↓<phase number="3" start="2020"/>
          <phase number="2" start="2022"/>
        </roadmap>
        """),
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2020"/>
          ↓<phase number="2" start="2019"/>
          ↓<phase number="3" start="2019"/>
        </roadmap>
        """),
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP"/>
        </components>
        ↓<roadmap until="2021">
          ↓<phase number="1" start="2018" end="2020"/>
          <phase number="2" start="2020" end="2021"/>
          <phase number="3" start="2022"/>
        </roadmap>
        """),
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018"/>
          ↓<phase number="2" start="2020" end="2019"/>
        </roadmap>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018" end="2019"/>
          <phase number="2" start="2021"/>
          <phase number="3" start="2023">
            <task action="build" component="lgsp"/>
          </phase>
        </roadmap>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="custom">
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP"/>
          </components>
          <roadmap>
            <phase number="1" start="2018"/>
          </roadmap>
        </architecture>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard let roadmap = context.architecture.roadmap else { return [] }
    let phases = context.schedule.phases
    var violations: [RuleViolation] = []
    if let misnumbered = phases.first(where: { $0.phase.number != $0.index + 1 }) {
      violations.append(
        RuleViolation(
          message: .misnumbered(misnumbered.phase.number, expected: misnumbered.index + 1),
          position: misnumbered.phase.position, key: "numbered \(misnumbered.phase.number)"))
    }
    for (previous, phase) in zip(phases, phases.dropFirst()) where phase.phase.start <= previous.phase.start {
      violations.append(
        RuleViolation(
          message: .notAscending(phase.phase, after: previous.phase), position: phase.phase.position,
          key: "order \(phase.phase.number)"))
    }
    for phase in phases {
      guard let end = phase.phase.end else { continue }
      if end < phase.phase.start {
        violations.append(
          RuleViolation(
            message: .endsBeforeStart(phase.phase), position: phase.phase.position,
            key: "end \(phase.phase.number)"))
      } else if phase.index + 1 < phases.count, end >= phases[phase.index + 1].phase.start {
        violations.append(
          RuleViolation(
            message: .overlaps(phase.phase, next: phases[phase.index + 1].phase), position: phase.phase.position,
            key: "overlap \(phase.phase.number)"))
      }
    }
    if let until = roadmap.until, let last = phases.last, until < last.phase.start {
      violations.append(
        RuleViolation(message: .untilBeforeLastPhase(until, last.phase), position: roadmap.position, key: "until"))
    }
    if let expectation = context.applied?.roadmap, let expected = expectation.phaseCount, phases.count != expected {
      violations.append(
        RuleViolation(
          message: .withBasis(.phaseCount(phases.count, expected: expected), expectation.basis),
          position: roadmap.position, severity: expectation.severity, key: "count"))
    }
    return violations
  }
}

extension LocalizedText {
  fileprivate static func misnumbered(_ number: Int, expected: Int) -> Self {
    let (phase, place) = (Vocabulary.phase(number), Vocabulary.phase(expected))
    return LocalizedText(
      en: "\(phase.english) comes where \(place.english) is expected",
      vi: "\(phase.vietnamese) nằm ở vị trí của \(place.vietnamese)")
  }

  fileprivate static func notAscending(_ phase: Phase, after previous: Phase) -> Self {
    let (this, start) = (Vocabulary.phase(phase.number), Vocabulary.in(year: phase.start))
    let before = Vocabulary.phase(previous.number, years: "\(previous.start)")
    return LocalizedText(
      en: "\(this.english) starts \(start.english), not after \(before.english)",
      vi: "\(this.vietnamese) bắt đầu \(start.vietnamese), không sau \(before.vietnamese)")
  }

  fileprivate static func endsBeforeStart(_ phase: Phase) -> Self {
    let this = Vocabulary.phase(phase.number)
    let (end, start) = (Vocabulary.in(year: phase.end ?? phase.start), Vocabulary.in(year: phase.start))
    return LocalizedText(
      en: "\(this.english) ends \(end.english), before it starts \(start.english)",
      vi: "\(this.vietnamese) kết thúc \(end.vietnamese), trước khi bắt đầu (\(start.vietnamese))")
  }

  fileprivate static func overlaps(_ phase: Phase, next: Phase) -> Self {
    let (this, end) = (Vocabulary.phase(phase.number), Vocabulary.in(year: phase.end ?? phase.start))
    let (following, start) = (Vocabulary.phase(next.number), Vocabulary.in(year: next.start))
    return LocalizedText(
      en: "\(this.english) ends \(end.english) but \(following.english) starts \(start.english): the phases overlap",
      vi:
        "\(this.vietnamese) kết thúc \(end.vietnamese) nhưng \(following.vietnamese) bắt đầu \(start.vietnamese): các giai đoạn chồng lấn nhau"
    )
  }

  fileprivate static func untilBeforeLastPhase(_ until: Int, _ last: Phase) -> Self {
    let (end, phase, start) = (
      Vocabulary.in(year: until), Vocabulary.phase(last.number), Vocabulary.in(year: last.start)
    )
    return LocalizedText(
      en: "the roadmap ends \(end.english), before its last phase, \(phase.english), starts \(start.english)",
      vi:
        "lộ trình kết thúc \(end.vietnamese), trước khi giai đoạn cuối (\(phase.vietnamese)) bắt đầu \(start.vietnamese)"
    )
  }

  fileprivate static func phaseCount(_ count: Int, expected: Int) -> Self {
    LocalizedText(
      en: "the roadmap has \(Vocabulary.count(count, "phase").english) where the framework advises \(expected)",
      vi: "lộ trình có \(count) giai đoạn trong khi khung kiến trúc khuyến nghị \(expected) giai đoạn")
  }
}
