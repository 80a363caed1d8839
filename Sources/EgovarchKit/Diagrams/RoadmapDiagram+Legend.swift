/// The roadmap's legend and the footnote of the findings that are on no task.
extension RoadmapDiagram {
  /// The legend: the fills of the statuses shown, the finding outlines, a gap and the edges
  /// drawn.
  func legend(groups: [Group], marks: RoadmapFindingMarks, drawn: [TaskDependency]) -> DiagramLegend {
    var legend = DiagramLegend(heading: DiagramWording.legend.text(in: language))
    let shownPhases = Set(groups.compactMap(\.phaseIndex))
    let statuses = Set(
      analysis.schedule.phases.filter { shownPhases.contains($0.index) }.flatMap { $0.phase.tasks.map(\.status) })
    for (status, fill) in Self.fills where statuses.contains(status) {
      legend.add(
        status.rawValue, status.term.text(in: language),
        .node([("fillcolor", fill), ("style", status == .cancelled ? "rounded,filled,dotted" : "rounded,filled")]))
    }
    let shownMarks =
      groups.flatMap { group in group.nodes.flatMap { marks.byTask[$0.id] ?? [] } }
      + shownPhases.flatMap { marks.byPhase[$0] ?? [] }
    if shownMarks.contains(where: { $0.severity != .note }) {
      legend.add(
        "finding", DiagramWording.findingSign + " " + DiagramWording.findingOnTask.text(in: language),
        .node([
          ("fillcolor", "#ffffff"), ("color", Self.findingColour), ("penwidth", "2.5"),
          ("style", "rounded,filled,bold"),
        ]))
    }
    if shownMarks.contains(where: { $0.severity == .note }) {
      legend.add(
        "note", DiagramWording.findingSign + " " + Severity.note.term.text(in: language),
        .node([
          ("fillcolor", "#ffffff"), ("color", Self.noteColour), ("penwidth", "2.5"), ("style", "rounded,filled,bold"),
        ]))
    }
    if groups.contains(where: { $0.id == "gaps" }) {
      legend.add(
        "gap", DiagramWording.gapNode.text(in: language),
        .node([("style", "rounded,dashed"), ("color", Self.findingColour), ("fontcolor", Self.findingColour)]))
    }
    if drawn.contains(where: { !$0.late }) {
      legend.add("dependency", DiagramWording.prerequisite.text(in: language), .edge([]))
    }
    if drawn.contains(where: \.late) {
      legend.add(
        "later", DiagramWording.later.text(in: language),
        .edge([("color", Self.findingColour), ("penwidth", "2.5")]))
    }
    return legend
  }

  /// The findings on no task, listed with their rule under the legend.
  func writeFootnote(_ dot: inout DOTWriter, _ findings: [Finding], below anchor: String?) {
    guard !findings.isEmpty else { return }
    var lines = [DiagramWording.notOnATask.text(in: language)]
    for finding in findings {
      let text = "\(DiagramWording.findingSign) [\(finding.ruleID)] " + finding.message.text(in: language)
      lines += LabelText.wrap(text, width: 110, maxLines: 3)
    }
    dot.leftJustifiedNode(
      "footnote", lines: lines, [("shape", "plaintext"), ("style", ""), ("fontcolor", Self.findingColour)])
    if let anchor { dot.edge(anchor, "footnote", [("style", "invis")]) }
  }
}
