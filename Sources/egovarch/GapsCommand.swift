import ArgumentParser
import EgovarchKit
import Foundation

/// `egovarch gaps MODEL`: the gap report a steering committee asks for.
struct GapsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gaps",
    abstract: "Report the gaps of a model: required components and links, roadmap progress, indicators.",
    discussion: """
      \(SettingsOptions.modelCommandDiscussion)
      Exit status: 0 when the report was made, 1 when the model cannot be read as a model
      (its XML findings are printed), 2 when the command could not run.
      """
  )

  @Argument(help: "The model file.")
  var model: String

  @Option(help: "Output format: text, markdown or json.")
  var format: GapReportFormat = .text

  @OptionGroup var settingsOptions: SettingsOptions

  @OptionGroup var asOfOption: AsOfOption

  func run() throws {
    let language = settingsOptions.language
    let settings = try settingsOptions.settings(asOf: asOfOption.asOf)
    let input = try ModelInput(path: model, settings: settings, language: language)
    let report = GapReport(validation: input.validation, analysis: input.analysis)
    try StandardOutput.write(
      format.render(report, language: language, analysis: input.analysis, findings: input.validation.findings))
  }
}
