/// One `result` of a SARIF log, with the members egovarch writes, type-checked.
struct SARIFResult: Equatable {
  var ruleID: String
  /// The index into the driver's rules, when the result gives one.
  var ruleIndex: Int?
  var level: String
  var message: String
  /// `locations[0].physicalLocation.artifactLocation.uri`.
  var uri: String
  /// `…artifactLocation.uriBaseId`, when there is one.
  var uriBaseID: String?
  var line: Int
  var column: Int
  /// `region.endLine` and `endColumn` (the end of the start tag), when the region has them.
  var end: (line: Int, column: Int)?
  /// `partialFingerprints["egovarch/v2"]`.
  var fingerprint: String
  /// The justification of the result's suppression, when it has one.
  var justification: String?

  /// Reads a result from `object`.
  init(_ object: JSONObject) throws {
    ruleID = try object.string("ruleId")
    ruleIndex = object.keys.contains("ruleIndex") ? try object.integer("ruleIndex") : nil
    level = try object.string("level")
    message = try object.object("message").string("text")
    let locations = try object.array("locations")
    guard locations.count == 1 else {
      throw JSONShapeError(message: "\(object.path) has \(locations.count) locations, not 1")
    }
    let physical = try JSONObject(locations[0], path: "\(object.path).locations[0]").object("physicalLocation")
    let artifact = try physical.object("artifactLocation")
    uri = try artifact.string("uri")
    uriBaseID = artifact.keys.contains("uriBaseId") ? try artifact.string("uriBaseId") : nil
    let region = try physical.object("region")
    line = try region.integer("startLine")
    column = try region.integer("startColumn")
    end = region.keys.contains("endLine") ? (try region.integer("endLine"), try region.integer("endColumn")) : nil
    fingerprint = try object.object("partialFingerprints").string("egovarch/v2")
    if object.keys.contains("suppressions") {
      let suppressions = try object.array("suppressions")
      guard suppressions.count == 1 else {
        throw JSONShapeError(message: "\(object.path) has \(suppressions.count) suppressions, not 1")
      }
      let suppression = try JSONObject(suppressions[0], path: "\(object.path).suppressions[0]")
      guard try suppression.string("kind") == "inSource" else {
        throw JSONShapeError(message: "\(object.path).suppressions[0] is not inSource")
      }
      justification = try suppression.string("justification")
    } else {
      justification = nil
    }
  }

  static func == (lhs: SARIFResult, rhs: SARIFResult) -> Bool {
    lhs.ruleID == rhs.ruleID && lhs.ruleIndex == rhs.ruleIndex && lhs.level == rhs.level
      && lhs.message == rhs.message && lhs.uri == rhs.uri && lhs.uriBaseID == rhs.uriBaseID
      && lhs.line == rhs.line && lhs.column == rhs.column && lhs.end?.line == rhs.end?.line
      && lhs.end?.column == rhs.end?.column && lhs.fingerprint == rhs.fingerprint
      && lhs.justification == rhs.justification
  }

  /// `line:column`, for compact comparisons.
  var position: String { "\(line):\(column)" }

  /// The fingerprint without its occurrence number.
  var fingerprintValue: String { String(fingerprint.prefix { $0 != ":" }) }
}
