/// A finding that the law of a case's date does not support: no reported finding may match it.
///
/// Only the members given narrow the match. A `framework/missing-component` finding without a
/// `related` id matches any `related` given here, so that a finding that does not say which kind
/// it misses is not let through.
struct ForbiddenProvinceFinding: Decodable, Sendable, CustomStringConvertible {
  /// The rule id.
  var rule: String
  /// The line of the element, when the prohibition is about one element.
  var line: Int?
  /// The name of that element: the manifest's own check that `line` still points at it.
  var element: String?
  /// An id of the finding's `related` list (for `framework/missing-component`, the kind).
  var related: String?
  /// The finding's component id.
  var component: String?
  /// The severity, when only that severity is wrong (an error where a warning is right).
  var severity: String?
  /// Why the law of the date does not support the finding.
  var why: String

  /// Whether `finding` is forbidden by this entry.
  func matches(_ finding: JSONFinding) -> Bool {
    finding.rule == rule
      && (line.map { finding.line == $0 } ?? true)
      && (severity.map { finding.severity == $0 } ?? true)
      && (related.map { finding.related.isEmpty || finding.related.contains($0) } ?? true)
      && (component.map { finding.component == $0 } ?? true)
  }

  var description: String {
    [severity, rule, line.map { "at line \($0)" }, related.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
  }
}
