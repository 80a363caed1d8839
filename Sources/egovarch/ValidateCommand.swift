import ArgumentParser
import EgovarchKit
import Foundation

/// `egovarch validate PATH...`: checks models and prints the findings.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check architecture models: XML, schema, references, cycles and the roadmap.",
    discussion: """
      PATH is a model file or a directory, searched recursively for *.xml.
      Exit status: 0 nothing reaches --fail-on; 1 something does; 2 the command could not run.
      """
  )

  @Argument(help: "Model files or directories.")
  var paths: [String]

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning, note or never.")
  var failOn: FailureThreshold = .error

  @Option(name: .customLong("as-of"), help: "Judge statuses at this date (YYYY-MM-DD) instead of the model's asOf.")
  var asOf: CalendarDate?

  @Option(help: "Framework to check against, overriding the models' own: 1.0, 2.0 or a framework file.")
  var framework: String?

  @Option(help: "Language of messages: en or vi (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Language?

  @Option(help: "Colour the text output: auto, always or never.")
  var color: ColorChoice = .auto

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one model file or directory") }
  }

  func run() throws {
    var collector = ModelPathCollector()
    for path in paths { collector.add(path) }
    let chosenFramework = try framework.map(FrameworkOption.resolve)
    let validator = ArchitectureValidator(options: ValidationOptions(asOf: asOf, framework: chosenFramework))
    var outcomes: [FileValidation] = []
    var failures = collector.failures
    for file in collector.files {
      do {
        outcomes.append(try validator.validate(fileAt: file))
      } catch {
        failures.append(error.description)
      }
    }
    let language = lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    let report = ValidationReport(files: outcomes)
    if !outcomes.isEmpty || failures.isEmpty {
      let colored = color.isEnabled(forStandardOutput: ())
      let settings = ReporterSettings(
        language: language, colored: colored, toolVersion: EgovarchVersion.current,
        baseDirectory: FileManager.default.currentDirectoryPath)
      print(format.reporter(settings).render(report), terminator: "")
    }
    if !failures.isEmpty {
      for failure in failures.dropLast() { printToStandardError("egovarch: error: \(failure)") }
      throw CommandFailure(message: failures.last!)
    }
    if failOn.isReached(by: report.findings) { throw ExitCode(1) }
  }
}
