import EgovarchKit
import Foundation

/// Runs librsvg's `rsvg-convert` to turn an SVG document egovarch drew into PNG or PDF.
///
/// Like Graphviz's `dot` (`Graphviz`), `rsvg-convert` is a child run with `ChildProcess`: in its
/// own process group, fed through a pipe, under a time limit, its output checked to be the
/// format asked for; no temporary file is used.
enum SVGConverter {
  /// The time limit of one run, in seconds.
  static let timeout = 60.0

  /// The formats `rsvg-convert` makes here.
  enum Format: String {
    /// A PNG image.
    case png
    /// A PDF page.
    case pdf

    /// The first bytes of a file of the format.
    var signature: [UInt8] {
      switch self {
      case .png: return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
      case .pdf: return Array("%PDF-".utf8)
      }
    }
  }

  /// `svg` converted to `format` by `rsvg-convert`, at the size the document gives (its
  /// `width` and `height` in pixels; a PDF page of the same size in points at 96 pixels an inch),
  /// or as `extra` arguments say (`--width`, `--dpi-x`, `--dpi-y`).
  /// - Throws: `CommandFailure` when `rsvg-convert` is missing (with the line that installs it),
  ///   fails, times out or writes something else.
  static func convert(
    _ svg: String, to format: Format, arguments extra: [String] = [], timeout: Double = timeout
  ) throws -> Data {
    guard let executable = ExecutableSearch.find("rsvg-convert") else {
      throw CommandFailure(
        message: "librsvg's 'rsvg-convert' is needed for --format \(format.rawValue): "
          + "install it with: apt-get install librsvg2-bin (or write --format svg)")
    }
    let process = ChildProcess(executable: executable.path, arguments: ["--format", format.rawValue] + extra)
    let outcome = try process.run(input: Array(svg.utf8), timeout: timeout)
    let complaints = String(decoding: outcome.errors, as: UTF8.self)
      .split(separator: "\n").map { String($0.prefix(300)).terminalSafe }.filter { !$0.isEmpty }
    let detail = complaints.isEmpty ? "" : ": " + complaints.prefix(3).joined(separator: "; ")
    switch outcome.ending {
    case .timedOut:
      throw CommandFailure(
        message: "librsvg's 'rsvg-convert' did not finish within \(Int(timeout)) seconds and was stopped")
    case .outputTooLarge:
      throw CommandFailure(
        message: "librsvg's 'rsvg-convert' wrote more than \(ChildProcess.outputLimit >> 20) MiB and was stopped")
    case .signaled(let signo):
      throw CommandFailure(message: "librsvg's 'rsvg-convert' was killed by signal \(signo)\(detail)")
    case .exited(let status) where status != 0:
      throw CommandFailure(message: "librsvg's 'rsvg-convert' failed (exit status \(status))\(detail)")
    case .exited:
      guard outcome.output.starts(with: format.signature) else {
        throw CommandFailure(message: "librsvg's 'rsvg-convert' did not write \(format.rawValue) output\(detail)")
      }
      return Data(outcome.output)
    }
  }
}
