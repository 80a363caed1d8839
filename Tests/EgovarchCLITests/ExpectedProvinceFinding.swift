/// A finding that the law of a case's date supports and the model triggers: the rule, severity
/// and line must all be reported.
struct ExpectedProvinceFinding: Decodable, Sendable, CustomStringConvertible {
  /// The rule id.
  var rule: String
  /// The severity: error, warning or note.
  var severity: String
  /// The line of the element the finding is about.
  var line: Int
  /// The name of that element (`architecture`, `component`, `task`, `roadmap`, …): the manifest's
  /// own check that `line` still points at it.
  var element: String
  /// An id the finding's `related` list must contain (for `framework/missing-component`, the
  /// missing kind).
  var related: String?
  /// The finding's component id, when it must have one.
  var component: String?
  /// Why the finding is right.
  var why: String
  /// The legal basis (instrument, date) and where it was seen.
  var basis: String
  /// The confidence tag of the basis, as in the law brief.
  var confidence: String

  /// Whether `finding` is this expected one.
  func matches(_ finding: JSONFinding) -> Bool {
    finding.rule == rule && finding.severity == severity && finding.line == line
      && (related.map { finding.related.contains($0) } ?? true)
      && (component.map { finding.component == $0 } ?? true)
  }

  var description: String {
    "\(severity) \(rule) at line \(line)" + (related.map { " (\($0))" } ?? "")
  }
}
