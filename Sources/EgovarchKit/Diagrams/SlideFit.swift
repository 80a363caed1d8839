/// How a laid-out diagram fits its slide: the scale Graphviz applies, the margins that make the
/// output exactly the slide's shape, and the size its smallest text ends up at.
///
/// The drawing's natural size comes from a first run of Graphviz (`dot -Tplain -Gpad=0` gives
/// it in inches). The drawing is centred in the box with margins on the sides it does not fill,
/// so that Graphviz's `size="W,H!"` scales drawing and margins to exactly W × H; a drawing much
/// smaller than the box is enlarged at most `largestScale` times (its text would otherwise
/// grow past a slide's title), the rest of the box left blank.
public struct SlideFit: Sendable, Hashable {
  /// How many times a drawing may be enlarged to fill its box.
  public static let largestScale = 2.0
  /// The least margin around the drawing, in inches before scaling.
  public static let leastMargin = 0.1

  /// The box.
  public let slide: SlideSize
  /// The factor Graphviz scales the drawing by (below 1 when it shrinks it).
  public let scale: Double
  /// The margin left and right of the drawing, in inches before scaling (Graphviz's `pad`).
  public let horizontalMargin: Double
  /// The margin above and below the drawing, in inches before scaling.
  public let verticalMargin: Double
  /// The size of the drawing's smallest text once fitted, in points of the box.
  public let smallestText: Double

  /// Fits a drawing of `width` × `height` inches (its natural size, without margins), whose
  /// smallest text is `smallestFontSize` points, to `slide`.
  public init(slide: SlideSize, width: Double, height: Double, smallestFontSize: Double) {
    self.slide = slide
    let drawingWidth = max(width, 0.01)
    let drawingHeight = max(height, 0.01)
    var totalWidth = drawingWidth + 2 * Self.leastMargin
    var totalHeight = drawingHeight + 2 * Self.leastMargin
    if totalWidth / totalHeight > slide.aspectRatio {
      totalHeight = totalWidth / slide.aspectRatio
    } else {
      totalWidth = totalHeight * slide.aspectRatio
    }
    var scale = slide.width / totalWidth
    if scale > Self.largestScale {
      scale = Self.largestScale
      totalWidth = slide.width / scale
      totalHeight = slide.height / scale
    }
    self.scale = scale
    horizontalMargin = (totalWidth - drawingWidth) / 2
    verticalMargin = (totalHeight - drawingHeight) / 2
    smallestText = smallestFontSize * scale
  }

  /// Whether the smallest text is at least `SlideSize.minimumTextSize` once fitted (to a
  /// hundredth of a point).
  public var isLegible: Bool { (smallestText * 100).rounded() >= SlideSize.minimumTextSize * 100 }

  /// The graph attributes that fit the drawing: `size`, `pad`, and no `margin` (PDF adds half
  /// an inch around the page without it).
  public var graphAttributes: [(String, String)] {
    [
      ("size", slide.graphvizSize),
      ("pad", LabelText.number(horizontalMargin) + "," + LabelText.number(verticalMargin)),
      ("margin", "0"),
    ]
  }

  /// What to say when the text would be too small: the box, the size the text would be, the
  /// minimum, and `advice` (how to draw less at a time).
  public func warning(advice: LocalizedText) -> LocalizedText {
    let size = LabelText.number(smallestText, decimals: 1)
    let minimum = LabelText.number(SlideSize.minimumTextSize, decimals: 1)
    return LocalizedText(
      en: "fitted to \(slide.name) (\(slide.inches)), the smallest text is \(size) pt, below the "
        + "\(minimum) pt minimum; the diagram is written anyway: \(advice.english)",
      vi: "khi vừa khổ \(slide.name) (\(slide.inches.replacing(".", with: ","))), chữ nhỏ nhất chỉ còn "
        + "\(size.replacing(".", with: ",")) pt, dưới mức tối thiểu \(minimum.replacing(".", with: ",")) pt; "
        + "sơ đồ vẫn được ghi: \(advice.vietnamese)")
  }
}
