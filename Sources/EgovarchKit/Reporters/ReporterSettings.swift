/// What a reporter needs to know beyond the report: language, colour, the tool's version and
/// the directory that relative paths in machine formats are relative to.
public struct ReporterSettings: Sendable {
  /// The language of messages.
  public var language: Language
  /// Whether the text output may use ANSI colours.
  public var colored: Bool
  /// egovarch's version, as SARIF's `tool.driver.version` reports it.
  public var toolVersion: String
  /// The absolute directory that file paths are made relative to (`--base-dir`: by default
  /// the top of the git working tree, else the working directory).
  public var baseDirectory: String
  /// The severity from which findings fail the run (`--fail-on`): JUnit makes a failed test
  /// of those only.
  public var failOn: FailureThreshold = .error
  /// Where the rules' documentation is on the web, for SARIF's `helpUri` (`--help-uri-base`
  /// or the configuration's `help-uri-base`); `nil` for no `helpUri`.
  public var helpURI: RuleHelpURI?
  /// The category of the analysis (`--category`), SARIF's `automationDetails.id`: GitHub
  /// keeps one set of alerts per category.
  public var category: String?

  /// Creates settings.
  public init(
    language: Language, colored: Bool = false, toolVersion: String, baseDirectory: String,
    failOn: FailureThreshold = .error, helpURI: RuleHelpURI? = nil, category: String? = nil
  ) {
    self.language = language
    self.colored = colored
    self.toolVersion = toolVersion
    self.baseDirectory = baseDirectory
    self.failOn = failOn
    self.helpURI = helpURI
    self.category = category
  }
}
