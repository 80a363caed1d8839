import ArgumentParser
import EgovarchKit
import Foundation

/// `egovarch rules`: lists every rule with its id, default severity, summary and rationale.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List every rule: id, default severity, summary, rationale and basis.",
    discussion: "'--format markdown' prints docs/rules.md."
  )

  /// The formats of the rule list.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case text
    case markdown
  }

  @Option(help: "Output format: text or markdown.")
  var format: Format = .text

  @Option(help: "Language of the text output: en or vi (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Language?

  func run() throws {
    let language = lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    let formatter = RuleCatalogFormatter(language: language)
    let rules = RuleRegistry.descriptions
    switch format {
    case .text: try StandardOutput.write(formatter.text(rules))
    case .markdown: try StandardOutput.write(formatter.markdown(rules))
    }
  }
}
