import EgovarchKit
import Foundation

extension DiagramOutput {
  /// Writes the roadmap of `input` as Mermaid (a gantt chart) or PlantUML (`@startgantt`) when
  /// `format` is one of them; `false` for the Graphviz formats, written by `emit`.
  func emitRoadmapText(_ input: ModelInput, format: DiagramFormat, language: Language, title: String?) throws -> Bool {
    let (analysis, findings) = (input.analysis, input.validation.findings)
    switch format {
    case .mermaid:
      try write(
        Data(MermaidGantt(analysis: analysis, findings: findings, language: language, title: title).render().utf8),
        format: format)
    case .plantuml:
      try write(
        Data(PlantUMLGantt(analysis: analysis, findings: findings, language: language, title: title).render().utf8),
        format: format)
    case .dot, .svg, .png, .pdf: return false
    }
    return true
  }

  /// Writes the dependency graph of `input` as Mermaid (a flowchart) or PlantUML (a component
  /// diagram) when `format` is one of them; `false` for the Graphviz formats.
  func emitGraphText(_ input: ModelInput, format: DiagramFormat, language: Language, layers: Set<Layer>) throws -> Bool
  {
    let (analysis, findings) = (input.analysis, input.validation.findings)
    switch format {
    case .mermaid:
      try write(
        Data(
          MermaidFlowchart(analysis: analysis, findings: findings, language: language, layers: layers).render().utf8),
        format: format)
    case .plantuml:
      try write(
        Data(
          PlantUMLComponents(analysis: analysis, findings: findings, language: language, layers: layers).render().utf8),
        format: format)
    case .dot, .svg, .png, .pdf: return false
    }
    return true
  }
}
