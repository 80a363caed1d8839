/// Prints the report as Checkstyle XML, which Jenkins (Warnings NG's Checkstyle parser),
/// reviewdog (`-f=checkstyle`) and other CI tools read.
///
/// `<checkstyle version="4.3">` (the version of the format, as other tools that write it give
/// it) holds one `<file name="…">` per validated file, in the order validated, named relative
/// to `ReporterSettings.baseDirectory`; a file without findings is an empty `<file>`. Each
/// unsuppressed finding, by position, is an `<error line column severity message source>`:
/// `severity` is `error`, `warning` or `info` (Checkstyle's names; a note is `info`); `source`
/// is `egovarch.` and the rule id, so that Warnings NG takes the rule as the type (the
/// part after the last dot). Suppressed findings are left out. Text is escaped for XML 1.0 as
/// in the JUnit report (`String.markupEscaped(inAttribute:allQuotes:)`).
public struct CheckstyleReporter: Reporter {
  /// The version of the format the root element names.
  public static let formatVersion = "4.3"
  /// What `source` puts before the rule id.
  public static let sourcePrefix = "egovarch."

  /// The language of messages, and the base directory.
  public var settings: ReporterSettings

  /// Creates a Checkstyle reporter.
  public init(settings: ReporterSettings) {
    self.settings = settings
  }

  /// Checkstyle's severity of `severity`: `error`, `warning`, or `info` for a note.
  public static func severityName(of severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "info"
    }
  }

  public func render(_ report: ValidationReport) -> String {
    var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"\(Self.formatVersion)\">\n"
    for file in report.files {
      let name = ReportedPath(file.path, baseDirectory: settings.baseDirectory).name.markupEscaped(inAttribute: true)
      let findings = file.findings.filter { !$0.isSuppressed }.sorted()
      guard !findings.isEmpty else {
        output += "  <file name=\"\(name)\"/>\n"
        continue
      }
      output += "  <file name=\"\(name)\">\n"
      for finding in findings {
        let position = finding.location.position
        output +=
          "    <error line=\"\(max(1, position.line))\" column=\"\(max(1, position.column))\" "
          + "severity=\"\(Self.severityName(of: finding.severity))\" "
          + "message=\"\(finding.message.text(in: settings.language).markupEscaped(inAttribute: true))\" "
          + "source=\"\((Self.sourcePrefix + finding.ruleID).markupEscaped(inAttribute: true))\"/>\n"
      }
      output += "  </file>\n"
    }
    return output + "</checkstyle>\n"
  }
}
