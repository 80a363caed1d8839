/// What a command line says about the settings that `.egovarch.yml` can also give; `nil` for
/// anything it leaves to the configuration file.
public struct CommandLineSettings: Sendable, Hashable {
  /// `--framework`: a built-in framework's id or a framework file, relative to the current
  /// directory.
  public var framework: String?
  /// `--fail-on` (only `validate` has it).
  public var failOn: FailureThreshold?
  /// `--as-of`.
  public var asOf: CalendarDate?
  /// `--help-uri-base` (only `validate` has it).
  public var helpURI: RuleHelpURI?

  /// Creates the command line's settings; the default one says nothing.
  public init(
    framework: String? = nil, failOn: FailureThreshold? = nil, asOf: CalendarDate? = nil, helpURI: RuleHelpURI? = nil
  ) {
    self.framework = framework
    self.failOn = failOn
    self.asOf = asOf
    self.helpURI = helpURI
  }
}
