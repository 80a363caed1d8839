/// Something wrong with a document, found by the parser or by schema validation.
public struct XMLProblem: Sendable, Hashable {
  /// What kind of problem this is.
  public enum Kind: String, Sendable, Hashable {
    /// The bytes are not a well-formed UTF-8 XML document.
    case malformed
    /// The document is well-formed but breaks the schema.
    case schema
    /// The document has a document type declaration, which is refused for safety.
    case doctype
  }

  /// How serious the problem is.
  public enum Level: String, Sendable, Hashable {
    case warning
    case error
  }

  /// What kind of problem this is.
  public var kind: Kind
  /// How serious it is.
  public var level: Level
  /// A readable message: lowercase start, no trailing period.
  public var message: String
  /// Where it is.
  public var position: XMLPosition

  /// Creates a problem.
  public init(kind: Kind, level: Level = .error, message: String, position: XMLPosition) {
    self.kind = kind
    self.level = level
    self.message = message
    self.position = position
  }
}
