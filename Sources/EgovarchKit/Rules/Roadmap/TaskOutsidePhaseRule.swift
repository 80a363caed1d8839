/// `roadmap/task-outside-phase`: a task's own `start` or `due` lies outside its phase's years, or
/// it is due before it starts.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct TaskOutsidePhaseRule: Rule {
  public static let description = RuleDescription(
    id: "roadmap/task-outside-phase", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "a roadmap task starts or is due outside its phase's years, or is due before it starts",
      vi:
        "nhiệm vụ của lộ trình bắt đầu hoặc có hạn hoàn thành ngoài các năm của giai đoạn, hoặc có hạn trước khi bắt đầu"
    ),
    rationale: LocalizedText(
      en:
        "a task dated outside its phase makes the roadmap say two things at once: the phase's progress, the overdue check and the delivery order read the phase, the task's own date says another period; either the date or the phase is wrong",
      vi:
        "nhiệm vụ có thời gian nằm ngoài giai đoạn khiến lộ trình nói hai điều khác nhau: tiến độ giai đoạn, kiểm tra quá hạn và thứ tự triển khai đọc theo giai đoạn, còn thời gian riêng của nhiệm vụ lại chỉ một khoảng khác; hoặc thời gian hoặc giai đoạn đã ghi sai"
    ),
    details: LocalizedText(
      en: """
        Format 1.1 lets a task carry its own `start` and `due` (a year or a day). Its phase covers the \
        years from its `start` to its last year (its `end`, the year before the next phase starts, or \
        the roadmap's `until` for the last phase; no last year for a last phase without `until`). A \
        task whose `start` or `due` falls in a year before the phase starts or after its last year is \
        reported at the task, once for each date; so is a task due before it starts (the last day of \
        `due` before the first day of `start`: `start="2025"` with `due="2025-03-31"` is fine, \
        `start="2025-07-01"` with `due="2025-06-30"` is not). Cancelled tasks are not reported. A task \
        due after its phase is still judged by its `due` in `roadmap/overdue`. Dates in messages are \
        spoken: "30 June 2025" in English, "30/06/2025" in Vietnamese.
        """,
      vi: """
        Định dạng 1.1 cho phép nhiệm vụ có thời gian riêng `start` và `due` (một năm hoặc một ngày). \
        Giai đoạn của nhiệm vụ gồm các năm từ `start` của giai đoạn tới năm cuối (`end`, năm trước khi \
        giai đoạn sau bắt đầu, hoặc `until` của lộ trình với giai đoạn cuối; giai đoạn cuối khi lộ trình \
        không có `until` thì không có năm cuối). Nhiệm vụ có `start` hoặc `due` rơi vào năm trước khi \
        giai đoạn bắt đầu hoặc sau năm cuối của giai đoạn bị báo tại nhiệm vụ, mỗi thời điểm một lần; \
        nhiệm vụ có hạn hoàn thành trước khi bắt đầu cũng vậy (ngày cuối của `due` trước ngày đầu của \
        `start`: `start="2025"` với `due="2025-03-31"` là hợp lệ, `start="2025-07-01"` với \
        `due="2025-06-30"` thì không). Nhiệm vụ đã hủy không bị báo. Nhiệm vụ có hạn sau giai đoạn vẫn \
        được `roadmap/overdue` đánh giá theo `due`. Ngày trong thông báo viết theo cách đọc của mỗi \
        ngôn ngữ: "30 June 2025" trong tiếng Anh, "30/06/2025" trong tiếng Việt.
        """),
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2024-01-01">
          <components>
            <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned"/>
          </components>
          <roadmap until="2027">
            <phase number="1" start="2024" end="2025">
              ↓<task action="build" component="reporting" start="2023-10-01" due="2025-06-30"/>
              ↓<task action="train" due="2026-03-31">Đào tạo</task>
              ↓<task action="policy" start="2025-07-01" due="2025-06-30">Quy chế khai thác</task>
            </phase>
            <phase number="2" start="2026">
              ↓<task action="upgrade" component="reporting" start="2025"/>
            </phase>
          </roadmap>
        </architecture>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2024-01-01">
          <components>
            <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned"/>
          </components>
          <roadmap>
            <phase number="1" start="2024" end="2025">
              <task action="build" component="reporting" start="2024-01-01" due="2025-12-31"/>
              <task action="train" start="2025" due="2025-03-31">Đào tạo</task>
              <task action="policy" status="cancelled" due="2027">Quy chế khai thác</task>
            </phase>
            <phase number="2" start="2026">
              <task action="upgrade" component="reporting" start="2026-01-01" due="2030"/>
            </phase>
          </roadmap>
        </architecture>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    var violations: [RuleViolation] = []
    for phase in context.schedule.phases {
      let years = (first: phase.phase.start, last: phase.endYear)
      for (offset, task) in zip(0..., phase.phase.tasks)
      where task.status != .cancelled && (task.start != nil || task.due != nil) {
        func report(_ message: LocalizedText, _ problem: String) {
          let key = context.taskKey(phase: phase.index, task: offset) + problem
          violations.append(
            RuleViolation(message: message, position: task.position, component: task.component, key: key))
        }
        let name = RoadmapWording.task(task, in: context.analysis)
        for (date, isDue) in [(task.start, false), (task.due, true)] {
          guard let date else { continue }
          if date.year < years.first {
            report(.outside(name, date, isDue: isDue, phase: phase, after: false), isDue ? " due" : " start")
          } else if let last = years.last, date.year > last {
            report(.outside(name, date, isDue: isDue, phase: phase, after: true), isDue ? " due" : " start")
          }
        }
        if let start = task.start, let due = task.due, due.lastDay < start.firstDay {
          report(.dueBeforeStart(name, due: due, start: start), " due before start")
        }
      }
    }
    return violations
  }
}

extension LocalizedText {
  /// "task build Hệ thống báo cáo ('reporting') is due on 30 June 2026, after phase 1 (2024–2025) ends", and the
  /// same for a start, or before the phase starts.
  fileprivate static func outside(
    _ name: LocalizedText, _ date: YearOrDate, isDue: Bool, phase: RoadmapSchedule.ScheduledPhase, after: Bool
  ) -> Self {
    let period = RoadmapWording.phase(phase)
    let when = RoadmapWording.when(date)
    let verb =
      isDue
      ? LocalizedText(en: "is due \(when.english)", vi: "có hạn hoàn thành \(when.vietnamese)")
      : LocalizedText(en: "starts \(when.english)", vi: "bắt đầu \(when.vietnamese)")
    let limit =
      after
      ? LocalizedText(en: "after \(period.english) ends", vi: "sau khi \(period.vietnamese) kết thúc")
      : LocalizedText(en: "before \(period.english) starts", vi: "trước khi \(period.vietnamese) bắt đầu")
    return LocalizedText(
      en: "task \(name.english) \(verb.english), \(limit.english)",
      vi: "nhiệm vụ \(name.vietnamese) \(verb.vietnamese), \(limit.vietnamese)")
  }

  /// "task 'X' is due on 30 June 2025, before it starts on 1 July 2025".
  fileprivate static func dueBeforeStart(_ name: LocalizedText, due: YearOrDate, start: YearOrDate) -> Self {
    let (end, begin) = (RoadmapWording.when(due), RoadmapWording.when(start))
    return LocalizedText(
      en: "task \(name.english) is due \(end.english), before it starts \(begin.english)",
      vi: "nhiệm vụ \(name.vietnamese) có hạn hoàn thành \(end.vietnamese), trước khi bắt đầu \(begin.vietnamese)")
  }
}
