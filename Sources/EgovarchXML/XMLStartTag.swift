/// A start tag as the streaming parser reports it: name, namespace, attributes and exact position.
public struct XMLStartTag: Sendable, Hashable {
  /// The element's local name (without prefix).
  public var localName: String
  /// The element's namespace URI, if any.
  public var namespaceURI: String?
  /// The attributes in document order.
  public var attributes: [XMLAttribute]
  /// The position of the tag's opening `<`.
  public var position: XMLPosition
  /// The position just after the tag's closing `>`, when known (exclusive).
  public var end: XMLPosition?

  /// Creates a start tag.
  public init(
    localName: String, namespaceURI: String?, attributes: [XMLAttribute], position: XMLPosition,
    end: XMLPosition? = nil
  ) {
    self.localName = localName
    self.namespaceURI = namespaceURI
    self.attributes = attributes
    self.position = position
    self.end = end
  }

  /// Returns the value of the unprefixed attribute `name`, if present.
  public func attribute(_ name: String) -> String? {
    for attribute in attributes where attribute.name == name && attribute.namespaceURI == nil {
      return attribute.value
    }
    return nil
  }
}
