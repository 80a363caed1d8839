/// Lets an `XMLEventHandler` receive what the parser reports to `XMLElementHandler`s: it
/// builds the full `XMLStartTag`, every attribute decoded, for each element.
final class XMLEventHandlerAdapter: XMLElementHandler {
  let handler: any XMLEventHandler
  let vocabulary: [String] = []

  init(_ handler: any XMLEventHandler) {
    self.handler = handler
  }

  func startElement(_ element: XMLElementStart) -> Bool {
    var attributes: [XMLAttribute] = []
    element.forEachAttribute { name, namespaceURI, value in
      attributes.append(XMLAttribute(name: name, namespaceURI: namespaceURI, value: value))
    }
    return handler.startElement(
      XMLStartTag(
        localName: element.localName, namespaceURI: element.namespaceURI, attributes: attributes,
        position: element.position, end: element.end))
  }

  func endElement(text: String?) {
    handler.endElement(text: text)
  }
}
