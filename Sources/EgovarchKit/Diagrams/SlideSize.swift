/// The box a diagram is drawn for: a presentation slide or a landscape page, in inches.
///
/// `--size` of `roadmap` and `graph` takes one of these names:
///
/// | name | box | as |
/// |---|---|---|
/// | `16:9` | 13.333 × 7.5 in | a widescreen slide (PowerPoint's and Google Slides' default) |
/// | `4:3` | 10 × 7.5 in | a standard slide |
/// | `a4` | 11.693 × 8.268 in | an A4 page in landscape (297 × 210 mm) |
/// | `a3` | 16.535 × 11.693 in | an A3 page in landscape (420 × 297 mm) |
/// | `WxH` | W/96 × H/96 in | a box in pixels at 96 pixels an inch (`1920x1080` is 20 × 11.25 in) |
///
/// A diagram laid out for a slide aims at its aspect, and Graphviz fits the drawing into it
/// (`SlideFit`). Its text must stay at least `minimumTextSize` points tall at that size: a
/// point is 1/72 of an inch of the box, so 8 pt on a 16:9 slide shown 1920 pixels wide is 16
/// pixels.
public struct SlideSize: Sendable, Hashable, CustomStringConvertible {
  /// Why a text is not a slide size: the message names what was given and what is accepted.
  public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, lowercase, without a trailing period.
    public var description: String
  }

  /// Pixels an inch in a `WxH` size, as browsers and Graphviz count them.
  public static let pixelsPerInch = 96.0
  /// The smallest text, in points of the box, that a diagram fitted to a slide may have.
  public static let minimumTextSize = 8.0
  /// The smallest and largest side of a `WxH` size, in pixels.
  public static let pixelRange = 64...20_000

  /// A widescreen slide, 16:9: 13.333 × 7.5 in.
  public static let widescreen = SlideSize(name: "16:9", width: 40.0 / 3, height: 7.5)
  /// A standard slide, 4:3: 10 × 7.5 in.
  public static let standard = SlideSize(name: "4:3", width: 10, height: 7.5)
  /// An A4 page in landscape: 297 × 210 mm.
  public static let a4 = SlideSize(name: "a4", width: 297 / 25.4, height: 210 / 25.4)
  /// An A3 page in landscape: 420 × 297 mm.
  public static let a3 = SlideSize(name: "a3", width: 420 / 25.4, height: 297 / 25.4)
  /// The sizes known by name, in the order help texts list them.
  public static let named: [SlideSize] = [widescreen, standard, a4, a3]

  /// The size as written on the command line (`16:9`, `a4`, `1920x1080`).
  public let name: String
  /// The width in inches.
  public let width: Double
  /// The height in inches.
  public let height: Double

  /// A box `width` × `height` inches, called `name`.
  public init(name: String, width: Double, height: Double) {
    self.name = name
    self.width = width
    self.height = height
  }

  /// The pixels an inch of a PNG drawn for this box when none is asked for: 144 for a named
  /// slide or page (a 16:9 slide is then 1920 × 1080 pixels, as slides are shown), and
  /// `pixelsPerInch` for a box given in pixels, which then comes out at exactly those pixels.
  public var defaultPixelsPerInch: Double { Self.named.contains(self) ? 144 : Self.pixelsPerInch }

  /// A box of `width` × `height` pixels at `pixelsPerInch`, named `WIDTHxHEIGHT`.
  public init(pixelWidth width: Int, height: Int) {
    self.init(
      name: "\(width)x\(height)", width: Double(width) / Self.pixelsPerInch, height: Double(height) / Self.pixelsPerInch
    )
  }

  /// Reads `16:9`, `4:3`, `a4`, `a3` (in any case) or `WIDTHxHEIGHT` in pixels (`1920x1080`, with
  /// `x`, `X` or `×`).
  /// - Throws: `ParseError` naming the accepted sizes, or the pixel range when a side is out of it.
  public init(parsing text: String) throws(ParseError) {
    let trimmed = text.trimmingCharacters(in: String.xmlWhitespace)
    let lowered = trimmed.lowercased()
    if let size = Self.named.first(where: { $0.name == lowered }) {
      self = size
      return
    }
    let sides = lowered.split(separator: "x", omittingEmptySubsequences: false).flatMap {
      $0.split(separator: "×", omittingEmptySubsequences: false)
    }
    guard sides.count == 2, sides.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
      throw ParseError(
        description:
          "'\(text)' is not a slide size: use 16:9, 4:3, a4, a3 or WIDTHxHEIGHT in pixels (such as 1920x1080)")
    }
    guard let width = Int(sides[0]), let height = Int(sides[1]), Self.pixelRange.contains(width),
      Self.pixelRange.contains(height)
    else {
      throw ParseError(
        description:
          "'\(text)' is not a slide size: each side must be \(Self.pixelRange.lowerBound) to \(Self.pixelRange.upperBound) pixels"
      )
    }
    self.init(pixelWidth: width, height: height)
  }

  /// The width divided by the height (16:9 is 1.778).
  public var aspectRatio: Double { width / height }

  /// The box as a Graphviz `size` that scales the drawing up or down until it fits (`W,H!`).
  public var graphvizSize: String { LabelText.number(width) + "," + LabelText.number(height) + "!" }

  /// The box in inches for messages: "13.33 × 7.5 in".
  public var inches: String {
    LabelText.number(width, decimals: 2) + " × " + LabelText.number(height, decimals: 2) + " in"
  }

  /// The name, as given.
  public var description: String { name }
}
