/// Prints the report as JUnit XML, the test report that CI servers (GitLab, Jenkins) show.
///
/// `<testsuites>` holds one `<testsuite>` per validated file, in the order validated, named
/// by the file relative to `ReporterSettings.baseDirectory`. Each unsuppressed finding is a
/// `<testcase name="RULE at LINE:COL">` with a `<failure>` (type: the rule; message: the
/// message; body: position, severity, message and component); each suppressed one is a test
/// case with `<skipped message="REASON"/>`; a file without findings has one passing test case,
/// `no findings`. Text is escaped for XML 1.0, and the characters it forbids (C0 controls other
/// than tab, LF and CR; U+FFFE, U+FFFF) are dropped.
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

  /// `value` escaped for a double-quoted attribute: `&`, `<`, `>`, `"` and the tab, LF and CR
  /// that attribute normalisation would turn into spaces, as references.
  static func attribute(_ value: String) -> String {
    escaped(value, inAttribute: true)
  }

  /// `value` escaped as character data: `&`, `<`, `>` and CR (which parsers turn into LF) as references.
  static func text(_ value: String) -> String {
    escaped(value, inAttribute: false)
  }

  private static func escaped(_ value: String, inAttribute: Bool) -> String {
    var output = ""
    output.reserveCapacity(value.utf8.count)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"" where inAttribute: output += "&quot;"
      case "\t" where inAttribute: output += "&#9;"
      case "\n" where inAttribute: output += "&#10;"
      case "\r": output += "&#13;"
      case "\t", "\n": output.unicodeScalars.append(scalar)
      default:
        // XML 1.0's Char production leaves out the other C0 controls, U+FFFE and U+FFFF.
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        // DEL, C1 controls and bidirectional overrides are XML, but act on whoever reads them.
        if scalar.isHiddenFromReaders {
          output += scalar.visibleEscape
          continue
        }
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
