/// A schema that libxml2 could not compile.
public struct XMLSchemaError: Error, Sendable, CustomStringConvertible {
  /// libxml2's messages, one per problem.
  public var messages: [String]

  public var description: String {
    "the schema could not be compiled: " + messages.joined(separator: "; ")
  }
}
