import ArgumentParser
import EgovarchKit

/// The slide or page a diagram is fitted to (`--size`) and the resolution of its PNG (`--dpi`),
/// shared by `roadmap`, `graph` and `timeline`.
struct SlideOptions: ParsableArguments {
  /// The pixels an inch of PNG output that `--dpi` accepts.
  static let dpiRange = 24...600

  @Option(
    name: .customLong("size"),
    help: "Fit the diagram to a slide or page: 16:9, 4:3, a4, a3 (landscape) or WIDTHxHEIGHT in pixels at 96 dpi.")
  var sizeText: String?

  @Option(
    help: """
      Pixels per inch of png output (default: 144 for a named --size, so that a 16:9 slide is \
      1920×1080; 96 otherwise).
      """)
  var dpi: Int?

  /// The slide of `--size`, once `validate` has accepted it.
  var size: SlideSize? { sizeText.flatMap { try? SlideSize(parsing: $0) } }

  /// The pixels an inch of PNG output: `--dpi`, else the slide's default
  /// (`SlideSize.defaultPixelsPerInch`), else `nil` (the diagram's own size).
  var pixelsPerInch: Int? { dpi ?? size.map { Int($0.defaultPixelsPerInch) } }

  func validate() throws {
    if let sizeText {
      do {
        _ = try SlideSize(parsing: sizeText)
      } catch {
        throw ValidationError("--size: \(error.description)")
      }
    }
    if let dpi, !Self.dpiRange.contains(dpi) {
      throw ValidationError(
        "--dpi must be a whole number from \(Self.dpiRange.lowerBound) to \(Self.dpiRange.upperBound)")
    }
  }
}
