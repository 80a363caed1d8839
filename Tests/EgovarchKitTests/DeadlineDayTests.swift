import EgovarchKit
import EgovarchTestSupport
import Testing

/// One convention for a deadline day, the same in every rule and in the gap report: something due
/// on D is met when done on D and late from D + 1.
@Suite struct DeadlineDayTests {
  private static func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

  /// A model whose phase 1 ends on 31 December 2020 (the year before phase 2 starts) with a
  /// task not done, and two indicators due that same day: one that falls short, one not
  /// reported.
  private static let model = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="t" province="Thử" framework="2.0">
      <components>
        <component id="portal" kind="web-portal" name="Cổng" status="existing"/>
        <component id="eoffice" kind="eoffice" name="Văn bản" status="planned"/>
      </components>
      <roadmap until="2025">
        <phase number="1" start="2019">
          <task action="build" component="eoffice" status="in-progress"/>
        </phase>
        <phase number="2" start="2021"/>
      </roadmap>
      <indicators>
        <indicator id="short" unit="percent" target="90" actual="60" deadline="2020-12-31"/>
        <indicator id="silent" unit="percent" target="30" deadline="2020-12-31"/>
        <indicator id="early" unit="percent" target="50" actual="55" deadline="2020-12-31"/>
      </indicators>
    </architecture>
    """

  private func validation(asOf: String) -> FileValidation {
    ArchitectureValidator(options: ValidationOptions(asOf: Self.date(asOf)))
      .validate(bytes: Array(Self.model.utf8), path: "t.xml")
  }

  private func rules(asOf: String) -> [String] {
    validation(asOf: asOf).findings.map(\.ruleID).filter { $0.hasPrefix("kpi/") || $0 == "roadmap/overdue" }
  }

  @Test func aDeadlineHasPassedOnlyFromTheDayAfter() {
    let deadline = Self.date("2020-12-31")
    #expect(!Self.date("2020-12-30").isPast(deadline: deadline))
    #expect(!deadline.isPast(deadline: deadline))
    #expect(Self.date("2021-01-01").isPast(deadline: deadline))
    #expect(!Self.date("2021-02-28").isPast(deadline: Self.date("2021-02-28")))
    #expect(Self.date("2021-03-01").isPast(deadline: Self.date("2021-02-28")))
  }

  /// On the deadline day neither an indicator nor a task is late; the day after both are.
  ///
  /// The issue's case: on the deadline day an indicator was "not reported although its deadline
  /// has passed" while a task of a phase ending that day was not overdue.
  @Test func onTheDeadlineDayNothingIsLateAndTheDayAfterEverythingIs() {
    #expect(rules(asOf: "2020-12-31") == [])
    #expect(rules(asOf: "2021-01-01").sorted() == ["kpi/not-reported", "kpi/target-missed", "roadmap/overdue"])
    let late = validation(asOf: "2021-01-01").findings
    #expect(
      late.first { $0.ruleID == "roadmap/overdue" }?.message.english
        == "task build Văn bản ('eoffice') of phase 1 (2019–2020) is not done and its phase ended on 31 December 2020 (as of 1 January 2021)"
    )
    #expect(
      late.first { $0.ruleID == "kpi/not-reported" }?.message.english
        == "indicator 'silent' has no reported value although its deadline, 31 December 2020, has passed")
  }

  @Test func theAssessmentFollowsTheConvention() throws {
    let onTheDay = try #require(validation(asOf: "2020-12-31").analysis)
    #expect(onTheDay.indicatorAssessments.map(\.status) == [.notYetDue, .notYetDue, .met])
    #expect(onTheDay.indicatorAssessments.allSatisfy { !$0.isDue })
    let dayAfter = try #require(validation(asOf: "2021-01-01").analysis)
    #expect(dayAfter.indicatorAssessments.map(\.status) == [.missed, .notReported, .met])
    #expect(dayAfter.indicatorAssessments.allSatisfy { $0.isDue })
  }

  /// The gap report counts an indicator that falls short on its deadline day as not yet due,
  /// never as met, and the phase ending that day has no overdue task.
  @Test func theGapReportJudgesTheDayAsTheRulesDo() throws {
    let onTheDay = validation(asOf: "2020-12-31")
    let gaps = GapReport(validation: onTheDay, analysis: try #require(onTheDay.analysis))
    #expect(gaps.indicatorsMet == 1)
    #expect(gaps.indicatorStatusCounts[.notYetDue] == 2)
    #expect(gaps.indicatorStatusCounts[.missed] == nil && gaps.indicatorStatusCounts[.notReported] == nil)
    #expect(gaps.phases.first?.overdue.isEmpty == true)
    #expect(
      GapReportFormat.text.render(gaps, language: .english)
        .contains("  1 of 3 met; 0 missed, 0 not reported, 2 not yet due\n"))
    #expect(
      GapReportFormat.text.render(gaps, language: .vietnamese)
        .contains("  đạt 1/3; 0 không đạt, 0 chưa báo cáo, 2 chưa đến hạn\n"))
    #expect(GapReportFormat.json.render(gaps, language: .english).contains("\"notYetDue\": 2,"))

    let dayAfter = validation(asOf: "2021-01-01")
    let late = GapReport(validation: dayAfter, analysis: try #require(dayAfter.analysis))
    #expect(late.indicatorsMet == 1)
    #expect(late.indicatorStatusCounts[.missed] == 1 && late.indicatorStatusCounts[.notReported] == 1)
    #expect(late.indicatorStatusCounts[.notYetDue] == nil)
    #expect(late.phases.first?.overdue.count == 1)
    #expect(
      GapReportFormat.markdown.render(late, language: .english)
        .contains("- 1 of 3 met; 1 missed, 1 not reported, 0 not yet due\n"))
  }

  /// `kpi/unsupported` takes a phase's last day, 31 December, as the day it delivers: on time
  /// for a deadline that day, late for any earlier one.
  @Test func aPhaseEndingOnTheDeadlineDaySupportsTheIndicator() {
    func unsupported(deadline: String) -> [String] {
      let document = Self.model.replacingOccurrences(
        of: #"<indicator id="short" unit="percent" target="90" actual="60" deadline="2020-12-31"/>"#,
        with: #"<indicator id="office" unit="percent" target="90" deadline="\#(deadline)" component="eoffice"/>"#)
      return ArchitectureValidator(options: ValidationOptions(asOf: Self.date("2020-06-30")))
        .validate(bytes: Array(document.utf8), path: "t.xml").findings
        .filter { $0.ruleID == "kpi/unsupported" }.flatMap(\.related)
    }
    #expect(unsupported(deadline: "2020-12-31") == [])
    #expect(unsupported(deadline: "2021-01-01") == [])
    #expect(unsupported(deadline: "2020-12-30") == ["office"])
  }
}
