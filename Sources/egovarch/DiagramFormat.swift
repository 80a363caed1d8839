import ArgumentParser

/// The output formats of the diagram commands: DOT as made, or rendered by Graphviz; or the
/// text of another tool, Mermaid or PlantUML, written by egovarch itself.
enum DiagramFormat: String, CaseIterable, ExpressibleByArgument {
  case dot
  case svg
  case png
  case pdf
  case mermaid
  case plantuml

  /// Whether the output is binary (never written to a terminal).
  var isBinary: Bool { self == .png || self == .pdf }
}
