import EgovarchKit
import Testing

/// `--format junit` prints one test suite per file, a failing test case per unsuppressed
/// finding and a skipped one per suppressed finding, escaped for XML 1.0.
@Suite struct JUnitReporterTests {
  @Test func suitePerFileInReportOrder() {
    #expect(
      JUnitReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.basic) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="egovarch" tests="5" failures="3">
          <testsuite name="models/x.xml" tests="4" failures="3" errors="0" skipped="1">
            <testcase classname="models/x.xml" name="roadmap/foundation-late at 1:1">
              <failure type="roadmap/foundation-late" message="'dc' comes late">models/x.xml:1:1: note: 'dc' comes late
        component: dc</failure>
            </testcase>
            <testcase classname="models/x.xml" name="model/duplicate-id at 3:1">
              <skipped message="kept on purpose"/>
            </testcase>
            <testcase classname="models/x.xml" name="graph/cycle at 12:5">
              <failure type="graph/cycle" message="'a' depends on itself">models/x.xml:12:5: error: 'a' depends on itself
        component: a</failure>
            </testcase>
            <testcase classname="models/x.xml" name="graph/cycle at 20:5">
              <failure type="graph/cycle" message="'a' depends on itself">models/x.xml:20:5: error: 'a' depends on itself
        component: a</failure>
            </testcase>
          </testsuite>
          <testsuite name="models/clean.xml" tests="1" failures="0" errors="0" skipped="0">
            <testcase classname="models/clean.xml" name="no findings"/>
          </testsuite>
        </testsuites>

        """)
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
    #expect(output.contains(#"<testcase classname="models/clean.xml" name="no findings"/>"#))
  }

  @Test func textIsEscapedAndForbiddenCharactersShownAsEscapes() {
    #expect(
      JUnitReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.escaping) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="egovarch" tests="6" failures="5">
          <testsuite name="thư mục/a b#1?%,c.xml" tests="2" failures="1" errors="0" skipped="1">
            <testcase classname="thư mục/a b#1?%,c.xml" name="xml/malformed at 2:3">
              <failure type="xml/malformed" message="say &quot;hi&quot; \\ &lt;b&gt;&amp;amp;&lt;/b&gt; 50% a,b: \
        c&#9;d&#10;e&#13;f \\u{1}\\u{1B}[31m\\u{7F}\\u{85} \u{2028} \\u{FFFE} Sở TT&amp;TT 𝄞">thư mục/a b#1?%,c.xml:2:3: error: say "hi" \\ \
        &lt;b&gt;&amp;amp;&lt;/b&gt; 50% a,b: c\td
        e&#13;f \\u{1}\\u{1B}[31m\\u{7F}\\u{85} \u{2028} \\u{FFFE} Sở TT&amp;TT 𝄞
        component: c"d</failure>
            </testcase>
            <testcase classname="thư mục/a b#1?%,c.xml" name="custom/rule at 4:1">
              <skipped message="reason with &quot;quotes&quot;, &lt;tags&gt; &amp; a&#10;new line"/>
            </testcase>
          </testsuite>
          <testsuite name="/elsewhere/out side.xml" tests="1" failures="1" errors="0" skipped="0">
            <testcase classname="/elsewhere/out side.xml" name="xml/schema at 1:1">
              <failure type="xml/schema" message="outside">/elsewhere/out side.xml:1:1: error: outside</failure>
            </testcase>
          </testsuite>
          <testsuite name="/work/sibling/y.xml" tests="1" failures="1" errors="0" skipped="0">
            <testcase classname="/work/sibling/y.xml" name="xml/schema at 5:6">
              <failure type="xml/schema" message="sibling">/work/sibling/y.xml:5:6: note: sibling</failure>
            </testcase>
          </testsuite>
          <testsuite name="models/z:1.xml" tests="1" failures="1" errors="0" skipped="0">
            <testcase classname="models/z:1.xml" name="xml/schema at 7:8">
              <failure type="xml/schema" message="dots">models/z:1.xml:7:8: note: dots</failure>
            </testcase>
          </testsuite>
          <testsuite name="a:b.xml" tests="1" failures="1" errors="0" skipped="0">
            <testcase classname="a:b.xml" name="xml/schema at 9:9">
              <failure type="xml/schema" message="absolute inside">a:b.xml:9:9: note: absolute inside</failure>
            </testcase>
          </testsuite>
        </testsuites>

        """)
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
        <testsuites name="egovarch" tests="0" failures="0">
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
    #expect(
      JUnitReporter(settings: ReporterFixtures.settings()).render(report) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="egovarch" tests="1" failures="0">
          <testsuite name="m.xml" tests="1" failures="0" errors="0" skipped="1">
            <testcase classname="m.xml" name="roadmap/overdue at 2:4">
              <skipped message="accepted"/>
            </testcase>
          </testsuite>
        </testsuites>

        """)
  }
}
