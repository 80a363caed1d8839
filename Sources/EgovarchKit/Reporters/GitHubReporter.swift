/// Prints GitHub Actions workflow commands, which GitHub turns into annotations on the files:
/// `::error file=F,line=L,col=C,title=RULE::MESSAGE` per unsuppressed finding (`warning` for
/// warnings, `notice` for notes), then the summary line of the text format.
///
/// Files are named relative to `ReporterSettings.baseDirectory` (the repository's root in a
/// workflow). Values are escaped as GitHub's runner expects: `%`, CR and LF in the message,
/// and also `:` and `,` in properties. Other control characters are written as `\u{1B}`, so
/// that a value from a model can neither start a command of its own nor colour the log.
public struct GitHubReporter: Reporter {
  /// The language of messages and the summary, and the base directory.
  public var settings: ReporterSettings

  /// Creates a GitHub Actions reporter.
  public init(settings: ReporterSettings) {
    self.settings = settings
  }

  public func render(_ report: ValidationReport) -> String {
    var output = ""
    for finding in report.findings where !finding.isSuppressed {
      let command =
        switch finding.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
      let file = ReportedPath(finding.location.file, baseDirectory: settings.baseDirectory).name
      let position = finding.location.position
      output +=
        "::\(command) file=\(Self.escapedProperty(file)),line=\(max(1, position.line)),"
        + "col=\(max(1, position.column)),title=\(Self.escapedProperty(finding.ruleID))::"
        + Self.escapedMessage(finding.message.text(in: settings.language)) + "\n"
    }
    return output + report.summary.text(in: settings.language) + "\n"
  }

  /// `text` as a command's message: `%` as `%25`, CR as `%0D`, LF as `%0A`.
  public static func escapedMessage(_ text: String) -> String {
    escaped(text, property: false)
  }

  /// `text` as a command's property value: as a message, and `:` as `%3A`, `,` as `%2C`.
  public static func escapedProperty(_ text: String) -> String {
    escaped(text, property: true)
  }

  private static func escaped(_ text: String, property: Bool) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": output += "%25"
      case "\r": output += "%0D"
      case "\n": output += "%0A"
      case ":" where property: output += "%3A"
      case "," where property: output += "%2C"
      case "\t": output += "\t"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output
  }
}
