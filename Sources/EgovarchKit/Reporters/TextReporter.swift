/// Prints `file:line:column: severity: message [rule]` per finding, then a one-line summary.
///
/// Suppressed findings are not listed; the summary counts them.
public struct TextReporter: Reporter {
  /// The language of messages and the summary.
  public var language: Language
  /// Whether to colour the output (only for a terminal).
  public var colored: Bool

  /// Creates a text reporter.
  public init(language: Language, colored: Bool = false) {
    self.language = language
    self.colored = colored
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
      output += TerminalStyle.bold.apply("\(finding.location)".terminalSafe + ":", enabled: colored) + " "
      output += style.apply("\(finding.severity.label(in: language)):", enabled: colored) + " "
      output += finding.message.text(in: language).terminalSafe + " "
      output += TerminalStyle.dim.apply("[\(finding.ruleID)]", enabled: colored) + "\n"
    }
    output += report.summary.text(in: language) + "\n"
    return output
  }
}
