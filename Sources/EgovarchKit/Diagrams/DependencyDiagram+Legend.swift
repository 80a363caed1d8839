/// The dependency graph's legend.
extension DependencyDiagram {
  /// The legend: the fills, ghosts and stubs, edge types and marks the drawing uses.
  func legend(
    statuses: Set<ComponentStatus>, national: Bool, ghosts: Bool, stubs: Bool, types: Set<DependencyType>,
    plans: Bool, missingLinks: Bool, bypass: Bool, cycle: Bool
  ) -> DiagramLegend {
    var legend = DiagramLegend(heading: DiagramWording.legend.text(in: language))
    for status in ComponentStatus.allCases where statuses.contains(status) {
      legend.add(
        status.rawValue, status.term.text(in: language), .node([("fillcolor", Self.fills[status] ?? "#ffffff")]))
    }
    if national {
      legend.add("national", Vocabulary.nationalSystem.text(in: language), .node([("fillcolor", Self.nationalFill)]))
    }
    if ghosts {
      legend.add(
        "missing", DiagramWording.gapNode.text(in: language),
        .node([("style", "rounded,dashed"), ("color", Self.findingColour), ("fontcolor", Self.findingColour)]))
    }
    if stubs {
      legend.add(
        "unresolved", DiagramWording.unresolved.text(in: language),
        .node([
          ("shape", "box"), ("style", "dashed,filled"), ("fillcolor", "#fde9e9"), ("color", Self.findingColour),
          ("fontcolor", Self.findingColour),
        ]))
    }
    for type in DependencyType.allCases where types.contains(type) {
      legend.add(type.rawValue, type.term.text(in: language), .edge(Self.edgeStyle(type)))
    }
    if plans {
      legend.add(
        "planned-link", DiagramWording.plannedLink.text(in: language),
        .edge([("style", "dashed"), ("color", "#404040")]))
    }
    if missingLinks {
      legend.add(
        "missing-link", DiagramWording.missingLink.text(in: language),
        .edge([("style", "dashed"), ("color", Self.findingColour), ("penwidth", "2")]))
    }
    if bypass {
      legend.add(
        "bypass", DiagramWording.findingSign + " " + DiagramWording.bypassLink.text(in: language),
        .edge([("color", Self.bypassColour), ("penwidth", "2.5")]))
    }
    if cycle {
      legend.add(
        "cycle", DiagramWording.cycle.text(in: language), .edge([("color", Self.findingColour), ("penwidth", "2.5")]))
    }
    return legend
  }
}
