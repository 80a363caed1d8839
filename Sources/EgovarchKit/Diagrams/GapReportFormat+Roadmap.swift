extension GapReportFormat {
  /// Renders `report` as `render(_:language:roadmapChart:)` does, the Markdown with the roadmap
  /// of `analysis` drawn as a Mermaid gantt chart (`MermaidGantt`, with `findings`, the
  /// validation's), which GitHub and GitLab show in place; only when the model has a roadmap
  /// with a phase.
  public func render(_ report: GapReport, language: Language, analysis: Analysis, findings: [Finding]) -> String {
    guard self == .markdown, !analysis.schedule.phases.isEmpty else { return render(report, language: language) }
    let chart = MermaidGantt(analysis: analysis, findings: findings, language: language).render()
    return render(report, language: language, roadmapChart: chart)
  }
}
