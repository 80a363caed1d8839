/// Prints Azure Pipelines logging commands, which the agent turns into errors and warnings
/// of the task (on the run's summary, and on the file in a pull request's build):
/// `##vso[task.logissue type=error;sourcepath=F;linenumber=L;columnnumber=C;code=RULE]MESSAGE`
/// per unsuppressed finding, then the summary line of the text format.
///
/// `type` is `error` for an error and `warning` for a warning and for a note (Azure has only
/// these two; the message of a note starts with its severity, `note: `). Files are named
/// relative to `ReporterSettings.baseDirectory` (the repository's root in a pipeline,
/// `$(Build.SourcesDirectory)`).
///
/// Values are escaped as Azure reads them. The agent finds the command's end at the first `]`
/// and splits properties at `;`, and unescapes `%3B` (`;`), `%0D` (CR), `%0A` (LF) and `%5D`
/// (`]`), then `%AZP25` (`%`), in properties and in the message alike: see the format and
/// `task.logissue`'s properties in
/// https://learn.microsoft.com/azure/devops/pipelines/scripts/logging-commands, the agent's
/// `CommandStringConvertor.Unescape` (microsoft/azure-pipelines-agent,
/// `src/Agent.Sdk/CommandStringConvertor.cs`) and the task library's `escape` and `escapeData`
/// (microsoft/azure-pipelines-task-lib, `node/taskcommand.ts`), which write `%` as `%AZP25`
/// first. So `%` is written `%AZP25`, then `;` `%3B`, CR `%0D`, LF `%0A` and `]` `%5D`, in
/// properties and message alike (the agent decodes all five in both), and every `%` written
/// starts one of these escapes. Other control characters and the bidirectional overrides and
/// isolates are written as `\u{1B}`, so that a value from a model can neither colour the log,
/// nor read backwards, nor be read as a second command.
public struct AzureReporter: Reporter {
  /// The language of messages and the summary, and the base directory.
  public var settings: ReporterSettings

  /// Creates an Azure Pipelines reporter.
  public init(settings: ReporterSettings) {
    self.settings = settings
  }

  public func render(_ report: ValidationReport) -> String {
    var output = ""
    for finding in report.findings where !finding.isSuppressed {
      let file = ReportedPath(finding.location.file, baseDirectory: settings.baseDirectory).name
      let position = finding.location.position
      var message = finding.message.text(in: settings.language)
      if finding.severity == .note { message = finding.severity.label(in: settings.language) + ": " + message }
      output +=
        "##vso[task.logissue type=\(finding.severity == .error ? "error" : "warning");"
        + "sourcepath=\(Self.escaped(file));linenumber=\(max(1, position.line));"
        + "columnnumber=\(max(1, position.column));code=\(Self.escaped(finding.ruleID))]"
        + Self.escaped(message) + "\n"
    }
    return output + report.summary.text(in: settings.language) + "\n"
  }

  /// `text` as a logging command's property value or message: `%` as `%AZP25`, `;` as `%3B`,
  /// CR as `%0D`, LF as `%0A`, `]` as `%5D`; other control characters and bidirectional
  /// controls as `\u{1B}`.
  public static func escaped(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": output += "%AZP25"
      case ";": output += "%3B"
      case "\r": output += "%0D"
      case "\n": output += "%0A"
      case "]": output += "%5D"
      case "\t": output += "\t"
      default:
        if scalar.isHiddenFromReaders {
          output += scalar.visibleEscape
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output
  }
}
