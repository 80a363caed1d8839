/// Prints the report as a GitLab Code Quality report: a JSON array with one issue per
/// unsuppressed finding, which GitLab shows in merge requests (the Code Quality widget, the
/// changes tab).
///
/// Each issue has the members GitLab reads (a subset of the Code Climate issue format):
/// `description` (the message), `check_name` (the rule), `fingerprint` (the finding's
/// `FindingFingerprint` and its occurrence among identical ones, `…:1`, `…:2`, as in SARIF:
/// GitLab compares the base and head branches by it, and keeps one issue per fingerprint),
/// `severity` and `location` (`path` relative to `ReporterSettings.baseDirectory`, the
/// repository's root in a pipeline; `lines.begin`). Severities map as `severityName(of:)` says:
/// GitLab has five (`info`, `minor`, `major`, `critical`, `blocker`), egovarch three. Suppressed
/// findings are left out (GitLab has no suppressions). Keys come out in a fixed order.
public struct CodeClimateReporter: Reporter {
  /// The language of messages, and the base directory.
  public var settings: ReporterSettings

  /// Creates a Code Quality reporter.
  public init(settings: ReporterSettings) {
    self.settings = settings
  }

  /// GitLab's severity of `severity`: an error is `major`, a warning `minor`, a note `info`.
  ///
  /// `critical` and `blocker` are left for what breaks a product at once (a security hole, a
  /// crash); a finding about an architecture model is a defect of a plan, whose worst case
  /// GitLab's `major` describes. Linters' Code Quality reports map their errors the same way.
  public static func severityName(of severity: Severity) -> String {
    switch severity {
    case .error: "major"
    case .warning: "minor"
    case .note: "info"
    }
  }

  public func render(_ report: ValidationReport) -> String {
    var occurrences: [FindingFingerprint: Int] = [:]
    var issues: [JSONValue] = []
    for finding in report.findings where !finding.isSuppressed {
      let file = ReportedPath(finding.location.file, baseDirectory: settings.baseDirectory).name
      let fingerprint = FindingFingerprint(of: finding, file: file)
      let occurrence = occurrences[fingerprint, default: 0] + 1
      occurrences[fingerprint] = occurrence
      issues.append(
        .object([
          ("description", .string(finding.message.text(in: settings.language))),
          ("check_name", .string(finding.ruleID)),
          ("fingerprint", .string("\(fingerprint):\(occurrence)")),
          ("severity", .string(Self.severityName(of: finding.severity))),
          (
            "location",
            .object([
              ("path", .string(file)),
              ("lines", .object([("begin", .integer(max(1, finding.location.position.line)))])),
            ])
          ),
        ]))
    }
    return JSONValue.array(issues).rendered() + "\n"
  }
}
