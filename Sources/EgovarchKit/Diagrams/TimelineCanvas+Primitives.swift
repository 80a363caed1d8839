/// The SVG primitives the timeline is drawn with.
extension TimelineCanvas {
  // MARK: - Primitives

  /// `value` as an SVG number.
  func n(_ value: Double) -> String { SVGWriter.number(value) }

  /// A vertical line at `x` from `top` to `bottom`.
  func line(_ svg: inout SVGWriter, x: Double, from top: Double, to bottom: Double, _ color: String) {
    svg.element(
      "line", [("x1", n(x)), ("y1", n(top)), ("x2", n(x)), ("y2", n(bottom)), ("stroke", color), ("stroke-width", "1")])
  }

  /// A text element.
  func text(
    _ svg: inout SVGWriter, _ content: String, x: Double, y: Double, size: Double, bold: Bool = false,
    color: String = TimelineStyle.ink, anchor: String = "start", italic: Bool = false
  ) {
    var attributes = [("x", n(x)), ("y", n(y)), ("font-size", n(size)), ("fill", color)]
    if bold { attributes.append(("font-weight", "bold")) }
    if italic { attributes.append(("font-style", "italic")) }
    if anchor != "start" { attributes.append(("text-anchor", anchor)) }
    svg.element("text", attributes, text: content)
  }
}
