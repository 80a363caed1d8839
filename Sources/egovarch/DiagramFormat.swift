import ArgumentParser

/// The output formats of the diagram commands: DOT as made, or rendered by Graphviz.
enum DiagramFormat: String, CaseIterable, ExpressibleByArgument {
  case dot
  case svg
  case png
  case pdf

  /// Whether the output is binary (never written to a terminal).
  var isBinary: Bool { self == .png || self == .pdf }
}
