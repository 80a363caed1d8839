import EgovarchKit
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs Graphviz's `dot` to render DOT into another format.
///
/// `dot` is a child that can fail: it runs under a time limit (`--dot-timeout`, default 60
/// seconds) and is killed when it is reached; its output must look like the format asked for;
/// when a layout fails (Graphviz 2.43 cannot route some models' edges), simpler layouts are
/// tried before giving up. No temporary file or folder is used, so `TMPDIR` does not matter.
enum Graphviz {
  /// The default time limit of one run of `dot`, in seconds.
  static let defaultTimeout = 60.0

  /// The layouts tried in turn, each with the note printed when it is the one that worked.
  static let layouts: [(arguments: [String], note: String?)] = [
    ([], nil),
    (["-Gsplines=polyline"], "graphviz could not route curved edges; the diagram uses polylines"),
    (["-Gsplines=false"], "graphviz could not route the edges; the diagram uses straight lines"),
    (["-Kneato", "-Gsplines=false"], "graphviz's 'dot' layout failed; the diagram uses the 'neato' layout"),
  ]

  /// The `dot` executable on `PATH`, if there is one.
  static func dotExecutable() -> URL? {
    ExecutableSearch.find("dot")
  }

  /// `source` rendered by `dot -T<format>`, within `timeout` seconds per run, with `arguments`
  /// (`-Gpad=…`) added to every run.
  ///
  /// Graphviz's layout warnings do not stop the run: they are passed on to standard error as
  /// notes. When `dot` fails (a non-zero status, a crash, output that is not the format), the
  /// next of `layouts` is tried, from `firstLayout` on; a run that times out is not retried.
  /// - Throws: `CommandFailure` when `dot` is missing, times out or fails with every layout.
  static func render(
    _ source: String, format: DiagramFormat, timeout: Double = defaultTimeout, arguments: [String] = [],
    firstLayout: Int = 0
  ) throws -> Data {
    let result = try run(
      source, type: format.rawValue, for: format, arguments: arguments, timeout: timeout, firstLayout: firstLayout,
      reports: true
    ) { looksLike(format, $0) }
    return Data(result.output)
  }

  /// The natural size of `source`'s drawing and the index of the layout that drew it.
  ///
  /// The size is in inches without margins, from `dot -Tplain -Gpad=0 -Gmargin=0` (as the
  /// fitted rendering has them); render with the same layout. Its notes are not printed (the
  /// rendering run prints them). `format` is the one the drawing is for.
  /// - Throws: `CommandFailure` as `render` does, or when the output cannot be read.
  static func measure(_ source: String, for format: DiagramFormat, timeout: Double = defaultTimeout) throws -> (
    width: Double, height: Double, layout: Int
  ) {
    let result = try run(
      source, type: "plain", for: format, arguments: ["-Gpad=0", "-Gmargin=0"], timeout: timeout, firstLayout: 0,
      reports: false
    ) { plainSize($0) != nil }
    guard let size = plainSize(result.output) else {
      throw CommandFailure(message: "graphviz's 'dot' did not write plain output")
    }
    return (size.width, size.height, result.layout)
  }

  /// The width and height in the first line of `dot -Tplain` output (`graph SCALE WIDTH HEIGHT`).
  static func plainSize(_ output: [UInt8]) -> (width: Double, height: Double)? {
    let firstLine = output.prefix { $0 != UInt8(ascii: "\n") }
    let fields = String(decoding: firstLine, as: UTF8.self).split(separator: " ")
    guard fields.count == 4, fields[0] == "graph", let width = Double(fields[2]), let height = Double(fields[3]),
      width.isFinite, height.isFinite, width >= 0, height >= 0
    else { return nil }
    return (width, height)
  }

  /// Runs `dot -T<type>` over `source` with each layout in turn, from `firstLayout` on.
  ///
  /// Stops at the first whose output `accept` takes; prints its notes when `reports`. `format`
  /// is the one asked for.
  private static func run(
    _ source: String, type: String, for format: DiagramFormat, arguments: [String], timeout: Double,
    firstLayout: Int, reports: Bool, accept: ([UInt8]) -> Bool
  ) throws -> (output: [UInt8], layout: Int) {
    guard let executable = dotExecutable() else {
      throw CommandFailure(
        message:
          "graphviz's 'dot' is needed for --format \(format.rawValue): install it with: apt-get install graphviz"
      )
    }
    let input = Array(source.utf8)
    var firstFailure: String?
    for (index, layout) in layouts.enumerated() where index >= firstLayout {
      let process = ChildProcess(
        executable: executable.path, arguments: ["-T" + type] + layout.arguments + arguments)
      let outcome = try process.run(input: input, timeout: timeout)
      let complaints = String(decoding: outcome.errors, as: UTF8.self)
        .split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      let problem: String?
      switch outcome.ending {
      case .timedOut:
        throw CommandFailure(
          message: "graphviz's 'dot' did not finish within \(seconds(timeout)) and was stopped "
            + "(a longer limit: --dot-timeout SECONDS)")
      case .outputTooLarge:
        throw CommandFailure(
          message: "graphviz's 'dot' wrote more than \(ChildProcess.outputLimit >> 20) MiB and was stopped")
      case .signaled(let signo):
        problem = "graphviz's 'dot' was killed by signal \(signo)"
      case .exited(let status) where status != 0:
        problem = "graphviz's 'dot' failed (exit status \(status))"
      case .exited:
        problem = accept(outcome.output) ? nil : "graphviz's 'dot' did not write \(type) output"
      }
      if let problem {
        if firstFailure == nil {
          firstFailure = problem + (complaints.isEmpty ? "" : ": " + summary(of: complaints))
        }
        continue
      }
      if reports {
        if let note = layout.note { printToStandardError("egovarch: note: \(note)") }
        for line in complaints.prefix(20) {
          printToStandardError("egovarch: note: graphviz: \(String(line.prefix(500)).terminalSafe)")
        }
      }
      return (outcome.output, index)
    }
    throw CommandFailure(message: firstFailure ?? "graphviz's 'dot' failed")
  }

  /// The first lines of `complaints`, escaped and shortened, on one line.
  private static func summary(of complaints: [String]) -> String {
    let shown = complaints.prefix(3).map { String($0.prefix(300)).terminalSafe }.joined(separator: "; ")
    return complaints.count > 3 ? shown + " (and \(complaints.count - 3) more lines)" : shown
  }

  /// `timeout` for a message: "1 second", "60 seconds", "0.5 seconds".
  private static func seconds(_ timeout: Double) -> String {
    if timeout == 1 { return "1 second" }
    return (timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)) + " seconds"
  }

  /// Whether `output` starts (and, for SVG, ends) as the format's files do.
  private static func looksLike(_ format: DiagramFormat, _ output: [UInt8]) -> Bool {
    switch format {
    case .dot, .mermaid, .plantuml: return !output.isEmpty
    case .png: return output.starts(with: [0x89, 0x50, 0x4E, 0x47])
    case .pdf: return output.starts(with: Array("%PDF-".utf8))
    case .svg:
      guard let text = String(validating: output, as: UTF8.self) else { return false }
      return text.contains("<svg") && text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</svg>")
    }
  }
}
