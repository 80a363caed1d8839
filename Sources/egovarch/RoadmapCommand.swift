import ArgumentParser
import EgovarchKit
import Foundation

/// `egovarch roadmap MODEL`: the roadmap as a Graphviz diagram.
struct RoadmapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "roadmap",
    abstract: "Draw the roadmap: phases, tasks by status, late dependencies in red, missing components.",
    discussion: """
      Prints Graphviz DOT; --format svg, png or pdf renders it with Graphviz's 'dot'.
      Exit status: 0 when the diagram was made, 1 when the model cannot be read as a model
      (its XML findings are printed), 2 when the command could not run.
      """
  )

  @Argument(help: "The model file.")
  var model: String

  @Option(help: "Language of the labels: en or vi (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Language?

  @Option(help: "The diagram's title (default: the province's roadmap).")
  var title: String?

  @Flag(name: .customLong("no-dependencies"), help: "Leave out the dependencies between tasks.")
  var noDependencies = false

  @Option(help: "Output format: dot, svg, png or pdf.")
  var format: DiagramFormat = .dot

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "Framework to check against, overriding the model's own: 1.0, 2.0 or a framework file.")
  var framework: String?

  @Option(name: .customLong("as-of"), help: "Judge statuses at this date (YYYY-MM-DD) instead of the model's asOf.")
  var asOf: CalendarDate?

  @Option(
    name: .customLong("dot-timeout"),
    help: "Seconds each run of Graphviz's 'dot' may take before it is stopped (default: 60).")
  var dotTimeout: Double = Graphviz.defaultTimeout

  func validate() throws {
    if !(dotTimeout > 0 && dotTimeout <= 86_400) {
      throw ValidationError("--dot-timeout must be a number of seconds between 0 and 86400")
    }
  }

  func run() throws {
    let language = lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    let destination = DiagramOutput(path: output, modelPath: model, frameworkOption: framework)
    try destination.check()
    let input = try ModelInput(path: model, framework: framework, asOf: asOf, language: language)
    let diagram = RoadmapDiagram(
      analysis: input.analysis, findings: input.validation.findings, language: language, title: title,
      showsDependencies: !noDependencies)
    try destination.emit(diagram.render(), format: format, timeout: dotTimeout)
  }
}
