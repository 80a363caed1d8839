/// Writes a gap report as text or Markdown, headings and counts in the chosen language.
struct GapReportDocument {
  let report: GapReport
  let language: Language
  let markdown: Bool
  /// A Mermaid chart of the roadmap, embedded in the Markdown after the phases; `nil` for none.
  var roadmapChart: String? = nil

  private func heading(_ text: LocalizedText) -> String {
    let words = language.say(Vocabulary.capitalized(text))
    return markdown ? "\n## \(words)\n\n" : "\n\(words.uppercased())\n"
  }

  /// One list item; `text` comes from the model or the framework file, so control characters
  /// are escaped (a province named with U+009B could otherwise drive the terminal).
  private func item(_ text: String, level: Int = 0) -> String {
    String(repeating: "  ", count: level) + (markdown ? "- " : "  ") + text.terminalSafe + "\n"
  }

  private func line(_ finding: Finding) -> String {
    let location = "\(finding.location.position.line):\(finding.location.position.column)"
    return (markdown ? "`\(location)` " : "\(location) ") + finding.message.text(in: language)
  }

  func render() -> String {
    typealias Words = GapReportWording
    var output = ""
    let framework = report.frameworkName.map { " (\($0.text(in: language)))" } ?? ""
    let title = (language.say(Vocabulary.capitalized(Words.gapReport)) + ": \(report.province)").terminalSafe
    output += markdown ? "# \(title)\n\n" : "\(title)\n"
    output += item(language.say(Words.model) + ": \(report.path)")
    output += item(language.say(Words.framework) + ": \(report.frameworkID)\(framework)")
    output += item(language.say(Vocabulary.asOf(report.asOf)))

    output += heading(Words.requiredComponents)
    output += item(language.say(Words.present(report.requiredPresent, of: report.requiredTotal)))
    let layers = Layer.allCases.filter { layer in report.missingComponents.contains { $0.layer == layer } }
    for layer in layers {
      output += item(language.say(Words.missing(in: layer)) + ":")
      for missing in report.missingComponents where missing.layer == layer {
        output += item(language.say(Words.missing(missing)), level: 1)
      }
    }

    output += heading(Words.missingLinks)
    output += item(
      language.say(Words.missingCount(report.missingLinks.count, planned: report.plannedLinks.count)))
    for finding in report.missingLinks + report.plannedLinks { output += item(line(finding), level: 1) }

    output += heading(Words.bypassingLinks)
    output += item(language.say(Words.found(report.bypassingLinks.count)))
    for finding in report.bypassingLinks { output += item(line(finding), level: 1) }

    output += heading(Words.roadmap)
    if report.phases.isEmpty { output += item(language.say(Words.noRoadmap)) }
    for phase in report.phases {
      output += item(language.say(Words.progress(phase)))
      for finding in phase.overdue { output += item(line(finding), level: 1) }
    }
    if markdown, let roadmapChart { output += "\n```mermaid\n" + roadmapChart + "```\n" }

    if report.hasBudgets {
      output += heading(Words.budget)
      for phase in report.phases { output += item(language.say(Words.budget(phase))) }
      if !report.budgetsBySource.isEmpty {
        output += item(language.say(Vocabulary.capitalized(Words.budgetBySource)) + ":")
        for source in report.budgetsBySource { output += item(language.say(Words.budget(source)), level: 1) }
      }
    }

    output += heading(Words.indicators)
    output += item(language.say(Words.indicatorCounts(report)))
    for finding in report.indicatorFindings { output += item(line(finding), level: 1) }
    for trend in report.indicatorTrends { output += item(language.say(Words.trend(trend)), level: 1) }

    output += heading(Words.conflicts)
    output += item(language.say(Words.found(report.conflicts.count)))
    for finding in report.conflicts { output += item(line(finding), level: 1) }
    return output
  }
}
