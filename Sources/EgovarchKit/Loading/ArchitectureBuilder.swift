import EgovarchXML

/// Builds an `Architecture` from the parser's events, one element at a time.
///
/// It is lenient: a value the schema rejects becomes the attribute's default, so that the
/// rules can still look at the rest of the model; the schema findings say what was wrong.
///
/// Names arrive as numbers of `ArchitectureVocabulary` and only the attributes it keeps become
/// strings. Values that repeat (kinds, owners, ids and the references to them) share one
/// string, which keeps a model of 100,000 components small.
final class ArchitectureBuilder: XMLElementHandler {
  let vocabulary = ArchitectureVocabulary.names
  private var state = ArchitectureBuilderState()

  /// The model, once its root element has been read.
  var architecture: Architecture? { state.architecture }

  func startElement(_ element: XMLElementStart) -> Bool {
    state.startElement(element)
  }

  func endElement(text: String?) {
    state.endElement(text: text)
  }
}
