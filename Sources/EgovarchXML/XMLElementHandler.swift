/// Receives the elements of a document as the streaming parser reads them, by number.
///
/// The fast counterpart of `XMLEventHandler`: element and attribute names are matched against
/// the handler's `vocabulary` once per distinct name, and an attribute's value becomes a Swift
/// string only when the handler asks for it, so that a model of 100,000 components costs no
/// more allocations than the values it keeps.
public protocol XMLElementHandler: AnyObject {
  /// The names the handler asks about (element and attribute local names, namespace URIs);
  /// each is known by its position in this array.
  var vocabulary: [String] { get }
  /// Called for each start tag; return `true` to receive the element's text at its end.
  ///
  /// `element` is only valid during the call: keep the values it gives, never the element.
  func startElement(_ element: XMLElementStart) -> Bool
  /// Called for each end tag, with the element's direct text when `startElement` asked for it.
  func endElement(text: String?)
}
