import ArgumentParser
import EgovarchKit
import Foundation

/// A model validated for the commands that draw or report on it (`gaps`, `roadmap`, `graph`,
/// `report`): the findings and the analysis the validator made of the model (its graph,
/// schedule and assessed indicators, built once), with its framework and date.
struct ModelInput {
  /// The validation of the file, with the settings' rule policy applied to its findings.
  var validation: FileValidation
  /// The analysis of the model, shared by the gap report and the diagrams.
  var analysis: Analysis

  /// Validates the model at `path` with `settings` (framework, date and rule policy), as
  /// `validate` would.
  /// - Throws: `CommandFailure` (exit 2) when the file cannot be read or the framework is bad;
  ///   `ExitCode(1)` after printing the findings when it is not a usable model.
  init(path: String, settings: EffectiveSettings, language: Language) throws {
    let chosenFramework = try settings.framework.map { try FrameworkOption.resolve($0) }
    let options = settings.validationOptions(framework: chosenFramework)
    do {
      validation = try ArchitectureValidator(options: options).validate(fileAt: path)
    } catch {
      throw CommandFailure(message: error.description)
    }
    guard let analysis = validation.analysis else {
      let text = TextReporter(language: language).render(ValidationReport(files: [validation]))
      printToStandardError(lines: text.split(separator: "\n"))
      throw ExitCode(1)
    }
    guard analysis.framework != nil else {
      let unknown = validation.findings.filter { $0.ruleID == UnknownFrameworkRule.description.id }
      if unknown.isEmpty {  // the configuration disabled the rule that says so
        printToStandardError(
          "egovarch: error: \(path): the model's framework '\(analysis.architecture.framework)' is not known; name one with --framework"
        )
        throw ExitCode(1)
      }
      let report = ValidationReport(files: [FileValidation(path: path, architecture: nil, findings: unknown)])
      printToStandardError(lines: TextReporter(language: language).render(report).split(separator: "\n"))
      throw ExitCode(1)
    }
    self.analysis = analysis
  }
}
