import Foundation

/// A JSON object from `JSONSerialization`, whose members are read with a check of their JSON type.
///
/// `JSONSerialization` returns booleans and numbers alike as `NSNumber`; booleans are told
/// apart by their Objective-C type code `c`, so that `1` is never accepted as `true` nor
/// `true` as `1`.
struct JSONObject {
  /// The members.
  var members: [String: Any]
  /// Where the object is, for error messages (`summary`, `findings[2]`).
  var path: String

  /// Wraps `value`, which must be a JSON object.
  init(_ value: Any, path: String) throws {
    guard let members = value as? [String: Any] else {
      throw JSONShapeError(message: "\(path) is not a JSON object: \(value)")
    }
    self.members = members
    self.path = path
  }

  /// The member names.
  var keys: Set<String> { Set(members.keys) }

  /// The member `key`, which must be a string.
  func string(_ key: String) throws -> String {
    guard let value = try member(key) as? String else { throw mismatch(key, "a string") }
    return value
  }

  /// The member `key`, which must be a string or `null`.
  func optionalString(_ key: String) throws -> String? {
    let value = try member(key)
    if value is NSNull { return nil }
    guard let text = value as? String else { throw mismatch(key, "a string or null") }
    return text
  }

  /// The member `key`, which must be an integer (not a boolean, not a fraction).
  func integer(_ key: String) throws -> Int {
    guard let number = try member(key) as? NSNumber, !Self.isBoolean(number),
      !["f", "d"].contains(Self.typeCode(of: number)), let value = Int(exactly: number.doubleValue)
    else { throw mismatch(key, "an integer") }
    return value
  }

  /// The member `key`, which must be `true` or `false`.
  func boolean(_ key: String) throws -> Bool {
    guard let number = try member(key) as? NSNumber, Self.isBoolean(number) else {
      throw mismatch(key, "a boolean")
    }
    return number.boolValue
  }

  /// The member `key`, which must be an array of strings.
  func strings(_ key: String) throws -> [String] {
    guard let values = try member(key) as? [Any] else { throw mismatch(key, "an array") }
    return try values.map { value in
      guard let text = value as? String else { throw mismatch(key, "an array of strings") }
      return text
    }
  }

  /// The member `key`, which must be an array.
  func array(_ key: String) throws -> [Any] {
    guard let values = try member(key) as? [Any] else { throw mismatch(key, "an array") }
    return values
  }

  /// The member `key`, which must be an object.
  func object(_ key: String) throws -> JSONObject {
    try JSONObject(try member(key), path: "\(path).\(key)")
  }

  private func member(_ key: String) throws -> Any {
    guard let value = members[key] else { throw JSONShapeError(message: "\(path) has no member '\(key)'") }
    return value
  }

  private func mismatch(_ key: String, _ expected: String) -> JSONShapeError {
    JSONShapeError(message: "\(path).\(key) is not \(expected): \(members[key] ?? "nothing")")
  }

  private static func typeCode(of number: NSNumber) -> String {
    String(cString: number.objCType)
  }

  private static func isBoolean(_ number: NSNumber) -> Bool {
    typeCode(of: number) == "c"
  }
}
