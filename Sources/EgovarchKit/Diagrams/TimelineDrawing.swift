/// A timeline drawn: the SVG document, its size, whether it fits the box asked for, and the
/// findings marked on it.
public struct TimelineDrawing: Sendable {
  /// The SVG document.
  public var svg: String
  /// Its width in pixels (the box's).
  public var width: Double
  /// Its height in pixels: the box's, or more when the rows do not fit in it.
  public var height: Double
  /// Whether it fits the box with no text smaller than `TimelineDiagram.smallestTextSize`.
  public var fitsBox: Bool
  /// The findings marked, by number.
  public var markers: [TimelineMarker]
}
