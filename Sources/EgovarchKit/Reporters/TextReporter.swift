/// Prints `file:line:column: severity: message [rule]` per finding, then a one-line summary.
///
/// Suppressed findings are not listed; the summary counts them. Files are named as the report
/// names them, or, given a base directory, relative to it (absolute when outside it), as the
/// machine formats name them.
public struct TextReporter: Reporter {
  /// The language of messages and the summary.
  public var language: Language
  /// Whether to colour the output (only for a terminal).
  public var colored: Bool
  /// The absolute directory files are named relative to; `nil` to name them as the report does.
  public var baseDirectory: String?

  /// Creates a text reporter.
  public init(language: Language, colored: Bool = false, baseDirectory: String? = nil) {
    self.language = language
    self.colored = colored
    self.baseDirectory = baseDirectory
  }

  public func render(_ report: ValidationReport) -> String {
    var output = ""
    for finding in report.findings where !finding.isSuppressed {
      let style: TerminalStyle =
        switch finding.severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
      let file =
        baseDirectory.map { ReportedPath(finding.location.file, baseDirectory: $0).name } ?? finding.location.file
      let position = finding.location.position
      let location = "\(file):\(position.line):\(position.column)"
      output += TerminalStyle.bold.apply(location.terminalSafe + ":", enabled: colored) + " "
      output += style.apply("\(finding.severity.label(in: language)):", enabled: colored) + " "
      output += finding.message.text(in: language).terminalSafe + " "
      output += TerminalStyle.dim.apply("[\(finding.ruleID)]", enabled: colored) + "\n"
    }
    output += report.summary.text(in: language) + "\n"
    return output
  }
}
