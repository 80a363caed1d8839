/// The output formats of `egovarch validate`.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
  /// One line per finding, then a summary: for people.
  case text
  /// One JSON object with every finding and the counts: for scripts.
  case json
  /// A SARIF 2.1.0 log: for code-scanning services (GitHub, GitLab, SonarQube).
  case sarif
  /// JUnit XML, one test suite per file: for the test reports of CI servers (GitLab, Jenkins).
  case junit
  /// GitHub Actions workflow commands, one annotation per finding: for GitHub workflows.
  case github
  /// A Markdown summary (counts by rule and file, findings per file): for a GitHub step summary
  /// or a merge-request comment.
  case markdown
  /// A GitLab Code Quality report (Code Climate issues): for merge requests on GitLab.
  case codeclimate
  /// Checkstyle XML: for Jenkins (Warnings NG), reviewdog and other tools that read it.
  case checkstyle
  /// Azure Pipelines logging commands (`##vso[task.logissue …]`): for Azure DevOps pipelines.
  case azure

  /// The reporter for this format.
  public func reporter(_ settings: ReporterSettings) -> any Reporter {
    switch self {
    case .text:
      return TextReporter(language: settings.language, colored: settings.colored, baseDirectory: settings.baseDirectory)
    case .json: return JSONReporter(language: settings.language, baseDirectory: settings.baseDirectory)
    case .sarif: return SARIFReporter(settings: settings)
    case .junit: return JUnitReporter(settings: settings)
    case .github: return GitHubReporter(settings: settings)
    case .markdown: return MarkdownReporter(settings: settings)
    case .codeclimate: return CodeClimateReporter(settings: settings)
    case .checkstyle: return CheckstyleReporter(settings: settings)
    case .azure: return AzureReporter(settings: settings)
    }
  }
}
