/// Prints the report as JUnit XML, the test report that CI servers (GitLab, Jenkins) show.
///
/// The document is valid against both the Apache Ant JUnit schema and the schema of Jenkins'
/// xUnit plugin (`docs/junit.md`):
/// - `<testsuites>` (no attributes: Ant allows none) holds one `<testsuite>` per validated
///   file, in the order validated, named by the file relative to
///   `ReporterSettings.baseDirectory`, with its counts and what Ant requires, fixed or derived
///   so that the same findings give the same bytes: `package` (the name again), `id` (0, 1, …),
///   `timestamp` (midnight of the date the findings are judged as of), `hostname`
///   (`localhost`), `time` (`0`), `<properties>` (egovarch's version and `--fail-on`), and an
///   empty `<system-out>` and `<system-err>`.
/// - Each finding is a `<testcase time="0">` whose `classname` is the file (GitLab's suite
///   column) and whose `name` is its rule, component and related ids, never its line (GitLab
///   keeps one test case per name, and compares names between pipelines), with ` #2`, ` #3`
///   added to the second and later findings of a file that would share a name.
/// - A finding that reaches `ReporterSettings.failOn` is a `<failure>` (type: the rule;
///   message: the message; body: position, severity, message and component). One below it, or
///   suppressed, is `<skipped>`, its reason in `message` and first in its text (GitLab shows
///   the text as the reason): a job that passes never shows failed tests. A `<system-out>` in
///   the test case would say it too, but Ant's schema allows none there, and GitLab reads
///   none elsewhere.
/// - A file without findings has one passing test case, `no findings`.
///
/// Text is escaped for XML 1.0 by `String.markupEscaped(inAttribute:allQuotes:)`, as in the
/// HTML report: the characters XML forbids (C0 controls other than tab, LF and CR; U+FFFE,
/// U+FFFF) and those that act on a reader are shown as visible escapes (`\u{1}`).
public struct JUnitReporter: Reporter {
  /// The name of the one passing test case of a file without findings.
  public static let passingTestName = "no findings"
  /// The `timestamp` of a file whose findings have no date (its model could not be read) in
  /// a report where no file has one.
  public static let undatedTimestamp = "1970-01-01T00:00:00"

  /// The language of messages, the base directory and the failure threshold.
  public var settings: ReporterSettings

  /// Creates a JUnit reporter.
  public init(settings: ReporterSettings) {
    self.settings = settings
  }

  public func render(_ report: ValidationReport) -> String {
    var suites = ""
    // A file whose model could not be read is dated like the others.
    let runDate = report.files.lazy.compactMap(\.asOf).first { (1...9999).contains($0.year) }
    for (index, file) in report.files.enumerated() {
      let name = Self.attribute(ReportedPath(file.path, baseDirectory: settings.baseDirectory).name)
      let findings = file.findings.sorted()
      let failed = findings.count { fails($0) }
      let timestamp = (file.asOf ?? runDate).map(Self.timestamp) ?? Self.undatedTimestamp
      suites +=
        "  <testsuite name=\"\(name)\" package=\"\(name)\" id=\"\(index)\" timestamp=\"\(timestamp)\" "
        + "hostname=\"localhost\" tests=\"\(max(1, findings.count))\" failures=\"\(failed)\" errors=\"0\" "
        + "skipped=\"\(findings.count - failed)\" time=\"0\">\n"
      suites += "    <properties>\n"
      suites += "      <property name=\"egovarch-version\" value=\"\(Self.attribute(settings.toolVersion))\"/>\n"
      suites += "      <property name=\"fail-on\" value=\"\(settings.failOn.rawValue)\"/>\n"
      suites += "    </properties>\n"
      if findings.isEmpty {
        suites += "    <testcase classname=\"\(name)\" name=\"\(Self.passingTestName)\" time=\"0\"/>\n"
      }
      for (finding, testName) in zip(findings, Self.testNames(findings)) {
        suites += testCase(finding, name: testName, suite: name)
      }
      suites += "    <system-out></system-out>\n    <system-err></system-err>\n"
      suites += "  </testsuite>\n"
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n" + suites + "</testsuites>\n"
  }

  /// Midnight of `date` as Ant's schema writes a `timestamp` (no time zone); undated when its
  /// year has not four digits.
  private static func timestamp(_ date: CalendarDate) -> String {
    (1...9999).contains(date.year) ? "\(date)T00:00:00" : undatedTimestamp
  }

  /// Whether `finding` is a failed test: unsuppressed and at or above `--fail-on`.
  private func fails(_ finding: Finding) -> Bool {
    !finding.isSuppressed && settings.failOn.isReached(by: [finding])
  }

  /// The test names of `findings` (the findings of one file, in order): each one's rule,
  /// component and related ids; ` #2`, ` #3`… after a name already given in the file.
  public static func testNames(_ findings: [Finding]) -> [String] {
    var used: Set<String> = []
    var lastNumber: [String: Int] = [:]
    return findings.map { finding in
      var name = finding.ruleID
      if let component = finding.component { name += " " + component }
      if !finding.related.isEmpty { name += " (" + finding.related.joined(separator: ", ") + ")" }
      if used.insert(name).inserted { return name }
      // Numbered from 2; a number some other name already took is passed over.
      var number = lastNumber[name, default: 1]
      var numbered: String
      repeat {
        number += 1
        numbered = "\(name) #\(number)"
      } while used.contains(numbered)
      lastNumber[name] = number
      used.insert(numbered)
      return numbered
    }
  }

  /// The `<testcase>` of `finding`, named `name`, in the suite named `suite` (already escaped).
  private func testCase(_ finding: Finding, name: String, suite: String) -> String {
    let language = settings.language
    let message = finding.message.text(in: language)
    let file = ReportedPath(finding.location.file, baseDirectory: settings.baseDirectory).name
    let position = "\(max(1, finding.location.position.line)):\(max(1, finding.location.position.column))"
    var body = "\(file):\(position): \(finding.severity.label(in: language)): \(message)"
    if let component = finding.component {
      let noun = Vocabulary.nouns.first { $0.key == "component" }?.value.text(in: language) ?? "component"
      body += "\n" + noun + ": " + component
    }
    var output = "    <testcase classname=\"\(suite)\" name=\"\(Self.attribute(name))\" time=\"0\">\n"
    if let reason = finding.suppressionReason {
      let text = Vocabulary.suppressed.text(in: language) + ": " + reason
      output += "      <skipped message=\"\(Self.attribute(reason))\">" + Self.text(text + "\n" + body) + "</skipped>\n"
    } else if !fails(finding) {
      let reason = belowThreshold(finding.severity).text(in: language)
      output +=
        "      <skipped message=\"\(Self.attribute(reason))\">" + Self.text(reason + "\n" + body) + "</skipped>\n"
    } else {
      output +=
        "      <failure type=\"\(Self.attribute(finding.ruleID))\" message=\"\(Self.attribute(message))\">"
        + Self.text(body) + "</failure>\n"
    }
    return output + "    </testcase>\n"
  }

  /// Why a finding of `severity` is not a failure: it is below `--fail-on`.
  private func belowThreshold(_ severity: Severity) -> LocalizedText {
    let threshold = settings.failOn.rawValue
    let article = severity.term.english.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    return LocalizedText(
      en: "not a failure: \(article) \(severity.term.english) is below --fail-on \(threshold)",
      vi: "không tính là lỗi: mức \(severity.term.vietnamese) thấp hơn ngưỡng --fail-on \(threshold)")
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
