import ArgumentParser
import EgovarchKit
import Foundation

/// `egovarch graph MODEL`: the component dependency graph as a Graphviz diagram.
struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Draw the component dependency graph: layers as ranks, national systems, cycles in red.",
    discussion: """
      Prints Graphviz DOT; --format svg, png or pdf renders it with Graphviz's 'dot'.
      Exit status: 0 when the diagram was made, 1 when the model cannot be read as a model
      (its XML findings are printed), 2 when the command could not run.
      """
  )

  @Argument(help: "The model file.")
  var model: String

  @Option(name: .customLong("layer"), help: "Show only this layer (repeat for more).")
  var layers: [Layer] = []

  @Option(help: "Output format: dot, svg, png or pdf.")
  var format: DiagramFormat = .dot

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "Language of the labels: en or vi (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Language?

  @Option(help: "Framework to check against, overriding the model's own: 1.0, 2.0 or a framework file.")
  var framework: String?

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
    let input = try ModelInput(path: model, framework: framework, asOf: nil, language: language)
    let diagram = DependencyDiagram(analysis: input.analysis, language: language, layers: Set(layers))
    try destination.emit(diagram.render(), format: format, timeout: dotTimeout)
  }
}
