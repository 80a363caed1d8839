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
    output += summaryLine(report.summary) + "\n"
    return output
  }

  private func summaryLine(_ summary: FindingSummary) -> String {
    func count(_ value: Int, _ english: String) -> String {
      switch language {
      case .english: return "\(value) \(english)\(value == 1 ? "" : "s")"
      case .vietnamese:
        let words = ["error": "lỗi", "warning": "cảnh báo", "note": "ghi chú", "file": "tệp"]
        return "\(value) \(words[english] ?? english)"
      }
    }
    let counts = [count(summary.errors, "error"), count(summary.warnings, "warning"), count(summary.notes, "note")]
      .joined(separator: ", ")
    switch language {
    case .english:
      let suppressed = summary.suppressed > 0 ? " (\(summary.suppressed) suppressed)" : ""
      return "\(counts) in \(count(summary.files, "file"))\(suppressed)"
    case .vietnamese:
      let suppressed = summary.suppressed > 0 ? " (\(summary.suppressed) đã miễn trừ)" : ""
      return "\(counts) trong \(count(summary.files, "file"))\(suppressed)"
    }
  }
}
