import ArgumentParser
import EgovarchKit
import Foundation

/// `egovarch roadmap MODEL`: the roadmap as a Graphviz diagram.
struct RoadmapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "roadmap",
    abstract: "Draw the roadmap: phases, tasks by status with their findings, dependencies, missing components.",
    discussion: """
      Prints Graphviz DOT; --format svg, png or pdf renders it with Graphviz's 'dot'.
      Each roadmap finding of the validation is noted on its task (outlined in red).
      --size fits the diagram to a slide or page; when its text would come out smaller than
      8 pt there, a warning says so (draw fewer phases with --phase).
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

  @Option(name: .customLong("phase"), help: "Draw only the phase with this number (repeat for more).")
  var phases: [Int] = []

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
    let numbers = input.analysis.schedule.phases.map(\.phase.number)
    if let unknown = phases.first(where: { !numbers.contains($0) }) {
      let known = numbers.isEmpty ? "it has none" : "its phases: " + numbers.map(String.init).joined(separator: ", ")
      throw CommandFailure(message: "the roadmap of '\(model)' has no phase \(unknown) (\(known))")
    }
    if try destination.emitRoadmapText(input, format: outputOptions.format, language: language, title: title) { return }
    let diagram = RoadmapDiagram(
      analysis: input.analysis, findings: input.validation.findings, language: language, title: title,
      showsDependencies: !noDependencies, phaseNumbers: Set(phases), slide: outputOptions.slide.size)
    try destination.emit(
      diagram, format: outputOptions.format, timeout: dotTimeoutOption.dotTimeout, slide: outputOptions.slide.size,
      dpi: outputOptions.slide.dpi, language: language)
  }
}
