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
      --format mermaid prints a Mermaid gantt chart, --format plantuml a PlantUML one (@startgantt).
      \(SettingsOptions.modelCommandDiscussion)
      Exit status: 0 when the diagram was made, 1 when the model cannot be read as a model
      (its XML findings are printed), 2 when the command could not run.
      """
  )

  @Argument(help: "The model file.")
  var model: String

  @Option(help: "The diagram's title (default: the province's roadmap).")
  var title: String?

  @Flag(name: .customLong("no-dependencies"), help: "Leave out the dependencies between tasks.")
  var noDependencies = false

  @OptionGroup var outputOptions: DiagramOutputOptions

  @OptionGroup var settingsOptions: SettingsOptions

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var dotTimeoutOption: DotTimeoutOption

  func run() throws {
    let language = settingsOptions.language
    let settings = try settingsOptions.settings(asOf: asOfOption.asOf)
    let destination = DiagramOutput(path: outputOptions.output, modelPath: model, settings: settings)
    try destination.check()
    let input = try ModelInput(path: model, settings: settings, language: language)
    if try destination.emitRoadmapText(input, format: outputOptions.format, language: language, title: title) { return }
    let diagram = RoadmapDiagram(
      analysis: input.analysis, findings: input.validation.findings, language: language, title: title,
      showsDependencies: !noDependencies)
    try destination.emit(diagram.render(), format: outputOptions.format, timeout: dotTimeoutOption.dotTimeout)
  }
}
