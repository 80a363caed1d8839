/// What an `.egovarch.yml` configuration file says: every field is optional.
///
/// ```yaml
/// # .egovarch.yml
/// framework: "2.0"
/// fail-on: warning
/// disabled-rules: [kpi/not-reported]
/// severity:
///   roadmap/overdue: error
/// exclude:
///   - archive/**
///   - drafts/*.xml
/// help-uri-base: https://github.com/OWNER/REPO/blob/main/docs/rules.md
/// ```
///
/// The keys:
/// - `framework`: the framework to check against when the command line names none: `1.0`,
///   `2.0` or the path of a framework file, relative to the configuration file's directory.
/// - `fail-on`: `error`, `warning`, `note` or `never`, as `--fail-on`.
/// - `only-rules`: when present, only these rules report findings (it cannot be empty).
/// - `disabled-rules`: rules that never report findings. A rule listed both here and in
///   `only-rules` is disabled: turning a rule off always wins, as in ``RulePolicy``.
/// - `severity`: a mapping from rule id to `error`, `warning` or `note`.
/// - `exclude`: glob patterns (``PathPattern``) relative to the configuration file's
///   directory; a model file they match is not validated. Quote a pattern that starts with
///   `*` (`"**/drafts"`): unquoted, YAML reads it as an alias.
/// - `help-uri-base`: the base of each rule's `helpUri` in SARIF, as `--help-uri-base`
///   (``RuleHelpURI``).
///
/// A key given an empty value (`disabled-rules:`) counts as absent. Rule ids are checked
/// against ``RuleRegistry/descriptions``. YAML anchors and aliases are refused, and so are
/// duplicate keys, unknown keys and files over ``sizeLimit``.
public struct Configuration: Sendable, Equatable {
  /// The name egovarch looks for: `.egovarch.yml`.
  public static let fileName = ".egovarch.yml"
  /// The largest configuration file read: 1 MiB.
  public static let sizeLimit = 1_048_576

  /// The framework to use when the command line names none: a built-in id (`1.0`, `2.0`, `3.0`) or
  /// the path of a framework file, already resolved against ``directory``.
  public var framework: String?
  /// The severity from which findings make a run fail.
  public var failOn: FailureThreshold?
  /// When set, only these rules report findings (in the file's order, each once).
  public var onlyRules: [String]?
  /// Rules that never report findings, even when listed in ``onlyRules``.
  public var disabledRules: [String]
  /// Severities that replace the rules' own, by rule id.
  public var severities: [String: Severity]
  /// Where the rules' documentation is on the web, for SARIF's `helpUri`.
  public var helpURI: RuleHelpURI?
  /// Model files and directories not to validate.
  public var excludedPaths: [PathPattern] {
    didSet { exclusions = PathPatternSet(excludedPaths) }
  }
  /// ``excludedPaths`` merged for matching all at once.
  private var exclusions: PathPatternSet
  /// The absolute directory holding the configuration file; "" for a configuration that
  /// does not come from a file (relative paths then stay relative to the current directory).
  public var directory: String
  /// The configuration file's path as it was given (the one error messages name); "" when
  /// there is no file.
  public var path: String

  /// Creates a configuration; the default one says nothing.
  public init(
    framework: String? = nil, failOn: FailureThreshold? = nil, onlyRules: [String]? = nil,
    disabledRules: [String] = [], severities: [String: Severity] = [:], excludedPaths: [PathPattern] = [],
    helpURI: RuleHelpURI? = nil, directory: String = "", path: String = ""
  ) {
    self.framework = framework
    self.failOn = failOn
    self.onlyRules = onlyRules
    self.disabledRules = disabledRules
    self.severities = severities
    self.excludedPaths = excludedPaths
    exclusions = PathPatternSet(excludedPaths)
    self.helpURI = helpURI
    self.directory = directory
    self.path = path
  }

  /// Whether an `exclude` pattern matches `path` or one of the directories above it.
  /// - Parameters:
  ///   - path: a file or directory, absolute or relative to `currentDirectory`.
  ///   - currentDirectory: the absolute directory relative paths start from.
  ///
  /// The patterns are matched all at once (``PathPatternSet``): the cost per path hardly grows
  /// with their number.
  public func excludes(_ path: String, currentDirectory: String) -> Bool {
    exclusions.matches(path, currentDirectory: currentDirectory)
  }
}
