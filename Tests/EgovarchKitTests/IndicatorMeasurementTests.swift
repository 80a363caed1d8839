import EgovarchKit
import EgovarchTestSupport
import Testing

/// Format 1.1's dated indicator values (`measured`, `measurement`): loading, the schema, the
/// result at the deadline that the `kpi/` rules judge, and the trend in the gap report.
@Suite struct IndicatorMeasurementTests {
  private let validator = ArchitectureValidator(
    options: ValidationOptions(today: CalendarDate(year: 2025, month: 6, day: 30)!))

  /// Wraps `indicators` into a 2.0 model with `asOf`.
  private func document(_ indicators: String, asOf: String = "2025-06-30") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="t" province="Lạng Sơn" framework="2.0" asOf="\(asOf)">
      <components>
        <component id="portal" kind="web-portal" name="Cổng thông tin" status="existing"/>
      </components>
      <indicators>
    \(indicators)
      </indicators>
    </architecture>
    """
  }

  private func validate(_ indicators: String, asOf: String = "2025-06-30") -> FileValidation {
    validator.validate(bytes: Array(document(indicators, asOf: asOf).utf8), path: "t.xml")
  }

  /// The `kpi/` findings of `indicators`, with no schema error.
  private func kpi(_ indicators: String, asOf: String = "2025-06-30") -> [Finding] {
    let findings = validate(indicators, asOf: asOf).findings
    #expect(findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty, "\(findings.map(\.message.english))")
    return findings.filter { $0.ruleID.hasPrefix("kpi/") }
  }

  /// The status of the one indicator of `indicator` on `asOf`.
  private func status(_ indicator: String, asOf: String = "2025-06-30") throws -> IndicatorAssessment {
    let model = try #require(validate(indicator, asOf: asOf).architecture)
    let date = try #require(CalendarDate(parsing: asOf))
    let indicator = try #require(model.indicators.first)
    return try #require(IndicatorAssessment(indicator, asOf: date))
  }

  // MARK: Loading and the schema

  @Test func theLoaderReadsMeasuredAndTheMeasurementsOldestFirst() throws {
    let validation = validate(
      """
          <indicator id="targets" unit="count" target="30" actual="23" measured="2025-12-31" deadline="2025-12-31">
            <measurement date="2024-10-31" value="21"/>
            <measurement date="2024-06-30" value="18"/>
          </indicator>
          <indicator id="ecabinet" unit="boolean" target="true">
            <measurement date="2024-10-31" value="false"/>
          </indicator>
      """)
    #expect(validation.findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty)
    let indicators = try #require(validation.architecture).indicators
    let targets = indicators[0]
    #expect(targets.measured == CalendarDate(year: 2025, month: 12, day: 31))
    #expect(targets.measurements.map(\.value) == [.number(21), .number(18)])
    #expect(targets.measurements.map(\.position.line) == [8, 9])
    #expect(targets.history.map(\.date.description) == ["2024-06-30", "2024-10-31", "2025-12-31"])
    #expect(targets.history.map(\.value) == [.number(18), .number(21), .number(23)])
    #expect(indicators[1].measurements.map(\.value) == [.boolean(false)])
    #expect(indicators[1].history.count == 1)
  }

  /// A `measurement` that repeats `actual` and `measured` (as Long An's 2021 figures do) is one
  /// value: the history, and so the gap report's trend, does not show it twice.
  @Test func aMeasurementRepeatingActualIsOneValue() throws {
    let validation = validate(
      """
          <indicator id="level3" unit="percent" target="30" actual="35.5" measured="2021-04-15" deadline="2020-12-31">
            <measurement date="2021-04-15" value="35.5"/>
          </indicator>
          <indicator id="level4" unit="percent" target="30" actual="34" measured="2021-04-15" deadline="2020-12-31">
            <measurement date="2021-04-15" value="33"/>
          </indicator>
      """)
    let indicators = try #require(validation.architecture).indicators
    #expect(indicators[0].history.map(\.value) == [.number(35.5)])
    // Another value the same day is kept, the child after `actual` (the later word).
    #expect(indicators[1].history.map(\.value) == [.number(34), .number(33)])
  }

  @Test func theSchemaChecksTheDatesAndValues() {
    let findings = validate(
      """
          <indicator id="a" unit="count" target="30" actual="21" measured="31/10/2024">
            <measurement date="2024-13-31" value="21"/>
            <measurement date="2024-10-31" value="hai mươi"/>
            <measurement value="21"/>
          </indicator>
      """
    ).findings.filter { $0.ruleID == "xml/schema" }
    #expect(findings.map(\.location.position.line) == [7, 8, 9, 10])
    #expect(findings[0].message.english.contains("'measured'"))
    #expect(findings[3].message.english.contains("'date' is required"))
  }

  @Test func aMeasurementComesAfterTheTextOfTheIndicator() {
    let findings = validate(
      """
          <indicator id="a" unit="count" target="30" deadline="2024-12-31">Số chỉ tiêu đạt theo báo cáo
            <measurement date="2024-10-31" value="21"/>
          </indicator>
      """
    ).findings
    #expect(findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty)
  }

  // MARK: The result at the deadline

  @Test func anUndatedActualIsTheResultAsInVersionOne() throws {
    let assessment = try status(
      """
          <indicator id="a" unit="count" target="30" actual="21" deadline="2024-12-31">
            <measurement date="2024-12-31" value="31"/>
          </indicator>
      """)
    #expect(assessment.status == .missed)
    #expect(assessment.value == .number(21))
    #expect(assessment.measurement == nil)
    #expect(assessment.history.count == 1)
  }

  @Test func anEarlierValueShortOfTheTargetIsNotReportedAtTheDeadline() throws {
    let indicator = """
          <indicator id="targets-2024" name="Số chỉ tiêu đạt" unit="count" target="30" actual="21"
                     measured="2024-10-31" deadline="2024-12-31"/>
      """
    let assessment = try status(indicator)
    #expect(assessment.status == .notReported)
    #expect(assessment.value == .number(21))
    #expect(assessment.measurement?.date.description == "2024-10-31")
    #expect(assessment.shortfall == 9)
    let findings = kpi(indicator)
    #expect(findings.map(\.ruleID) == ["kpi/not-reported"])
    #expect(
      findings.first?.message.english
        == "indicator 'targets-2024' (Số chỉ tiêu đạt) was not reported at its deadline 31 December 2024; "
        + "last measured on 31 October 2024: 21 against at least 30")
    #expect(
      findings.first?.message.vietnamese
        == "chỉ tiêu 'targets-2024' (Số chỉ tiêu đạt) chưa có số liệu tại thời hạn 31/12/2024; "
        + "lần đo gần nhất ngày 31/10/2024: 21 so với mục tiêu tối thiểu 30")
  }

  @Test func aValueOnTheDeadlineDayIsTheResult() throws {
    let missed = """
          <indicator id="a" unit="count" target="30" actual="25" measured="2024-12-31" deadline="2024-12-31"/>
      """
    #expect(try status(missed).status == .missed)
    let findings = kpi(missed)
    #expect(findings.map(\.ruleID) == ["kpi/target-missed"])
    #expect(findings.first?.message.english.contains("25 (measured 31 December 2024) against at least 30") == true)
    #expect(findings.first?.message.vietnamese.contains("25 (số liệu ngày 31/12/2024) so với mục tiêu") == true)
    let met = """
          <indicator id="a" unit="count" target="30" deadline="2024-12-31">
            <measurement date="2024-12-31" value="30"/>
          </indicator>
      """
    #expect(try status(met).status == .met)
    #expect(kpi(met).isEmpty)
  }

  @Test func aTargetReachedBeforeTheDeadlineIsMet() throws {
    let assessment = try status(
      """
          <indicator id="a" unit="count" target="30" deadline="2024-12-31">
            <measurement date="2024-06-30" value="18"/>
            <measurement date="2024-10-31" value="31"/>
          </indicator>
      """)
    #expect(assessment.status == .met)
    #expect(assessment.measurement?.date.description == "2024-10-31")
  }

  @Test func theLatestValueBeforeTheDeadlineIsJudgedNotAnEarlierOne() throws {
    // At most 1 % late dossiers: met in June, above it again in October.
    let assessment = try status(
      """
          <indicator id="late" unit="percent" direction="at-most" target="1" deadline="2024-12-31">
            <measurement date="2024-06-30" value="0.8"/>
            <measurement date="2024-10-31" value="1.5"/>
          </indicator>
      """)
    #expect(assessment.status == .notReported)
    #expect(assessment.value == .number(1.5))
  }

  @Test func aLateValueShortOfTheTargetIsMissed() throws {
    let indicator = """
          <indicator id="a" unit="count" target="30" deadline="2024-12-31">
            <measurement date="2024-10-31" value="21"/>
            <measurement date="2025-01-15" value="25"/>
          </indicator>
      """
    let assessment = try status(indicator)
    #expect(assessment.status == .missed)
    #expect(assessment.measuredAfterDeadline == true)
    let findings = kpi(indicator)
    let message = try #require(findings.first).message
    #expect(message.english.contains("25 (measured 15 January 2025, after the deadline) against at least 30"))
    #expect(message.vietnamese.contains("25 (số liệu ngày 15/01/2025, sau thời hạn) so với mục tiêu tối thiểu 30"))
  }

  @Test func aLateValueThatMeetsTheTargetDoesNotTellTheResultAtTheDeadline() throws {
    let indicator = """
          <indicator id="a" unit="count" target="30" deadline="2024-12-31">
            <measurement date="2024-10-31" value="21"/>
            <measurement date="2025-01-15" value="31"/>
          </indicator>
      """
    #expect(try status(indicator).status == .notReported)
    let findings = kpi(indicator)
    let finding = try #require(findings.first)
    // Reached, only not known to be reached in time: a note, not a warning.
    #expect(finding.severity == .note)
    #expect(finding.message.english.hasSuffix("; met after it, on 15 January 2025: 31 against at least 30"))
    #expect(
      finding.message.vietnamese.hasSuffix(
        "; đạt theo số liệu đo sau thời hạn, ngày 15/01/2025: 31 so với mục tiêu tối thiểu 30"))
  }

  @Test func aBooleanIndicatorSaysAchievedOrNot() throws {
    let findings = kpi(
      """
          <indicator id="ecabinet" unit="boolean" target="true" deadline="2024-12-31">
            <measurement date="2024-10-31" value="false"/>
          </indicator>
      """)
    let message = try #require(findings.first).message
    #expect(message.english.hasSuffix("last measured on 31 October 2024: not achieved"))
    #expect(message.vietnamese.hasSuffix("lần đo gần nhất ngày 31/10/2024: chưa đạt"))
  }

  @Test func beforeTheDeadlineHasPassedTheLatestValueIsJudged() throws {
    let indicator = """
          <indicator id="a" unit="count" target="30" deadline="2024-12-31">
            <measurement date="2024-10-31" value="21"/>
          </indicator>
      """
    // On the deadline day itself nothing is due yet.
    #expect(try status(indicator, asOf: "2024-12-31").status == .notYetDue)
    #expect(kpi(indicator, asOf: "2024-12-31").isEmpty)
    #expect(try status(indicator, asOf: "2025-01-01").status == .notReported)
  }

  @Test func aValueMeasuredAfterTheValidationDateIsNotYetKnown() throws {
    let indicator = """
          <indicator id="a" unit="count" target="30" actual="31" measured="2025-03-31">
            <measurement date="2024-10-31" value="21"/>
          </indicator>
      """
    let before = try status(indicator, asOf: "2025-01-01")
    #expect(before.status == .missed)
    #expect(before.history.count == 1)
    #expect(try status(indicator, asOf: "2025-03-31").status == .met)
    #expect(try status(indicator, asOf: "2024-01-01").status == .notReported)
  }

  @Test func theRuleOfADeliveryLateForTheDeadlineIgnoresTheValues() {
    let findings = validator.validate(
      bytes: Array(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="t" province="Thử" framework="2.0" asOf="2025-06-30">
          <components>
            <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned"/>
          </components>
          <roadmap>
            <phase number="1" start="2025" end="2025"><task action="build" component="reporting"/></phase>
          </roadmap>
          <indicators>
            <indicator id="a" unit="boolean" target="true" deadline="2024-12-31" component="reporting">
              <measurement date="2024-12-31" value="true"/>
            </indicator>
          </indicators>
        </architecture>
        """.utf8), path: "t.xml"
    ).findings
    #expect(findings.filter { $0.ruleID.hasPrefix("kpi/") }.map(\.ruleID) == ["kpi/unsupported"])
  }

  // MARK: The gap report

  @Test func theGapReportShowsTheTrendInBothLanguages() throws {
    let validation = validate(
      """
          <indicator id="targets" unit="count" target="34" actual="23" measured="2025-12-31" deadline="2025-12-31">
            <measurement date="2024-10-31" value="21"/>
          </indicator>
          <indicator id="dvc" unit="percent" target="80" actual="62.5" deadline="2025-12-31">
            <measurement date="2024-10-31" value="40"/>
          </indicator>
          <indicator id="single" unit="count" target="30" actual="21" measured="2024-10-31"/>
      """, asOf: "2026-01-15")
    let model = try #require(validation.architecture)
    let gaps = GapReport(
      validation: validation, architecture: model, framework: BuiltInFrameworks.framework("2.0"),
      asOf: CalendarDate(year: 2026, month: 1, day: 15)!)
    #expect(gaps.indicatorTrends.map(\.indicator) == ["targets", "dvc"])
    let english = GapReportFormat.text.render(gaps, language: .english)
    let vietnamese = GapReportFormat.markdown.render(gaps, language: .vietnamese)
    #expect(english.contains("\n    trend of 'targets': 21 (31 October 2024) → 23 (31 December 2025)\n"))
    #expect(english.contains("\n    trend of 'dvc': 40 % (31 October 2024) → 62.5 %\n"))
    #expect(vietnamese.contains("\n  - diễn biến của 'targets': 21 (31/10/2024) → 23 (31/12/2025)\n"))
    #expect(vietnamese.contains("\n  - diễn biến của 'dvc': 40 % (31/10/2024) → 62,5 %\n"))
    let json = GapReportFormat.json.render(gaps, language: .english)
    #expect(
      json.contains(
        "\"trends\": [{\"indicator\": \"targets\", \"measurements\": [{\"date\": \"2024-10-31\", \"value\": 21}, "
          + "{\"date\": \"2025-12-31\", \"value\": 23}]}, {\"indicator\": \"dvc\", \"measurements\": "
          + "[{\"date\": \"2024-10-31\", \"value\": 40}, {\"date\": null, \"value\": 62.5}]}]"))
    let html = HTMLReport(validation: validation, gaps: gaps, roadmapSVG: nil, graphSVG: nil, language: .vietnamese)
      .render()
    #expect(html.contains("<li>diễn biến của &#39;targets&#39;: 21 (31/10/2024) → 23 (31/12/2025)</li>"))
  }
}
