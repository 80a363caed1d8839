/// Writes a gap report as one JSON object with stable key order.
struct GapReportJSON {
  let report: GapReport
  let language: Language

  /// `amount` as a JSON number (`IndicatorValue`'s form: `12500`, `0.3`).
  private func number(_ amount: Double) -> String {
    IndicatorValue.number(amount).description
  }

  /// `list` as an array of objects; with `dues`, the `due` of each finding's task (a
  /// `YearOrDate` as written) is added to those that have one.
  private func findings(_ list: [Finding], dues: [YearOrDate?] = [], into json: inout JSONWriter) {
    json.raw("[")
    for (index, finding) in list.enumerated() {
      if index > 0 { json.raw(", ") }
      json.raw("{\"rule\": ")
      json.string(finding.ruleID)
      json.raw(", \"severity\": ")
      json.string(finding.severity.rawValue)
      json.raw(", \"line\": \(finding.location.position.line), \"column\": \(finding.location.position.column)")
      json.raw(", \"component\": ")
      json.optionalString(finding.component)
      json.raw(", \"message\": ")
      json.string(finding.message.text(in: language))
      if index < dues.count, let due = dues[index] {
        json.raw(", \"due\": ")
        json.string(due.description)
      }
      json.raw("}")
    }
    json.raw("]")
  }

  func render() -> String {
    var json = JSONWriter()
    json.raw("{\n  \"version\": 1,\n  \"file\": ")
    json.string(report.path)
    json.raw(",\n  \"province\": ")
    json.string(report.province)
    json.raw(",\n  \"framework\": ")
    json.string(report.frameworkID)
    json.raw(",\n  \"asOf\": ")
    json.string(report.asOf.description)
    json.raw(
      ",\n  \"requiredComponents\": {\"present\": \(report.requiredPresent), \"required\": \(report.requiredTotal), \"missing\": ["
    )
    for (index, missing) in report.missingComponents.enumerated() {
      if index > 0 { json.raw(", ") }
      json.raw("{\"kind\": ")
      json.string(missing.kind)
      json.raw(", \"name\": ")
      json.string(missing.name.text(in: language))
      json.raw(", \"layer\": ")
      json.string(missing.layer.rawValue)
      json.raw(", \"severity\": ")
      json.string(missing.severity.rawValue)
      json.raw(", \"basis\": ")
      json.string(missing.basis.text(in: language))
      json.raw("}")
    }
    json.raw("]},\n  \"missingLinks\": ")
    findings(report.missingLinks, into: &json)
    if !report.plannedLinks.isEmpty {
      // Format 1.1 only: a v1 model's report keeps its keys.
      json.raw(",\n  \"plannedLinks\": ")
      findings(report.plannedLinks, into: &json)
    }
    json.raw(",\n  \"bypassingLinks\": ")
    findings(report.bypassingLinks, into: &json)
    json.raw(",\n  \"phases\": [")
    for (index, phase) in report.phases.enumerated() {
      json.raw(index == 0 ? "\n    " : ",\n    ")
      json.raw("{\"number\": \(phase.number), \"title\": ")
      json.optionalString(phase.title)
      json.raw(", \"years\": ")
      json.string(phase.years)
      json.raw(", \"done\": \(phase.done), \"total\": \(phase.total), \"overdue\": ")
      findings(phase.overdue, dues: phase.overdueDue, into: &json)
      if report.hasBudgets {
        json.raw(", \"budget\": {\"tasks\": \(phase.taskBudget.map(number) ?? "null"), ")
        json.raw("\"budgetedTasks\": \(phase.budgetedTasks), \"phase\": \(phase.budget.map(number) ?? "null")}")
      }
      json.raw("}")
    }
    json.raw(report.phases.isEmpty ? "],\n" : "\n  ],\n")
    if !report.budgetsBySource.isEmpty {
      json.raw("  \"budgetsBySource\": [")
      for (index, source) in report.budgetsBySource.enumerated() {
        json.raw(index == 0 ? "\n    {\"source\": " : ",\n    {\"source\": ")
        json.optionalString(source.source)
        json.raw(", \"tasks\": \(number(source.tasks)), \"taskCount\": \(source.taskCount), ")
        json.raw("\"phases\": \(number(source.phases)), \"phaseCount\": \(source.phaseCount)}")
      }
      json.raw("\n  ],\n")
    }
    let counts = report.indicatorStatusCounts
    json.raw(
      "  \"indicators\": {\"met\": \(report.indicatorsMet), \"total\": \(report.indicatorsTotal), "
        + "\"missed\": \(counts[.missed] ?? 0), \"notReported\": \(counts[.notReported] ?? 0), "
        + "\"notYetDue\": \(counts[.notYetDue] ?? 0), \"findings\": ")
    findings(report.indicatorFindings, into: &json)
    json.raw(", \"trends\": [")
    for (index, trend) in report.indicatorTrends.enumerated() {
      if index > 0 { json.raw(", ") }
      json.raw("{\"indicator\": ")
      json.string(trend.indicator)
      json.raw(", \"measurements\": [")
      for (number, point) in trend.points.enumerated() {
        if number > 0 { json.raw(", ") }
        json.raw("{\"date\": ")
        json.optionalString(point.date?.description)
        json.raw(", \"value\": \(point.value)}")
      }
      json.raw("]}")
    }
    json.raw("]},\n  \"conflicts\": ")
    findings(report.conflicts, into: &json)
    json.raw("\n}\n")
    return json.output
  }
}
