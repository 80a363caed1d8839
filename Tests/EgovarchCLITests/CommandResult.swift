import Foundation

/// What a finished (or killed) child process left behind: status, output and duration.
struct CommandResult: CustomStringConvertible {
  /// The command line, for messages.
  var command: String
  /// The exit status, or `nil` when the process was ended by a signal (a crash or a timeout).
  var exitStatus: Int32?
  /// The signal that ended the process, if one did.
  var signal: Int32?
  /// Everything written to standard output, decoded as UTF-8 (invalid bytes replaced).
  var standardOutput: String
  /// Everything written to standard error, decoded as UTF-8 (invalid bytes replaced).
  var standardError: String
  /// The raw bytes written to standard output.
  var standardOutputBytes: Data
  /// How long the process ran.
  var duration: Duration
  /// Whether the process was still running at the time limit and had to be killed.
  var timedOut: Bool

  /// The lines of standard output, without their line terminators.
  var outputLines: [String] {
    standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  /// The text report of standard output.
  var textReport: TextReport { TextReport(standardOutput) }

  /// Parses standard output as a `--format json` report.
  func jsonReport() throws -> JSONReport { try JSONReport(standardOutputBytes) }

  var description: String {
    let ending =
      if timedOut {
        "killed after the time limit"
      } else if let exitStatus {
        "exit status \(exitStatus)"
      } else {
        "killed by signal \(signal ?? 0)"
      }
    return """
      `\(command)`: \(ending) after \(duration)
      --- stdout:
      \(Self.excerpt(standardOutput))
      --- stderr:
      \(Self.excerpt(standardError))
      """
  }

  private static func excerpt(_ text: String) -> String {
    let limit = 3_000
    return text.count <= limit ? text : String(text.prefix(limit)) + "… (\(text.count) characters in all)"
  }
}
