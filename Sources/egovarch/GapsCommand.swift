import ArgumentParser
import EgovarchKit
import Foundation

/// `egovarch gaps MODEL`: the gap report a steering committee asks for.
struct GapsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gaps",
    abstract: "Report the gaps of a model: required components and links, roadmap progress, indicators.",
    discussion: """
      Exit status: 0 when the report was made, 1 when the model cannot be read as a model
      (its XML findings are printed), 2 when the command could not run.
      """
  )

  @Argument(help: "The model file.")
  var model: String

  @Option(help: "Output format: text, markdown or json.")
  var format: GapReportFormat = .text

  @Option(help: "Framework to check against, overriding the model's own: 1.0, 2.0 or a framework file.")
  var framework: String?

  @Option(name: .customLong("as-of"), help: "Judge statuses at this date (YYYY-MM-DD) instead of the model's asOf.")
  var asOf: CalendarDate?

  @Option(help: "Language: en or vi (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Language?

  func run() throws {
    let language = lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    let input = try ModelInput(path: model, framework: framework, asOf: asOf, language: language)
    let report = GapReport(validation: input.validation, analysis: input.analysis)
    try StandardOutput.write(format.render(report, language: language))
  }
}
