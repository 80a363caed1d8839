import EgovarchKit
import Testing

/// `--format junit` prints one test suite per file, a failing test case per unsuppressed
/// finding that reaches `--fail-on` and a skipped one per other finding, named without lines,
/// with what Ant's schema requires, escaped for XML 1.0.
@Suite struct JUnitReporterTests {
  @Test func suitePerFileInReportOrder() {
    #expect(
      JUnitReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.basic) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites>
          <testsuite name="models/x.xml" package="models/x.xml" id="0" timestamp="1970-01-01T00:00:00" \
        hostname="localhost" tests="4" failures="2" errors="0" skipped="2" time="0">
            <properties>
              <property name="egovarch-version" value="1.2.3"/>
              <property name="fail-on" value="error"/>
            </properties>
            <testcase classname="models/x.xml" name="roadmap/foundation-late dc" time="0">
              <skipped message="not a failure: a note is below --fail-on error">not a failure: a note is below --fail-on error
        models/x.xml:1:1: note: 'dc' comes late
        component: dc</skipped>
            </testcase>
            <testcase classname="models/x.xml" name="model/duplicate-id a" time="0">
              <skipped message="kept on purpose">suppressed: kept on purpose
        models/x.xml:3:1: warning: 'a' is declared twice
        component: a</skipped>
            </testcase>
            <testcase classname="models/x.xml" name="graph/cycle a" time="0">
              <failure type="graph/cycle" message="'a' depends on itself">models/x.xml:12:5: error: 'a' depends on itself
        component: a</failure>
            </testcase>
            <testcase classname="models/x.xml" name="graph/cycle a #2" time="0">
              <failure type="graph/cycle" message="'a' depends on itself">models/x.xml:20:5: error: 'a' depends on itself
        component: a</failure>
            </testcase>
            <system-out></system-out>
            <system-err></system-err>
          </testsuite>
          <testsuite name="models/clean.xml" package="models/clean.xml" id="1" timestamp="1970-01-01T00:00:00" \
        hostname="localhost" tests="1" failures="0" errors="0" skipped="0" time="0">
            <properties>
              <property name="egovarch-version" value="1.2.3"/>
              <property name="fail-on" value="error"/>
            </properties>
            <testcase classname="models/clean.xml" name="no findings" time="0"/>
            <system-out></system-out>
            <system-err></system-err>
          </testsuite>
        </testsuites>

        """)
  }

  /// The JUnit of `report` with `--fail-on` at `threshold`.
  private func render(_ report: ValidationReport, failOn threshold: FailureThreshold, _ language: Language = .english)
    -> String
  {
    var settings = ReporterFixtures.settings(language)
    settings.failOn = threshold
    return JUnitReporter(settings: settings).render(report)
  }

  @Test func onlyFindingsThatReachFailOnAreFailures() {
    func count(_ element: String, in output: String) -> Int { output.components(separatedBy: "<\(element) ").count - 1 }
    for (threshold, failures) in [(FailureThreshold.never, 0), (.error, 2), (.warning, 2), (.note, 3)] {
      let output = render(ReporterFixtures.basic, failOn: threshold)
      #expect(count("failure", in: output) == failures, "\(threshold)")
      #expect(count("skipped", in: output) == 4 - failures, "\(threshold)")
      #expect(output.contains("failures=\"\(failures)\" errors=\"0\" skipped=\"\(4 - failures)\""))
      #expect(output.contains("<property name=\"fail-on\" value=\"\(threshold.rawValue)\"/>"))
    }
    // The suppressed warning stays skipped, with its reason, whatever the threshold.
    #expect(render(ReporterFixtures.basic, failOn: .note).contains("<skipped message=\"kept on purpose\">"))
    #expect(
      render(ReporterFixtures.basic, failOn: .never).contains(
        "<skipped message=\"not a failure: a error is below --fail-on never\">") == false)
    #expect(
      render(ReporterFixtures.basic, failOn: .never).contains(
        "<skipped message=\"not a failure: an error is below --fail-on never\">"))
    #expect(
      render(ReporterFixtures.basic, failOn: .error, .vietnamese).contains(
        "<skipped message=\"không tính là lỗi: mức ghi chú thấp hơn ngưỡng --fail-on error\">"))
  }

  @Test func namesAreRuleComponentAndRelatedIdsNumberedOnlyWhenShared() {
    let findings = [
      ReporterFixtures.finding("framework/missing-component", .error, "no lgsp", "", at: 2, 1, related: ["lgsp"]),
      ReporterFixtures.finding("framework/missing-component", .error, "no portal", "", at: 2, 1, related: ["portal"]),
      ReporterFixtures.finding("graph/cycle", .error, "loop", "", at: 4, 3, component: "a", related: ["b", "c"]),
      ReporterFixtures.finding("xml/schema", .error, "one", "", at: 5, 1),
      ReporterFixtures.finding("xml/schema", .error, "two", "", at: 6, 1),
      ReporterFixtures.finding("xml/schema", .error, "three", "", at: 7, 1),
      // A component whose id happens to be the second schema finding's numbered name.
      ReporterFixtures.finding("xml/schema", .error, "four", "", at: 8, 1),
    ]
    var renamed = findings
    renamed[6].ruleID = "xml/schema #2"
    #expect(
      JUnitReporter.testNames(findings) == [
        "framework/missing-component (lgsp)", "framework/missing-component (portal)", "graph/cycle a (b, c)",
        "xml/schema", "xml/schema #2", "xml/schema #3", "xml/schema #4",
      ])
    #expect(JUnitReporter.testNames(renamed).last == "xml/schema #2 #2")
    #expect(Set(JUnitReporter.testNames(renamed)).count == renamed.count)
    // No line in any name: moving a finding keeps its name.
    var moved = findings
    moved[2].location.position = SourcePosition(line: 40, column: 9)
    #expect(JUnitReporter.testNames(moved) == JUnitReporter.testNames(findings))
  }

  @Test func timestampIsTheDateTheFindingsAreJudgedAsOf() throws {
    let text = """
      <architecture xmlns="urn:egovarch:architecture:1" id="t" province="Điện Biên" framework="2.0" asOf="2024-03-05">
        <components><component id="lgsp" kind="lgsp" name="LGSP" status="existing"/></components>
      </architecture>
      """
    let dated = ArchitectureValidator().validate(bytes: Array(text.utf8), path: "t.xml")
    #expect(dated.analysis?.asOf == CalendarDate(year: 2024, month: 3, day: 5))
    let broken = FileValidation(path: "broken.xml", architecture: nil, findings: [])
    let output = render(ValidationReport(files: [broken, dated]), failOn: .error)
    #expect(output.matches(of: /timestamp="2024-03-05T00:00:00"/).count == 2)
    #expect(render(ValidationReport(files: [broken]), failOn: .error).contains(#"timestamp="1970-01-01T00:00:00""#))
  }

  @Test func vietnameseMessagesAndLabels() {
    let output = JUnitReporter(settings: ReporterFixtures.settings(.vietnamese)).render(ReporterFixtures.basic)
    #expect(
      output.contains(
        """
              <failure type="graph/cycle" message="'a' phụ thuộc chính nó">models/x.xml:12:5: lỗi: 'a' phụ thuộc chính nó
        thành phần: a</failure>
        """))
    #expect(output.contains("models/x.xml:1:1: ghi chú: 'dc' đến muộn"))
    #expect(output.contains(#"<testcase classname="models/clean.xml" name="no findings" time="0"/>"#))
    #expect(output.contains("<skipped message=\"kept on purpose\">đã miễn trừ: kept on purpose\n"))
  }

  @Test func textIsEscapedAndForbiddenCharactersShownAsEscapes() {
    let output = JUnitReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.escaping)
    #expect(
      output.contains(
        """
            <testcase classname="thư mục/a b#1?%,c.xml" name="xml/malformed c&quot;d" time="0">
              <failure type="xml/malformed" message="say &quot;hi&quot; \\ &lt;b&gt;&amp;amp;&lt;/b&gt; 50% a,b: \
        c&#9;d&#10;e&#13;f \\u{1}\\u{1B}[31m\\u{7F}\\u{85} \u{2028} \\u{FFFE} Sở TT&amp;TT 𝄞">thư mục/a b#1?%,c.xml:2:3: error: say "hi" \\ \
        &lt;b&gt;&amp;amp;&lt;/b&gt; 50% a,b: c\td
        e&#13;f \\u{1}\\u{1B}[31m\\u{7F}\\u{85} \u{2028} \\u{FFFE} Sở TT&amp;TT 𝄞
        component: c"d</failure>
            </testcase>
            <testcase classname="thư mục/a b#1?%,c.xml" name="custom/rule" time="0">
              <skipped message="reason with &quot;quotes&quot;, &lt;tags&gt; &amp; a&#10;new line">suppressed: reason \
        with "quotes", &lt;tags&gt; &amp; a
        new line
        thư mục/a b#1?%,c.xml:4:1: warning: unknown rule</skipped>
            </testcase>

        """))
    let suites = output.matches(of: /<testsuite name="([^"]*)" package="([^"]*)" id="([0-9]+)"/)
    #expect(
      suites.map { String($0.1) } == [
        "thư mục/a b#1?%,c.xml", "/elsewhere/out side.xml", "/work/sibling/y.xml", "models/z:1.xml", "a:b.xml",
      ])
    #expect(suites.allSatisfy { $0.1 == $0.2 })
    #expect(suites.map { String($0.3) } == ["0", "1", "2", "3", "4"])
    #expect(
      output.contains(
        #"<failure type="xml/schema" message="outside">/elsewhere/out side.xml:1:1: error: outside</failure>"#))
  }

  @Test func noForbiddenCharacterReachesTheOutput() {
    let output = JUnitReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.escaping)
    let forbidden = output.unicodeScalars.filter {
      ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || $0.value == 0xFFFE || $0.value == 0xFFFF
    }
    #expect(forbidden.isEmpty)
    #expect(!output.contains("\r"), "a CR is written as &#13; so that parsers keep it")
  }

  @Test func emptyReportIsAnEmptyListOfSuites() {
    #expect(
      JUnitReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.empty) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites>
        </testsuites>

        """)
  }

  @Test func fileWithOnlySuppressedFindingsHasOnlySkippedCases() {
    let report = ValidationReport(files: [
      FileValidation(
        path: "m.xml", architecture: nil,
        findings: [
          ReporterFixtures.finding(
            "roadmap/overdue", .warning, "late", "trễ", file: "m.xml", at: 2, 4, suppressedBecause: "accepted")
        ])
    ])
    let output = JUnitReporter(settings: ReporterFixtures.settings()).render(report)
    #expect(output.contains(#"tests="1" failures="0" errors="0" skipped="1""#))
    #expect(
      output.contains(
        """
            <testcase classname="m.xml" name="roadmap/overdue" time="0">
              <skipped message="accepted">suppressed: accepted
        m.xml:2:4: warning: late</skipped>
            </testcase>
        """))
  }
}
