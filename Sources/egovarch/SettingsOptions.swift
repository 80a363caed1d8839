import ArgumentParser
import EgovarchKit
import Foundation

/// The options every command that validates a model shares (`validate`, `gaps`, `roadmap`,
/// `graph`, `report`): the framework, the language and the configuration file.
///
/// Used with `@OptionGroup`, as swift-format shares its `LintFormatOptions`.
struct SettingsOptions: ParsableArguments {
  /// What every such command's help says about `.egovarch.yml`.
  static let configurationDiscussion = """
    Settings come from the command line, else from the nearest .egovarch.yml
    (in the current directory or a parent; --config names one, --no-config
    ignores it).
    """

  /// What the help of a command other than `validate` adds about `.egovarch.yml`.
  static let modelCommandDiscussion = """
    \(configurationDiscussion)
    Its framework, only-rules, disabled-rules and severity apply as in
    'validate'; fail-on, exclude and help-uri-base are only for 'validate'.
    """

  @Option(
    help:
      "Framework to check against, overriding the configuration's and the model's own: 1.0, 2.0, 3.0 or a framework file."
  )
  var framework: String?

  @Option(help: "Language of the output: en or vi (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Language?

  @Option(help: "The configuration file (default: the nearest .egovarch.yml).")
  var config: String?

  @Flag(name: .customLong("no-config"), help: "Ignore any .egovarch.yml.")
  var noConfig = false

  func validate() throws {
    if config != nil && noConfig { throw ValidationError("--config and --no-config cannot be used together") }
  }

  /// `--lang`, else the language of the environment.
  var language: Language {
    lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
  }

  /// The configuration: `--config`, else the nearest `.egovarch.yml` from `workingDirectory`,
  /// unless `--no-config`.
  /// - Throws: `CommandFailure` when it cannot be read or says something wrong.
  func loadConfiguration(workingDirectory: String) throws -> Configuration? {
    do {
      return try Configuration.select(named: config, ignored: noConfig, workingDirectory: workingDirectory)
    } catch {
      throw CommandFailure(message: error.description)
    }
  }

  /// The settings of this command line (with `asOf`, `failOn` and `helpURI` where the command
  /// has them) and its configuration, read from `workingDirectory` upward.
  /// - Throws: `CommandFailure` when the configuration cannot be read or says something wrong.
  func settings(
    asOf: CalendarDate? = nil, failOn: FailureThreshold? = nil, helpURI: RuleHelpURI? = nil,
    workingDirectory: String = FileManager.default.currentDirectoryPath
  ) throws -> EffectiveSettings {
    EffectiveSettings(
      commandLine: CommandLineSettings(framework: framework, failOn: failOn, asOf: asOf, helpURI: helpURI),
      configuration: try loadConfiguration(workingDirectory: workingDirectory))
  }
}
