import Foundation

/// The object printed by `egovarch validate --format json`, parsed with `JSONSerialization`
/// and checked member by member against the documented shape.
struct JSONReport {
  /// The top-level members the format documents.
  static let topLevelKeys: Set<String> = ["version", "findings", "summary"]

  /// The format version (1).
  var version: Int
  /// The findings, in the order printed.
  var findings: [JSONFinding]
  /// The counts.
  var summary: JSONSummary
  /// The top-level member names actually present.
  var keys: Set<String>

  /// Parses `bytes`, which must hold exactly one JSON object of the report's shape.
  init(_ bytes: Data) throws {
    let root = try JSONObject(JSONSerialization.jsonObject(with: bytes), path: "report")
    keys = root.keys
    version = try root.integer("version")
    findings = try root.array("findings").enumerated().map { index, value in
      try JSONFinding(JSONObject(value, path: "findings[\(index)]"))
    }
    summary = try JSONSummary(root.object("summary"))
  }

  /// The rule ids of the findings, in order.
  var rules: [String] { findings.map(\.rule) }

  /// The findings of `rule`, in order.
  func findings(of rule: String) -> [JSONFinding] { findings.filter { $0.rule == rule } }

  /// The findings whose rule is one of `rules`, in order.
  func findings(of rules: Set<String>) -> [JSONFinding] { findings.filter { rules.contains($0.rule) } }

  /// The rule ids of the `xml/…` findings (the document's own defects), in order.
  var xmlRules: [String] { rules.filter { $0.hasPrefix("xml/") } }

  /// The summary that the findings themselves add up to (unsuppressed ones counted by
  /// severity, suppressed ones apart), for `files` files.
  func summaryOfFindings(files: Int) -> JSONSummary {
    let counted = findings.filter { !$0.suppressed }
    return JSONSummary(
      files: files, errors: counted.filter { $0.severity == "error" }.count,
      warnings: counted.filter { $0.severity == "warning" }.count,
      notes: counted.filter { $0.severity == "note" }.count,
      suppressed: findings.count - counted.count)
  }
}
