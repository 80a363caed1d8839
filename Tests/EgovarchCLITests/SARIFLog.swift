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
  /// The driver's rules by id: each one's `name`, `helpUri` (when given) and tags.
  var rules: [String: (name: String, helpURI: String?, tags: [String])]
  /// `automationDetails.id`, when the run has one.
  var automationID: String?
  /// The messages of `invocations[0].toolExecutionNotifications`, when the run has them, and
  /// whether that invocation says it was successful.
  var notifications: [String]?
  var executionSuccessful: Bool?

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
    var rules: [String: (name: String, helpURI: String?, tags: [String])] = [:]
    for (index, value) in try driver.array("rules").enumerated() {
      let rule = try JSONObject(value, path: "rules[\(index)]")
      rules[try rule.string("id")] = (
        try rule.string("name"), rule.keys.contains("helpUri") ? try rule.string("helpUri") : nil,
        try rule.object("properties").strings("tags")
      )
    }
    self.rules = rules
    automationID = run.keys.contains("automationDetails") ? try run.object("automationDetails").string("id") : nil
    if run.keys.contains("invocations") {
      let invocations = try run.array("invocations")
      guard invocations.count == 1 else { throw JSONShapeError(message: "\(invocations.count) invocations, not 1") }
      let invocation = try JSONObject(invocations[0], path: "invocations[0]")
      executionSuccessful = try invocation.boolean("executionSuccessful")
      notifications = try invocation.array("toolExecutionNotifications").enumerated().map { index, value in
        try JSONObject(value, path: "toolExecutionNotifications[\(index)]").object("message").string("text")
      }
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
