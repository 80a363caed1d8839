/// Prints the report as the JSON object of the format document (`version`, `findings`, `summary`).
///
/// Every finding is listed, suppressed ones with `"suppressed": true`; the summary counts
/// only unsuppressed findings by severity, and suppressed ones apart. A report marked against a
/// baseline (`--baseline-mode mark`) gives each unsuppressed finding `"baseline": "new"` or
/// `"unchanged"`, and the summary `"unchanged"`, how many of its findings the baseline knows.
/// Files are named as the report names them, or, given a base directory, relative to it
/// (absolute when outside it).
public struct JSONReporter: Reporter {
  /// The language of messages.
  public var language: Language
  /// The absolute directory files are named relative to; `nil` to name them as the report does.
  public var baseDirectory: String?

  /// Creates a JSON reporter.
  public init(language: Language, baseDirectory: String? = nil) {
    self.language = language
    self.baseDirectory = baseDirectory
  }

  public func render(_ report: ValidationReport) -> String {
    var json = JSONWriter()
    json.raw("{\n  \"version\": 1,\n  \"findings\": [")
    for (index, finding) in report.findings.enumerated() {
      json.raw(index == 0 ? "\n    {" : ",\n    {")
      json.raw("\"rule\": ")
      json.string(finding.ruleID)
      json.raw(", \"severity\": ")
      json.string(finding.severity.rawValue)
      json.raw(", \"message\": ")
      json.string(finding.message.text(in: language))
      json.raw(", \"file\": ")
      json.string(
        baseDirectory.map { ReportedPath(finding.location.file, baseDirectory: $0).name } ?? finding.location.file)
      json.raw(", \"line\": \(finding.location.position.line)")
      json.raw(", \"column\": \(finding.location.position.column)")
      json.raw(", \"component\": ")
      json.optionalString(finding.component)
      json.raw(", \"related\": [")
      for (position, id) in finding.related.enumerated() {
        if position > 0 { json.raw(", ") }
        json.string(id)
      }
      json.raw("], \"suppressed\": \(finding.isSuppressed)")
      if let reason = finding.suppressionReason {
        json.raw(", \"suppressionReason\": ")
        json.string(reason)
      }
      if let state = finding.baselineState {
        json.raw(", \"baseline\": ")
        json.string(state.rawValue)
      }
      json.raw("}")
    }
    let summary = report.summary
    json.raw(report.findings.isEmpty ? "],\n" : "\n  ],\n")
    json.raw(
      "  \"summary\": {\"files\": \(summary.files), \"errors\": \(summary.errors), "
        + "\"warnings\": \(summary.warnings), \"notes\": \(summary.notes), "
        + "\"suppressed\": \(summary.suppressed)"
        + (report.isMarkedAgainstBaseline ? ", \"unchanged\": \(summary.unchanged)" : "") + "}\n}\n")
    return json.output
  }
}
