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
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("dot")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
        FileManager.default.isExecutableFile(atPath: candidate.path)
      {
        return candidate
      }
    }
    return nil
  }

  /// `source` rendered by `dot -T<format>`, within `timeout` seconds per run.
  ///
  /// Graphviz's layout warnings do not stop the run: they are passed on to standard error as
  /// notes. When `dot` fails (a non-zero status, a crash, output that is not the format), the
  /// next of `layouts` is tried; a run that times out is not retried.
  /// - Throws: `CommandFailure` when `dot` is missing, times out or fails with every layout.
  static func render(_ source: String, format: DiagramFormat, timeout: Double = defaultTimeout) throws -> Data {
    guard let executable = dotExecutable() else {
      throw CommandFailure(
        message: "graphviz's 'dot' is needed for --format \(format.rawValue): install it with: apt-get install graphviz"
      )
    }
    let input = Array(source.utf8)
    var firstFailure: String?
    for layout in layouts {
      let process = ChildProcess(executable: executable.path, arguments: ["-T" + format.rawValue] + layout.arguments)
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
        problem = looksLike(format, outcome.output) ? nil : "graphviz's 'dot' did not write \(format.rawValue) output"
      }
      if let problem {
        if firstFailure == nil {
          firstFailure = problem + (complaints.isEmpty ? "" : ": " + summary(of: complaints))
        }
        continue
      }
      if let note = layout.note { printToStandardError("egovarch: note: \(note)") }
      for line in complaints.prefix(20) {
        printToStandardError("egovarch: note: graphviz: \(String(line.prefix(500)).terminalSafe)")
      }
      return Data(outcome.output)
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
