/// `kpi/target-missed`: an indicator that is due reports an actual value short of its target.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct TargetMissedRule: Rule {
  public static let description = RuleDescription(
    id: "kpi/target-missed", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "an indicator whose deadline has passed reports a value that does not meet its target",
      vi: "chỉ tiêu đã quá hạn có giá trị thực tế không đạt mục tiêu"),
    rationale: LocalizedText(
      en:
        "a missed target shows where the architecture has not delivered what the province committed to; the components behind it need attention in the next phase",
      vi:
        "chỉ tiêu không đạt cho thấy kiến trúc chưa mang lại điều tỉnh đã cam kết; các thành phần liên quan cần được ưu tiên ở giai đoạn tiếp theo"
    ),
    details: LocalizedText(
      en: """
        An indicator is due when its deadline has passed on the validation date (`--as-of`, the \
        model's `asOf`, else today), or when it has no deadline. A deadline passes the day after it: \
        something due on D is met when done on D and late from D + 1, so on the deadline day itself an \
        indicator that falls short is not reported yet. It is met when:

        - a boolean indicator's actual value equals its target (the direction is ignored);
        - an `at-least` indicator has `actual >= target`, an `at-most` one `actual <= target`.

        A due indicator with an actual value that is not met is reported at the `indicator` element; its \
        component is the indicator's `component`, if any, and its related id the indicator's id. An \
        indicator whose deadline has not passed is not reported even when its current value falls short \
        (the gap report counts it as not yet due), and one without an actual value is \
        `kpi/not-reported`'s business.

        With dated values (format 1.1: `actual` with `measured`, and `measurement` children; values \
        dated after the validation date are not known yet), a due indicator is judged by its result at \
        the deadline: the value dated the deadline day, else the latest one before it when it meets \
        the target, else the first one after it (a result reported late) when it still falls short; \
        the message says when it was measured. A value measured before the deadline that falls short \
        is not the result (`kpi/not-reported` says so), and neither is a later one that meets the \
        target. An `actual` without `measured` is the result, as in a v1 model.
        """,
      vi: """
        Chỉ tiêu đến hạn khi thời hạn (`deadline`) đã qua tính đến ngày đánh giá (`--as-of`, thuộc \
        tính `asOf` của mô hình, nếu không có thì ngày hiện tại), hoặc khi chỉ tiêu không có thời hạn. \
        Thời hạn chỉ qua từ ngày hôm sau: việc có hạn vào ngày D là đúng hạn khi hoàn thành trong ngày \
        D và trễ hạn từ ngày D + 1, nên ngay trong ngày đến hạn chỉ tiêu chưa đạt vẫn chưa bị báo. Chỉ \
        tiêu đạt khi:

        - chỉ tiêu kiểu đúng/sai (`boolean`) có giá trị thực tế bằng mục tiêu (không xét `direction`);
        - chỉ tiêu `at-least` có `actual >= target`, chỉ tiêu `at-most` có `actual <= target`.

        Chỉ tiêu đến hạn có giá trị thực tế mà không đạt bị báo tại phần tử `indicator`; thành phần của \
        phát hiện là `component` của chỉ tiêu (nếu có), mã liên quan là mã của chỉ tiêu. Chỉ tiêu chưa \
        qua thời hạn không bị báo dù giá trị hiện tại chưa đạt (báo cáo khoảng cách tính là chưa đến \
        hạn), còn chỉ tiêu chưa có giá trị thực tế thuộc quy tắc `kpi/not-reported`.

        Với các giá trị có ngày đo (định dạng 1.1: `actual` kèm `measured`, và các phần tử con \
        `measurement`; giá trị đo sau ngày đánh giá chưa được tính), chỉ tiêu đến hạn được đánh giá \
        theo kết quả tại thời hạn: giá trị đo đúng ngày đến hạn, nếu không thì giá trị gần nhất trước \
        thời hạn khi nó đạt mục tiêu, nếu không thì giá trị đầu tiên sau thời hạn (kết quả báo cáo \
        muộn) khi nó vẫn chưa đạt; thông báo nêu ngày đo. Giá trị đo trước thời hạn mà chưa đạt không \
        phải kết quả (quy tắc `kpi/not-reported` báo việc này), giá trị đo sau thời hạn đã đạt cũng \
        vậy. Giá trị `actual` không có `measured` là kết quả, như trong mô hình phiên bản 1.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="online-services" kind="online-public-services" name="Dịch vụ công trực tuyến" status="existing"/>
        </components>
        <indicators>
          ↓<indicator id="dvc-level4" name="Tỷ lệ DVC trực tuyến mức độ 4" unit="percent"
                     direction="at-least" target="35" actual="34" deadline="2020-12-31"
                     source="17/NQ-CP" component="online-services"/>
          <indicator id="dvc-level3" unit="percent" target="30" actual="35.5" deadline="2020-12-31"/>
          ↓<indicator id="late-dossiers" unit="percent" direction="at-most" target="1" actual="2.5"/>
          ↓<indicator id="ecabinet" unit="boolean" target="true" actual="false" deadline="2021-06-29"/>
          ↓<indicator id="targets-2020" unit="count" target="30" actual="25" measured="2020-12-31"
                     deadline="2020-12-31"/>
          ↓<indicator id="email" unit="percent" target="90" deadline="2020-12-31">
            <measurement date="2020-10-31" value="70"/>
            <measurement date="2021-01-20" value="85"/>
          </indicator>
        </indicators>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0"
                      asOf="2021-01-01">
          <components>
            <component id="portal" kind="web-portal" name="Cổng thông tin" status="existing"/>
          </components>
          <indicators>
            ↓<indicator id="open-tasks" unit="count" direction="at-most" target="0" actual="7" deadline="2020-12-31"/>
          </indicators>
        </architecture>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="online-services" kind="online-public-services" name="Dịch vụ công trực tuyến" status="existing"/>
        </components>
        <indicators>
          <indicator id="dvc-level3" unit="percent" target="30" actual="30" deadline="2020-12-31"/>
          <indicator id="late-dossiers" unit="percent" direction="at-most" target="1" actual="0.8"/>
          <indicator id="no-paper" unit="boolean" direction="at-least" target="false" actual="false"/>
          <indicator id="dvc-2025" unit="percent" target="80" actual="40" deadline="2025-12-31"
                     component="online-services"/>
          <indicator id="dossiers" unit="percent" target="20" deadline="2020-12-31"/>
          <indicator id="targets-2020" unit="count" target="30" actual="21" measured="2020-10-31"
                     deadline="2020-12-31"/>
        </indicators>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0"
                      asOf="2020-12-31">
          <components>
            <component id="portal" kind="web-portal" name="Cổng thông tin" status="existing"/>
          </components>
          <indicators>
            <indicator id="open-tasks" unit="count" direction="at-most" target="0" actual="7" deadline="2020-12-31"/>
          </indicators>
        </architecture>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    context.indicatorAssessments.compactMap { assessment in
      let indicator = assessment.indicator
      guard assessment.status == .missed, let actual = assessment.formattedActual else { return nil }
      return RuleViolation(
        message: .targetMissed(assessment, actual: actual), position: indicator.position,
        component: indicator.component, related: [indicator.id], key: indicator.id)
    }
  }
}

extension LocalizedText {
  fileprivate static func targetMissed(_ assessment: IndicatorAssessment, actual: LocalizedText) -> Self {
    let indicator = assessment.indicator
    let name = indicator.name.map { " (\($0))" } ?? ""
    let target = assessment.formattedTarget
    let due = indicator.deadline.map { Vocabulary.by($0) }
    let source = indicator.source
    // A dated value says when it was measured, and whether that was after the deadline.
    let measured = assessment.measurement.map { measurement -> LocalizedText in
      let day = measurement.date.spoken
      return assessment.measuredAfterDeadline == true
        ? LocalizedText(
          en: " (measured \(day.english), after the deadline)", vi: " (số liệu ngày \(day.vietnamese), sau thời hạn)")
        : LocalizedText(en: " (measured \(day.english))", vi: " (số liệu ngày \(day.vietnamese))")
    }
    if indicator.unit == .boolean {
      // "no against yes" reads badly in both languages: a yes/no target is either reached or not.
      return LocalizedText(
        en:
          "indicator '\(indicator.id)'\(name) missed its target: not achieved\(measured?.english ?? ""), where it was required"
          + (due.map { " \($0.english)" } ?? "") + (source.map { " (source: \($0))" } ?? ""),
        vi:
          "chỉ tiêu '\(indicator.id)'\(name) không đạt: chưa thực hiện\(measured?.vietnamese ?? ""), trong khi yêu cầu phải đạt"
          + (due.map { " \($0.vietnamese)" } ?? "") + (source.map { " (nguồn: \($0))" } ?? ""))
    }
    return LocalizedText(
      en:
        "indicator '\(indicator.id)'\(name) missed its target: \(actual.english)\(measured?.english ?? "") against \(target.english)"
        + (due.map { " \($0.english)" } ?? "") + (source.map { " (source: \($0))" } ?? ""),
      vi:
        "chỉ tiêu '\(indicator.id)'\(name) không đạt: \(actual.vietnamese)\(measured?.vietnamese ?? "") so với mục tiêu \(target.vietnamese)"
        + (due.map { " \($0.vietnamese)" } ?? "") + (source.map { " (nguồn: \($0))" } ?? ""))
  }
}
