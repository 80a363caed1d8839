/// `kpi/not-reported`: an indicator whose deadline has passed has no actual value.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct NotReportedRule: Rule {
  public static let description = RuleDescription(
    id: "kpi/not-reported", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "an indicator whose deadline has passed has no reported value",
      vi: "chỉ tiêu đã quá hạn nhưng chưa có giá trị thực tế"),
    rationale: LocalizedText(
      en:
        "without the actual value nobody can tell whether the target was met; the province owes the figure to the body that set the target",
      vi:
        "thiếu giá trị thực tế thì không thể biết chỉ tiêu có đạt hay không; tỉnh cần báo cáo số liệu cho cơ quan đã giao chỉ tiêu"
    ),
    details: LocalizedText(
      en: """
        Only indicators whose `deadline` has passed on the validation date (`--as-of`, the model's \
        `asOf`, else today) and that have no `actual` value are reported. A deadline passes the day after \
        it: something due on D is met when done on D and late from D + 1, so on the deadline day itself \
        nothing is reported yet. An indicator without a deadline is never overdue for a report, and one \
        whose deadline has not passed may be reported later. The finding points at the `indicator` \
        element; its component is the indicator's `component`, if any, and its related id the \
        indicator's id.

        Dated values (format 1.1: `actual` with `measured`, and `measurement` children) tell the \
        result at the deadline only when one is dated the deadline day, when the latest one before it \
        meets the target, or when the first one after it still falls short (`kpi/target-missed`'s \
        business). Otherwise, once the deadline has passed, the indicator is not reported at its \
        deadline, and the message gives the last value known with its date: a figure measured in \
        October is not the result at a December deadline. When that last value was measured after the \
        deadline and meets the target, the finding is a note: the target was reached, only not known \
        to be reached in time. Values dated after the validation date are not known yet. An `actual` \
        without `measured` is the result, as in a v1 model.
        """,
      vi: """
        Chỉ báo các chỉ tiêu có thời hạn (`deadline`) đã qua tính đến ngày đánh giá (`--as-of`, thuộc \
        tính `asOf` của mô hình, nếu không có thì ngày hiện tại) mà chưa có giá trị thực tế (`actual`). \
        Thời hạn chỉ qua từ ngày hôm sau: việc có hạn vào ngày D là đúng hạn khi hoàn thành trong ngày \
        D và trễ hạn từ ngày D + 1, nên ngay trong ngày đến hạn chưa có gì bị báo. Chỉ tiêu không có \
        thời hạn thì không bao giờ quá hạn báo cáo, còn chỉ tiêu chưa qua thời hạn có thể báo cáo sau. \
        Phát hiện chỉ tới phần tử `indicator`; thành phần của phát hiện là `component` của chỉ tiêu (nếu \
        có), mã liên quan là mã của chỉ tiêu.

        Các giá trị có ngày đo (định dạng 1.1: `actual` kèm `measured`, và các phần tử con \
        `measurement`) chỉ cho biết kết quả tại thời hạn khi có giá trị đo đúng ngày đến hạn, khi giá \
        trị gần nhất trước thời hạn đã đạt mục tiêu, hoặc khi giá trị đầu tiên sau thời hạn vẫn chưa \
        đạt (thuộc quy tắc `kpi/target-missed`). Nếu không, khi đã quá hạn, chỉ tiêu bị báo là chưa có \
        số liệu tại thời hạn, kèm giá trị đo gần nhất và ngày đo: số liệu đo tháng 10 không phải kết \
        quả tại thời hạn tháng 12. Khi giá trị gần nhất đó được đo sau thời hạn và đã đạt mục tiêu, \
        phát hiện chỉ là ghi chú: mục tiêu đã đạt, chỉ chưa biết có đạt đúng hạn hay không. Giá trị đo \
        sau ngày đánh giá chưa được tính. Giá trị `actual` không có `measured` là kết quả, như trong mô \
        hình phiên bản 1.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          <component id="online-services" kind="online-public-services" name="Dịch vụ công trực tuyến" status="existing"/>
        </components>
        <indicators>
          ↓<indicator id="dvc-level4" name="Tỷ lệ DVC trực tuyến mức độ 4" unit="percent"
                     target="30" deadline="2020-12-31" source="17/NQ-CP" component="online-services"/>
          <indicator id="dvc-level3" unit="percent" target="30" actual="35.5" deadline="2020-12-31"/>
          ↓<indicator id="reporting" unit="boolean" target="true" deadline="2021-03-31"/>
          ↓<indicator id="targets-2020" name="Số chỉ tiêu đạt" unit="count" target="30" actual="21"
                     measured="2020-10-31" deadline="2020-12-31"/>
          ↓<indicator id="ecabinet" unit="boolean" target="true" deadline="2020-12-31">
            <measurement date="2020-06-30" value="false"/>
            <measurement date="2021-02-15" value="true"/>
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
            ↓<indicator id="dvc-level4" unit="percent" target="30" deadline="2020-12-31"/>
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
          <indicator id="dvc-2025" unit="percent" target="80" deadline="2025-12-31" component="online-services"/>
          <indicator id="ict-rank" unit="count" direction="at-most" target="30"/>
          <indicator id="dvc-level3" unit="percent" target="30" actual="12" deadline="2020-12-31"/>
          <indicator id="targets-2020" unit="count" target="30" actual="25" measured="2020-12-31"
                     deadline="2020-12-31"/>
          <indicator id="email" unit="percent" target="90" deadline="2020-12-31">
            <measurement date="2020-10-31" value="92"/>
          </indicator>
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
            <indicator id="dvc-level4" unit="percent" target="30" deadline="2020-12-31"/>
            <indicator id="dvc-2021" unit="percent" target="50" deadline="2021-12-31"/>
          </indicators>
        </architecture>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    context.indicatorAssessments.compactMap { assessment in
      let indicator = assessment.indicator
      guard let deadline = indicator.deadline, assessment.status == .notReported else { return nil }
      let message: LocalizedText =
        assessment.measurement.map { .notReportedAtDeadline(assessment, last: $0, deadline: deadline) }
        ?? .notReported(indicator.id, deadline: deadline)
      // Reached after the deadline: the target is met, only not known to be met in time.
      let reachedLate = assessment.measuredAfterDeadline == true && (assessment.shortfall ?? 1) <= 0
      return RuleViolation(
        message: message, position: indicator.position,
        component: indicator.component, related: [indicator.id], severity: reachedLate ? .note : nil,
        key: indicator.id)
    }
  }
}

extension LocalizedText {
  fileprivate static func notReported(_ indicator: String, deadline: CalendarDate) -> Self {
    LocalizedText(
      en:
        "indicator '\(indicator)' has no reported value although its deadline, \(deadline.spoken.english), has passed",
      vi: "chỉ tiêu '\(indicator)' chưa có giá trị thực tế dù đã quá hạn (ngày \(deadline.spoken.vietnamese))")
  }

  /// An indicator whose dated values do not tell its result at the deadline: the last value known,
  /// from before the deadline or (reached late) after it.
  fileprivate static func notReportedAtDeadline(
    _ assessment: IndicatorAssessment, last: IndicatorMeasurement, deadline: CalendarDate
  ) -> Self {
    let indicator = assessment.indicator
    let name = indicator.name.map { " (\($0))" } ?? ""
    let (due, day) = (deadline.spoken, last.date.spoken)
    let value = IndicatorAssessment.format(last.value, unit: indicator.unit)
    let target = assessment.formattedTarget
    let figure: LocalizedText
    if indicator.unit == .boolean {
      figure =
        (assessment.shortfall ?? 1) > 0
        ? LocalizedText(en: "not achieved", vi: "chưa đạt") : LocalizedText(en: "achieved", vi: "đã đạt")
    } else {
      figure = LocalizedText(
        en: "\(value.english) against \(target.english)", vi: "\(value.vietnamese) so với mục tiêu \(target.vietnamese)"
      )
    }
    let when: LocalizedText
    if !last.date.isPast(deadline: deadline) {
      when = LocalizedText(en: "last measured on \(day.english)", vi: "lần đo gần nhất ngày \(day.vietnamese)")
    } else if (assessment.shortfall ?? 1) <= 0 {
      when = LocalizedText(
        en: "met after it, on \(day.english)", vi: "đạt theo số liệu đo sau thời hạn, ngày \(day.vietnamese)")
    } else {
      when = LocalizedText(
        en: "measured after it on \(day.english)", vi: "số liệu đo sau thời hạn, ngày \(day.vietnamese)")
    }
    return LocalizedText(
      en:
        "indicator '\(indicator.id)'\(name) was not reported at its deadline \(due.english); \(when.english): \(figure.english)",
      vi:
        "chỉ tiêu '\(indicator.id)'\(name) chưa có số liệu tại thời hạn \(due.vietnamese); \(when.vietnamese): \(figure.vietnamese)"
    )
  }
}
