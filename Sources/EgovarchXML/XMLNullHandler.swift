/// A handler that keeps nothing: for the parse that only validates against the schema.
final class XMLNullHandler: XMLElementHandler {
  let vocabulary: [String] = []

  func startElement(_ element: XMLElementStart) -> Bool {
    false
  }

  func endElement(text: String?) {}
}
