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
}
