import ArgumentParser
import EgovarchKit

/// Where and how `graph` and `roadmap` write their diagram: `--format`, `-o`, and the slide it
/// is fitted to (`--size`, `--dpi`).
///
/// `report` has its own `-o`: it is required there and names an HTML page, not a diagram.
struct DiagramOutputOptions: ParsableArguments {
  @Option(help: "Output format: dot, svg, png, pdf, mermaid or plantuml.")
  var format: DiagramFormat = .dot

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @OptionGroup var slide: SlideOptions
}
