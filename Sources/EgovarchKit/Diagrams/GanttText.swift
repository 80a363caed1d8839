/// A gantt chart written as another tool's text (Mermaid, PlantUML) from the roadmap on its
/// calendar (`GanttPlan`).
public protocol GanttText: Sendable {
  /// The chart of `plan`, titled `title`.
  init(plan: GanttPlan, language: Language, title: String)
}

extension GanttText {
  /// The chart of the model of `analysis` with the findings of its validation; `title` `nil`
  /// for "Roadmap: PROVINCE".
  public init(analysis: Analysis, findings: [Finding], language: Language, title: String? = nil) {
    self.init(
      plan: GanttPlan(analysis: analysis, findings: findings), language: language,
      title: title ?? DiagramWording.roadmapTitle(province: analysis.architecture.province).text(in: language))
  }
}
