/// A start tag as the streaming parser reports it to an `XMLElementHandler`: names by their
/// number in the handler's vocabulary, the exact position, and the attributes on request.
///
/// It refers to the parser's own buffers: it is valid only during `startElement`.
public struct XMLElementStart {
  /// The local name's number in the vocabulary, or -1 when the vocabulary does not have it.
  public let name: Int
  /// The namespace URI's number in the vocabulary, or -1 when there is none or it is unknown.
  public let namespace: Int
  /// The position of the tag's opening `<`.
  public let position: XMLPosition
  /// The position just after the tag's closing `>` (of `>` or `/>`): where the start tag ends,
  /// exclusive, as SARIF's `endLine`/`endColumn` count it.
  public let end: XMLPosition
  let session: XMLParseSession

  /// The element's local name.
  public var localName: String { session.state.pointee.currentName.string }

  /// The element's namespace URI, if any.
  public var namespaceURI: String? { session.state.pointee.currentNamespace?.string }

  /// The value of the unprefixed attribute numbered `name` in the vocabulary, if present.
  public func value(_ name: Int) -> String? {
    session.state.pointee.attributeValue(vocabularyIndex: name, shared: false)
  }

  /// The value of the unprefixed attribute numbered `name`, sharing its storage with every
  /// equal value asked for this way during the parse: for values that repeat (kinds, owners,
  /// ids and the references to them), so that a large document keeps each one once.
  public func sharedValue(_ name: Int) -> String? {
    session.state.pointee.attributeValue(vocabularyIndex: name, shared: true)
  }

  /// Calls `body` with every attribute in document order: local name, namespace URI, value.
  public func forEachAttribute(_ body: (String, String?, String) -> Void) {
    session.state.pointee.forEachAttribute(body)
  }
}
