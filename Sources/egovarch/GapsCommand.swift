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
    let chosenFramework = try framework.map(FrameworkOption.resolve)
    let options = ValidationOptions(asOf: asOf, framework: chosenFramework)
    let validation: FileValidation
    do {
      validation = try ArchitectureValidator(options: options).validate(fileAt: model)
    } catch {
      throw CommandFailure(message: error.description)
    }
    guard let architecture = validation.architecture else {
      let report = ValidationReport(files: [validation])
      printToStandardError(TextReporter(language: language).render(report))
      throw ExitCode(1)
    }
    guard let modelFramework = chosenFramework ?? BuiltInFrameworks.framework(architecture.framework) else {
      let unknown = validation.findings.filter { $0.ruleID == UnknownFrameworkRule.description.id }
      let report = ValidationReport(files: [FileValidation(path: model, architecture: nil, findings: unknown)])
      printToStandardError(TextReporter(language: language).render(report))
      throw ExitCode(1)
    }
    let report = GapReport(
      validation: validation, architecture: architecture, framework: modelFramework,
      asOf: options.asOf ?? architecture.asOf ?? options.today)
    print(format.render(report, language: language), terminator: "")
  }
}
