import EgovarchKit
import Testing

/// The GitLab Code Quality, Checkstyle and Azure Pipelines formats print exactly the documented
/// shapes, escaped for their readers.
@Suite struct CIFormatReporterTests {
  @Test func codeClimateIssuePerUnsuppressedFinding() {
    let output = CodeClimateReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.basic)
    let cycle = FindingFingerprint(of: ReporterFixtures.basic.findings[2], file: "models/x.xml")
    let late = FindingFingerprint(of: ReporterFixtures.basic.findings[0], file: "models/x.xml")
    #expect(
      output == """
        [
          {
            "description": "'dc' comes late",
            "check_name": "roadmap/foundation-late",
            "fingerprint": "\(late):1",
            "severity": "info",
            "location": {
              "path": "models/x.xml",
              "lines": {
                "begin": 1
              }
            }
          },
          {
            "description": "'a' depends on itself",
            "check_name": "graph/cycle",
            "fingerprint": "\(cycle):1",
            "severity": "major",
            "location": {
              "path": "models/x.xml",
              "lines": {
                "begin": 12
              }
            }
          },
          {
            "description": "'a' depends on itself",
            "check_name": "graph/cycle",
            "fingerprint": "\(cycle):2",
            "severity": "major",
            "location": {
              "path": "models/x.xml",
              "lines": {
                "begin": 20
              }
            }
          }
        ]

        """)
    #expect(CodeClimateReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.empty) == "[]\n")
    #expect(Severity.allCases.map(CodeClimateReporter.severityName) == ["info", "minor", "major"])
  }

  @Test func codeClimatePathsAndMessagesAreEscaped() {
    let output = CodeClimateReporter(settings: ReporterFixtures.settings(.vietnamese)).render(
      ReporterFixtures.escaping)
    #expect(output.contains(#""path": "thư mục/a b#1?%,c.xml""#))
    #expect(output.contains(#""path": "/work/sibling/y.xml""#))
    #expect(output.contains(#""path": "a:b.xml""#))
    #expect(
      output.contains(
        #""description": "tiếng Việt: say \"hi\" \\ <b>&amp;</b> 50% a,b: c\td\ne\rf \u0001\u001b[31m\u007f\u0085 \u2028 "#
      ))
    #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!output.contains("unknown rule"), "a suppressed finding is no issue")
  }

  @Test func checkstyleFilePerValidatedFileErrorPerUnsuppressedFinding() {
    #expect(
      CheckstyleReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.basic) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <checkstyle version="4.3">
          <file name="models/x.xml">
            <error line="1" column="1" severity="info" message="'dc' comes late" source="egovarch.roadmap/foundation-late"/>
            <error line="12" column="5" severity="error" message="'a' depends on itself" source="egovarch.graph/cycle"/>
            <error line="20" column="5" severity="error" message="'a' depends on itself" source="egovarch.graph/cycle"/>
          </file>
          <file name="models/clean.xml"/>
        </checkstyle>

        """)
    #expect(
      CheckstyleReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.empty)
        == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n")
  }

  @Test func checkstyleTextIsEscapedForXML() {
    let output = CheckstyleReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.escaping)
    #expect(output.contains(#"<file name="thư mục/a b#1?%,c.xml">"#))
    #expect(
      output.contains(
        #"message="say &quot;hi&quot; \ &lt;b&gt;&amp;amp;&lt;/b&gt; 50% a,b: c&#9;d&#10;e&#13;f \u{1}\u{1B}[31m\u{7F}\u{85} "#
      ))
    #expect(!output.contains("unknown rule"), "a suppressed finding is no error")
    #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func azureCommandPerUnsuppressedFindingThenTheSummary() {
    #expect(
      AzureReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.basic) == """
        ##vso[task.logissue type=warning;sourcepath=models/x.xml;linenumber=1;columnnumber=1;code=roadmap/foundation-late]note: 'dc' comes late
        ##vso[task.logissue type=error;sourcepath=models/x.xml;linenumber=12;columnnumber=5;code=graph/cycle]'a' depends on itself
        ##vso[task.logissue type=error;sourcepath=models/x.xml;linenumber=20;columnnumber=5;code=graph/cycle]'a' depends on itself
        2 errors, 0 warnings, 1 note in 2 files (1 suppressed)

        """)
    #expect(
      AzureReporter(settings: ReporterFixtures.settings(.vietnamese)).render(ReporterFixtures.basic).hasPrefix(
        "##vso[task.logissue type=warning;sourcepath=models/x.xml;linenumber=1;columnnumber=1;"
          + "code=roadmap/foundation-late]ghi chú: 'dc' đến muộn\n"))
  }

  @Test func azureValuesAreEscapedAsTheAgentReadsThem() {
    #expect(AzureReporter.escaped("100%; a]b\r\nc") == "100%AZP25%3B a%5Db%0D%0Ac")
    #expect(AzureReporter.escaped("%3B%AZP25") == "%AZP253B%AZP25AZP25")
    #expect(AzureReporter.escaped("##vso[task.setvariable variable=x]1") == "##vso[task.setvariable variable=x%5D1")
    #expect(AzureReporter.escaped("\u{1B}[31m\u{85}\tok") == "\\u{1B}[31m\\u{85}\tok")
    #expect(AzureReporter.escaped("\u{202E}exe.txt\u{2066}") == "\\u{202E}exe.txt\\u{2066}")
    let output = AzureReporter(settings: ReporterFixtures.settings()).render(ReporterFixtures.escaping)
    #expect(
      output.contains(
        "sourcepath=thư mục/a b#1?%AZP25,c.xml;linenumber=2;columnnumber=3;code=xml/malformed]say \"hi\" \\ "
          + "<b>&amp%3B</b> 50%AZP25 a,b: c\td%0Ae%0Df \\u{1}\\u{1B}[31m\\u{7F}\\u{85}"))
    // One line per unsuppressed finding and the summary: nothing can start a line of its own.
    #expect(output.split(separator: "\n").count == 6)
    #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
  }
}
