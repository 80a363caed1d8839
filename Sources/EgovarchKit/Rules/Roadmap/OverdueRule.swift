/// `roadmap/overdue`: a task is not done although its due date, else its phase, has passed.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct OverdueRule: Rule {
  public static let description = RuleDescription(
    id: "roadmap/overdue", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "a roadmap task is not done although its due date has passed or its phase has ended",
      vi: "nhiệm vụ của lộ trình chưa hoàn thành dù đã quá hạn hoặc giai đoạn đã kết thúc"),
    rationale: LocalizedText(
      en:
        "an unfinished task of a past phase delays what depends on it; the roadmap must move it to a later phase or explain the delay",
      vi:
        "nhiệm vụ chưa hoàn thành của giai đoạn đã qua làm chậm những gì phụ thuộc vào nó; lộ trình cần chuyển nhiệm vụ sang giai đoạn sau hoặc giải trình việc chậm trễ"
    ),
    details: LocalizedText(
      en: """
        A task that is not started or in progress and has no `due` date of its own, in a phase whose \
        last year is known (its `end`, the \
        year before the next phase starts, or the roadmap's `until` for the last phase) and whose last \
        day (31 December of that year) has passed on the validation date (`--as-of`, the model's \
        `asOf`, else today), is reported at the task. The last day counts as a deadline: something due on D \
        is met when done on D and late from D + 1, so a task of a phase ending on 31 December is not \
        overdue on 31 December and is from 1 January. Done and cancelled tasks are not reported, nor \
        tasks of a last phase with no `until`. The task is named by its action and component, or by the \
        start of its text when it has no component.

        A task with its own `due` date (format 1.1: a year or a day) is judged by it instead of its \
        phase: it is overdue once the validation date is past the last day of `due` (31 December of a \
        year, or the day), whatever its phase, and the message says it was due on that day (or in that \
        year) rather than that its phase ended. A `due` outside its phase's years is reported as well by \
        `roadmap/task-outside-phase`. Dates in messages are spoken: "30 June 2025" in English, \
        "30/06/2025" in Vietnamese.
        """,
      vi: """
        Nhiệm vụ chưa bắt đầu hoặc đang thực hiện, không có hạn `due` riêng, thuộc giai đoạn đã biết năm cuối (`end`, năm trước \
        khi giai đoạn sau bắt đầu, hoặc `until` của lộ trình với giai đoạn cuối) và có ngày cuối (31 \
        tháng 12 của năm đó) đã qua tính đến ngày đánh giá (`--as-of`, thuộc tính `asOf` của mô hình, \
        nếu không có thì ngày hiện tại), bị báo tại nhiệm vụ. Ngày cuối được coi là thời hạn: việc có \
        hạn vào ngày D là đúng hạn khi hoàn thành trong ngày D và trễ hạn từ ngày D + 1, nên nhiệm vụ \
        của giai đoạn kết thúc ngày 31 tháng 12 chưa quá hạn vào ngày 31 tháng 12 và quá hạn từ ngày 1 \
        tháng 1. Nhiệm vụ đã hoàn thành hoặc đã hủy không bị báo, nhiệm vụ của giai đoạn cuối khi lộ \
        trình không có `until` cũng vậy. Nhiệm vụ được gọi tên theo hành động và thành phần, hoặc theo \
        phần đầu nội dung khi không gắn với thành phần.

        Nhiệm vụ có hạn hoàn thành riêng `due` (định dạng 1.1: một năm hoặc một ngày) được đánh giá \
        theo hạn đó thay cho giai đoạn: nhiệm vụ quá hạn khi ngày đánh giá đã qua ngày cuối của `due` \
        (31 tháng 12 của năm, hoặc chính ngày đó), dù thuộc giai đoạn nào, và thông báo nói hạn hoàn \
        thành là ngày (hoặc năm) đó thay vì nói giai đoạn đã kết thúc. Hạn `due` nằm ngoài các năm của \
        giai đoạn còn bị báo bởi `roadmap/task-outside-phase`. Ngày trong thông báo viết theo cách đọc \
        của mỗi ngôn ngữ: "30 June 2025" trong tiếng Anh, "30/06/2025" trong tiếng Việt.
        """),
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2020-08-18">
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP" status="existing"/>
            <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned"/>
          </components>
          <roadmap until="2025">
            <phase number="1" start="2017">
              <task action="build" component="lgsp" status="done"/>
              ↓<task action="build" component="reporting" status="in-progress"/>
              ↓<task action="train">Đào tạo công chức, viên chức khai thác các hệ thống công nghệ thông tin</task>
              <task action="policy" status="cancelled">Cơ chế thu hút nhân lực</task>
            </phase>
            <phase number="2" start="2020"/>
            <phase number="3" start="2021"/>
          </roadmap>
        </architecture>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2020-01-01">
          <components>
            <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned"/>
          </components>
          <roadmap>
            <phase number="1" start="2017" end="2019">
              ↓<task action="build" component="reporting" status="in-progress"/>
            </phase>
            <phase number="2" start="2020"/>
          </roadmap>
        </architecture>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2025-07-01">
          <components>
            <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned"/>
          </components>
          <roadmap>
            <phase number="1" start="2024">
              ↓<task action="build" component="reporting" status="in-progress" due="2025-06-30"/>
              ↓<task action="train" due="2024">Đào tạo</task>
            </phase>
          </roadmap>
        </architecture>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2019-12-31">
          <components>
            <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned"/>
          </components>
          <roadmap>
            <phase number="1" start="2017">
              <task action="build" component="reporting"/>
            </phase>
            <phase number="2" start="2020"/>
            <phase number="3" start="2021">
              <task action="train">Đào tạo</task>
            </phase>
          </roadmap>
        </architecture>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2025-06-30">
          <components>
            <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned"/>
          </components>
          <roadmap until="2026">
            <phase number="1" start="2024" end="2024">
              <task action="build" component="reporting" status="in-progress" due="2025-06-30"/>
            </phase>
            <phase number="2" start="2025">
              <task action="train" due="2025">Đào tạo</task>
            </phase>
          </roadmap>
        </architecture>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    var violations: [RuleViolation] = []
    for phase in context.schedule.phases {
      let phaseEnd = phase.endYear.flatMap(CalendarDate.endOfYear)
      for (offset, task) in zip(0..., phase.phase.tasks) where task.status == .notStarted || task.status == .inProgress
      {
        // Keyed by the task, not the date: the finding stays the same one as the days go by.
        if let due = task.due {
          guard context.asOf.isPast(deadline: due.lastDay) else { continue }
          violations.append(
            RuleViolation(
              message: .overdue(
                RoadmapWording.task(task, in: context.analysis), phase: phase, due: due, asOf: context.asOf),
              position: task.position,
              component: task.component, key: context.taskKey(phase: phase.index, task: offset)))
        } else if let phaseEnd, context.asOf.isPast(deadline: phaseEnd) {
          violations.append(
            RuleViolation(
              message: .overdue(
                RoadmapWording.task(task, in: context.analysis), phase: phase, ended: phaseEnd, asOf: context.asOf),
              position: task.position,
              component: task.component, key: context.taskKey(phase: phase.index, task: offset)))
        }
      }
    }
    return violations
  }
}

extension LocalizedText {
  /// A task whose phase ended: "… is not done and its phase ended on 31 December 2019 (as of …)".
  fileprivate static func overdue(
    _ name: LocalizedText, phase: RoadmapSchedule.ScheduledPhase, ended: CalendarDate, asOf: CalendarDate
  ) -> Self {
    let period = RoadmapWording.phase(phase)
    let end = Vocabulary.on(ended)
    let date = Vocabulary.asOf(asOf)
    return LocalizedText(
      en:
        "task \(name.english) of \(period.english) is not done and its phase ended \(end.english) (\(date.english))",
      vi:
        "nhiệm vụ \(name.vietnamese) của \(period.vietnamese) chưa hoàn thành dù giai đoạn đã kết thúc \(end.vietnamese) (\(date.vietnamese))"
    )
  }

  /// A task past its own due date: "… is not done and was due on 30 June 2025 (as of …)".
  fileprivate static func overdue(
    _ name: LocalizedText, phase: RoadmapSchedule.ScheduledPhase, due: YearOrDate, asOf: CalendarDate
  ) -> Self {
    let period = RoadmapWording.phase(phase)
    let day = RoadmapWording.when(due)
    let date = Vocabulary.asOf(asOf)
    return LocalizedText(
      en: "task \(name.english) of \(period.english) is not done and was due \(day.english) (\(date.english))",
      vi:
        "nhiệm vụ \(name.vietnamese) của \(period.vietnamese) chưa hoàn thành dù có hạn hoàn thành \(day.vietnamese) (\(date.vietnamese))"
    )
  }
}
