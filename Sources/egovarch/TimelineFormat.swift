import ArgumentParser

/// The output formats of `timeline`: SVG as egovarch draws it, or converted by `rsvg-convert`.
enum TimelineFormat: String, CaseIterable, ExpressibleByArgument {
  /// SVG as egovarch draws it.
  case svg
  /// PNG at the drawing's size, by `rsvg-convert`.
  case png
  /// PDF of the drawing's size, by `rsvg-convert`.
  case pdf

  /// The same format among the diagram commands' (for `DiagramOutput`).
  var diagramFormat: DiagramFormat {
    switch self {
    case .svg: return .svg
    case .png: return .png
    case .pdf: return .pdf
    }
  }
}
