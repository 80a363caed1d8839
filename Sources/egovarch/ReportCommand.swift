import ArgumentParser
import EgovarchKit
import Foundation

/// `egovarch report MODEL -o FILE`: one self-contained HTML page for a steering committee.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write one self-contained HTML report: summary, findings, gaps, roadmap and dependency diagrams.",
    discussion: """
      The page needs no network and no other file; the diagrams are inline SVG made with Graphviz's
      'dot', and are left out (with a note on standard error) when 'dot' is not installed.
      \(SettingsOptions.modelCommandDiscussion)
      Exit status: 0 when the report was written, 1 when the model cannot be read as a model
      (its XML findings are printed), 2 when the command could not run.
      """
  )

  @Argument(help: "The model file.")
  var model: String

  @Option(name: .shortAndLong, help: "The HTML file to write.")
  var output: String

  @OptionGroup var settingsOptions: SettingsOptions

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var dotTimeoutOption: DotTimeoutOption

  func run() throws {
    let language = settingsOptions.language
    let settings = try settingsOptions.settings(asOf: asOfOption.asOf)
    let destination = DiagramOutput(path: output, modelPath: model, settings: settings)
    try destination.check()
    let input = try ModelInput(path: model, settings: settings, language: language)
    let gaps = GapReport(validation: input.validation, analysis: input.analysis)
    var roadmapSVG: String?
    var graphSVG: String?
    var problems: [String: String] = [:]
    if Graphviz.dotExecutable() != nil {
      let roadmap = RoadmapDiagram(analysis: input.analysis, findings: input.validation.findings, language: language)
      let graph = DependencyDiagram(
        analysis: input.analysis, findings: input.validation.findings, language: language,
        marksCycles: settings.rulePolicy.isEnabled(CycleRule.description.id))
      // A diagram Graphviz cannot draw leaves a visible note in the page instead of failing the report.
      var stopped: String?
      for (name, source) in [("roadmap", roadmap.render()), ("dependency", graph.render())] {
        if let stopped {
          problems[name] = stopped
          continue
        }
        do {
          let svg = String(
            decoding: try Graphviz.render(source, format: .svg, timeout: dotTimeoutOption.dotTimeout), as: UTF8.self)
          if name == "roadmap" { roadmapSVG = svg } else { graphSVG = svg }
        } catch let failure as CommandFailure {
          problems[name] = failure.message
          printToStandardError("egovarch: warning: the \(name) diagram is left out of the report: \(failure.message)")
          if failure.message.contains("was stopped") { stopped = failure.message }
        }
      }
    } else {
      printToStandardError(
        "note: graphviz's 'dot' was not found, so the report has no diagrams: "
          + "install it with: apt-get install graphviz"
      )
    }
    let page = HTMLReport(
      validation: input.validation, gaps: gaps, roadmapSVG: roadmapSVG, graphSVG: graphSVG, language: language,
      roadmapProblem: problems["roadmap"], graphProblem: problems["dependency"])
    try destination.write(Data(page.render().utf8), format: .svg)
  }
}
