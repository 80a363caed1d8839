import Foundation

/// The log printed by `egovarch validate --format sarif`, parsed with `JSONSerialization`: the
/// parts of its one run that the tests look at.
struct SARIFLog {
  /// `version`.
  var version: String
  /// The ids of `tool.driver.rules`, in order.
  var ruleIDs: [String]
  /// `tool.driver.version`.
  var toolVersion: String
  /// `originalUriBaseIds["%SRCROOT%"].uri`.
  var sourceRoot: String
  /// `columnKind`.
  var columnKind: String
  /// The results, in order.
  var results: [SARIFResult]

  /// Parses `bytes`, which must hold a SARIF log with exactly one run.
  init(_ bytes: Data) throws {
    let root = try JSONObject(JSONSerialization.jsonObject(with: bytes), path: "log")
    version = try root.string("version")
    let runs = try root.array("runs")
    guard runs.count == 1 else { throw JSONShapeError(message: "the log has \(runs.count) runs, not 1") }
    let run = try JSONObject(runs[0], path: "runs[0]")
    let driver = try run.object("tool").object("driver")
    toolVersion = try driver.string("version")
    ruleIDs = try driver.array("rules").enumerated().map { index, rule in
      try JSONObject(rule, path: "rules[\(index)]").string("id")
    }
    sourceRoot = try run.object("originalUriBaseIds").object("%SRCROOT%").string("uri")
    columnKind = try run.string("columnKind")
    results = try run.array("results").enumerated().map { index, value in
      try SARIFResult(JSONObject(value, path: "results[\(index)]"))
    }
  }

  /// The fingerprints of the results, sorted (a multiset comparison ignores their order).
  var sortedFingerprints: [String] { results.map(\.fingerprint).sorted() }
}
