/// One entry of the `findings` array of a `--format json` report, with every member type-checked.
struct JSONFinding: Equatable {
  /// The members every finding must have.
  static let requiredKeys: Set<String> = [
    "rule", "severity", "message", "file", "line", "column", "component", "related", "suppressed",
  ]

  var rule: String
  var severity: String
  var message: String
  var file: String
  var line: Int
  var column: Int
  /// The component id, or `nil` for JSON `null`.
  var component: String?
  var related: [String]
  var suppressed: Bool
  /// The reason of the suppression, when the output gives one.
  var suppressionReason: String?

  /// Reads a finding from `object`.
  init(_ object: JSONObject) throws {
    let missing = Self.requiredKeys.subtracting(object.keys)
    guard missing.isEmpty else {
      throw JSONShapeError(message: "\(object.path) lacks \(missing.sorted())")
    }
    rule = try object.string("rule")
    severity = try object.string("severity")
    message = try object.string("message")
    file = try object.string("file")
    line = try object.integer("line")
    column = try object.integer("column")
    component = try object.optionalString("component")
    related = try object.strings("related")
    suppressed = try object.boolean("suppressed")
    suppressionReason = object.keys.contains("suppressionReason") ? try object.string("suppressionReason") : nil
  }

  /// `line:column`, for compact comparisons.
  var position: String { "\(line):\(column)" }

  /// The kind an English `framework/missing-component` message names (`… ('soc'), which the
  /// model does not have …`), or `nil`: the finding's `related` names things of the model, and
  /// a missing kind is not one.
  var missingKind: String? {
    message.firstMatch(of: /\('([^'()]+)'\), which the model does not have/).map { String($0.1) }
  }
}
