import ArgumentParser
import EgovarchKit
import Foundation

/// `egovarch graph MODEL`: the component dependency graph as a Graphviz diagram.
struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Draw the component dependency graph: layers as rows, national systems, findings marked.",
    discussion: """
      Prints Graphviz DOT; --format svg, png or pdf renders it with Graphviz's 'dot'.
      Marks the validation's findings: missing required components and links dashed in red,
      references to missing ids as red stubs, bypasses and cycles on their edges (cycles
      unless the configuration turns graph/cycle off).
      --size fits the diagram to a slide or page; when its text would come out smaller than
      8 pt there, a warning says so (draw fewer layers with --layer).
      --format mermaid prints a Mermaid flowchart, --format plantuml a PlantUML component diagram.
      \(SettingsOptions.modelCommandDiscussion)
      Exit status: 0 when the diagram was made, 1 when the model cannot be read as a model
      (its XML findings are printed), 2 when the command could not run.
      """
  )

  @Argument(help: "The model file.")
  var model: String

  @Option(name: .customLong("layer"), help: "Show only this layer (repeat for more).")
  var layers: [Layer] = []

  @OptionGroup var outputOptions: DiagramOutputOptions

  @OptionGroup var settingsOptions: SettingsOptions

  @OptionGroup var dotTimeoutOption: DotTimeoutOption

  func run() throws {
    let language = settingsOptions.language
    let settings = try settingsOptions.settings()
    let destination = DiagramOutput(path: outputOptions.output, modelPath: model, settings: settings)
    try destination.check()
    let input = try ModelInput(path: model, settings: settings, language: language)
    if try destination.emitGraphText(input, format: outputOptions.format, language: language, layers: Set(layers)) {
      return
    }
    let diagram = DependencyDiagram(
      analysis: input.analysis, findings: input.validation.findings, language: language, layers: Set(layers),
      marksCycles: settings.rulePolicy.isEnabled(CycleRule.description.id), slide: outputOptions.slide.size)
    try destination.emit(
      diagram, format: outputOptions.format, timeout: dotTimeoutOption.dotTimeout, slide: outputOptions.slide.size,
      dpi: outputOptions.slide.dpi, language: language)
  }
}
