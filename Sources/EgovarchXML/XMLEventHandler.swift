/// Receives the elements of a document as the streaming parser reads them.
///
/// The parser never builds a tree: a handler turns the events into its own values as they
/// arrive, which keeps memory proportional to what the handler keeps.
public protocol XMLEventHandler: AnyObject {
  /// Called for each start tag; return `true` to receive the element's text at its end.
  func startElement(_ tag: XMLStartTag) -> Bool
  /// Called for each end tag, with the element's direct text when `startElement` asked for it.
  func endElement(text: String?)
}
