/// A diagram Graphviz lays out as a grid whose size egovarch chooses: the rows of the roadmap,
/// the nodes a row of the dependency graph holds.
///
/// The diagram estimates which sizes suit its slide; the command line lays each candidate out
/// with Graphviz (`dot -Tplain`), keeps the one drawn largest on the slide (`SlideFit`), and
/// renders it. Without a slide, `render()` uses the best estimate.
public protocol GridDiagram: Sendable {
  /// The size of the diagram's smallest text at natural size, in points.
  static var fontSize: Double { get }
  /// What to try when the text is too small on the slide.
  static var slideAdvice: LocalizedText { get }
  /// The grid sizes worth laying out, the likeliest first (a handful).
  func gridCandidates() -> [Int]
  /// The DOT document with a grid of `size` (`nil`: the likeliest).
  func render(grid size: Int?) -> String
}
