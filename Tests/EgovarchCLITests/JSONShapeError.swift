/// A JSON document that does not have the shape the format promises.
struct JSONShapeError: Error, CustomStringConvertible {
  /// What is wrong, naming the member.
  var message: String

  var description: String { message }
}
