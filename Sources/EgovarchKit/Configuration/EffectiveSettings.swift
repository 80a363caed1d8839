/// The settings a command runs with: its command line over the configuration file, over
/// egovarch's defaults.
///
/// Every command that validates a model (`validate`, `gaps`, `roadmap`, `graph`, `report`)
/// builds one, so that the same `.egovarch.yml` gives the same findings whichever command
/// shows them:
/// - the framework: `--framework`, else the configuration's `framework`, else each model's own;
/// - the rules: the configuration's `only-rules`, `disabled-rules` and `severity`
///   (``RulePolicy``);
/// - the date: `--as-of`, else each model's `asOf` (the configuration has no date);
/// - the failure threshold: `--fail-on`, else the configuration's `fail-on`, else `error`;
/// - the excluded paths: the configuration's `exclude`;
/// - the base of the rules' help URIs in SARIF: `--help-uri-base`, else the configuration's
///   `help-uri-base`, else none.
///
/// The failure threshold, the excluded paths and the help URIs matter only to `validate`, the
/// one command that fails on findings, searches directories and writes SARIF.
public struct EffectiveSettings: Sendable, Equatable {
  /// The framework to check every model against; `nil` for each model's own.
  public var framework: FrameworkChoice?
  /// The date that overrides every model's `asOf`.
  public var asOf: CalendarDate?
  /// Which rules report findings, and at which severity.
  public var rulePolicy: RulePolicy
  /// The severity from which findings make a run fail.
  public var failOn: FailureThreshold
  /// Where the rules' documentation is on the web, for SARIF's `helpUri`; `nil` for none.
  public var helpURI: RuleHelpURI?
  /// Model files and directories not to validate: the configuration's `exclude`.
  public var excludedPaths: [PathPattern] { exclusions?.excludedPaths ?? [] }
  /// The configuration whose `exclude` patterns apply (already merged for matching).
  private let exclusions: Configuration?
  /// The configuration file's path as it was given; `nil` when no configuration applies.
  public var configurationPath: String?

  /// The settings of a command line with `configuration` (`nil` when there is none, or
  /// `--no-config`).
  public init(commandLine: CommandLineSettings = CommandLineSettings(), configuration: Configuration?) {
    if let framework = commandLine.framework {
      self.framework = FrameworkChoice(value: framework, source: .commandLine)
    } else if let configuration, let framework = configuration.framework {
      self.framework = FrameworkChoice(value: framework, source: .configuration(path: configuration.path))
    } else {
      self.framework = nil
    }
    asOf = commandLine.asOf
    rulePolicy = RulePolicy(
      onlyRules: configuration?.onlyRules.map(Set.init), disabledRules: Set(configuration?.disabledRules ?? []),
      severities: configuration?.severities ?? [:])
    failOn = commandLine.failOn ?? configuration?.failOn ?? .error
    helpURI = commandLine.helpURI ?? configuration?.helpURI
    exclusions = configuration
    configurationPath = configuration?.path
  }

  /// Whether an excluded path matches `path` or one of the directories above it.
  /// - Parameters:
  ///   - path: a file or directory, absolute or relative to `currentDirectory`.
  ///   - currentDirectory: the absolute directory relative paths start from.
  ///
  /// The configuration's patterns are matched all at once (``PathPatternSet``): the cost per
  /// path hardly grows with their number.
  public func excludes(_ path: String, currentDirectory: String) -> Bool {
    exclusions?.excludes(path, currentDirectory: currentDirectory) ?? false
  }

  /// The options to validate with, given the framework ``framework`` names once it is loaded.
  /// - Parameters:
  ///   - framework: the loaded framework of ``framework``; `nil` for each model's own.
  ///   - today: the date used when neither ``asOf`` nor a model gives one.
  public func validationOptions(framework: Framework?, today: CalendarDate = .today()) -> ValidationOptions {
    ValidationOptions(asOf: asOf, today: today, framework: framework, rulePolicy: rulePolicy)
  }
}
