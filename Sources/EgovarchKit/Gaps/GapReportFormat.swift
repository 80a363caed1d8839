/// The output formats of `egovarch gaps`.
public enum GapReportFormat: String, Sendable, Hashable, CaseIterable {
  /// Plain text for the terminal.
  case text
  /// Markdown for a steering committee's document.
  case markdown
  /// JSON for scripts.
  case json

  /// Renders `report` in this format and `language`; the Markdown embeds `roadmapChart`, a
  /// Mermaid chart of the roadmap, as a `mermaid` block after the phases when given.
  public func render(_ report: GapReport, language: Language, roadmapChart: String? = nil) -> String {
    switch self {
    case .text: return GapReportDocument(report: report, language: language, markdown: false).render()
    case .markdown:
      return GapReportDocument(report: report, language: language, markdown: true, roadmapChart: roadmapChart)
        .render()
    case .json: return GapReportJSON(report: report, language: language).render()
    }
  }
}
