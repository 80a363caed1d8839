/// Prints the report as JUnit XML, the test report that CI servers (GitLab, Jenkins) show.
///
/// `<testsuites>` holds one `<testsuite>` per validated file, in the order validated, named
/// by the file relative to `ReporterSettings.baseDirectory`. Each unsuppressed finding is a
/// `<testcase name="RULE at LINE:COL">` with a `<failure>` (type: the rule; message: the
/// message; body: position, severity, message and component); each suppressed one is a test
/// case with `<skipped message="REASON"/>`; a file without findings has one passing test case,
/// `no findings`. Text is escaped for XML 1.0 by `String.markupEscaped(inAttribute:allQuotes:)`, as in
/// the HTML report: the characters XML forbids (C0 controls other than tab, LF and CR; U+FFFE,
/// U+FFFF) and those that act on a reader are shown as visible escapes (`\u{1}`).
public struct JUnitReporter: Reporter {
  /// The name of the one passing test case of a file without findings.
  public static let passingTestName = "no findings"

  /// The language of messages and the base directory.
  public var settings: ReporterSettings

  /// Creates a JUnit reporter.
  public init(settings: ReporterSettings) {
    self.settings = settings
  }

  public func render(_ report: ValidationReport) -> String {
    var suites = ""
    var tests = 0
    var failures = 0
    for file in report.files {
      let name = Self.attribute(ReportedPath(file.path, baseDirectory: settings.baseDirectory).name)
      let findings = file.findings.sorted()
      let failed = findings.count { !$0.isSuppressed }
      tests += max(1, findings.count)
      failures += failed
      suites +=
        "  <testsuite name=\"\(name)\" tests=\"\(max(1, findings.count))\" failures=\"\(failed)\" "
        + "errors=\"0\" skipped=\"\(findings.count - failed)\">\n"
      if findings.isEmpty {
        suites += "    <testcase classname=\"\(name)\" name=\"\(Self.passingTestName)\"/>\n"
      }
      for finding in findings {
        suites += testCase(finding, suite: name)
      }
      suites += "  </testsuite>\n"
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<testsuites name=\"egovarch\" tests=\"\(tests)\" failures=\"\(failures)\">\n" + suites + "</testsuites>\n"
  }

  /// The `<testcase>` of `finding` in the suite named `suite` (already escaped).
  private func testCase(_ finding: Finding, suite: String) -> String {
    let language = settings.language
    let position = "\(max(1, finding.location.position.line)):\(max(1, finding.location.position.column))"
    var output =
      "    <testcase classname=\"\(suite)\" name=\"\(Self.attribute("\(finding.ruleID) at \(position)"))\">\n"
    if let reason = finding.suppressionReason {
      output += "      <skipped message=\"\(Self.attribute(reason))\"/>\n"
    } else {
      let message = finding.message.text(in: language)
      let file = ReportedPath(finding.location.file, baseDirectory: settings.baseDirectory).name
      var body = "\(file):\(position): \(finding.severity.label(in: language)): \(message)"
      if let component = finding.component {
        body += "\n" + (language == .english ? "component" : "thành phần") + ": " + component
      }
      output +=
        "      <failure type=\"\(Self.attribute(finding.ruleID))\" message=\"\(Self.attribute(message))\">"
        + Self.text(body) + "</failure>\n"
    }
    return output + "    </testcase>\n"
  }

  /// `value` escaped for a double-quoted attribute (`String.markupEscaped(inAttribute:allQuotes:)`).
  static func attribute(_ value: String) -> String {
    value.markupEscaped(inAttribute: true)
  }

  /// `value` escaped as character data (`String.markupEscaped(inAttribute:allQuotes:)`).
  static func text(_ value: String) -> String {
    value.markupEscaped(inAttribute: false)
  }
}
