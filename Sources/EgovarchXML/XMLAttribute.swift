/// One attribute of a start tag, with entity and character references already decoded.
public struct XMLAttribute: Sendable, Hashable {
  /// The attribute's local name (without prefix).
  public var name: String
  /// The attribute's namespace URI; `nil` for an unprefixed attribute.
  public var namespaceURI: String?
  /// The attribute's value.
  public var value: String

  /// Creates an attribute.
  public init(name: String, namespaceURI: String? = nil, value: String) {
    self.name = name
    self.namespaceURI = namespaceURI
    self.value = value
  }
}
