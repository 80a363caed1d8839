import ArgumentParser
import EgovarchKit

/// Where and how `graph` and `roadmap` write their diagram: `--format`, `-o`, and the slide it
/// is fitted to (`--size`, `--dpi`).
///
/// `report` has its own `-o`: it is required there and names an HTML page, not a diagram.
struct DiagramOutputOptions: ParsableArguments {
  /// The pixels an inch of PNG output that `--dpi` accepts.
  static let dpiRange = 24...600

  @Option(help: "Output format: dot, svg, png or pdf.")
  var format: DiagramFormat = .dot

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(
    name: .customLong("size"),
    help: "Fit the diagram to a slide or page: 16:9, 4:3, a4, a3 (landscape) or WIDTHxHEIGHT in pixels at 96 dpi.")
  var sizeText: String?

  @Option(help: "Pixels per inch of png output (default: 96; 144 makes a 16:9 slide 1920×1080).")
  var dpi: Int?

  /// The slide of `--size`, once `validate` has accepted it.
  var size: SlideSize? { sizeText.flatMap { try? SlideSize(parsing: $0) } }

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
