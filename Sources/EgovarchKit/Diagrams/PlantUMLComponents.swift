/// The component dependency graph as a PlantUML component diagram (`@startuml` … `@enduml`): a
/// package per layer and one for the national systems, components as boxes filled by status,
/// national systems as nodes, integration links thick, and the findings of `MarkedGraph` in
/// red: cycles, bypasses, missing links dashed to what they should reach, unresolved
/// references dashed to a stub with the missing id, missing required components dashed; a
/// legend for the fills.
///
/// Names are escaped by `PlantUMLText` inside quoted labels and every id is made here.
public struct PlantUMLComponents: Sendable {
  /// The analysis of the model.
  public var analysis: Analysis
  /// The findings of its validation.
  public var findings: [Finding]
  /// The language of the labels.
  public var language: Language
  /// The layers to show; empty for all.
  public var layers: Set<Layer>
  /// The title; `nil` for the default one.
  public var title: String?

  /// The colours of each class of node, as PlantUML writes them after an element.
  static func colours(_ kind: MarkedGraph.Kind) -> String {
    switch kind {
    case .component(.existing): return "#d9ead3;line:6aa84f"
    case .component(.inProgress): return "#ffe38a;line:bf9000"
    case .component(.planned): return "#ffffff;line:7f7f7f"
    case .component(.retired): return "#d9d9d9;line:7f7f7f;text:595959"
    case .national: return "#deebf7;line:1f4e79"
    case .missing, .unresolved: return "#ffffff;line:c00000;line.dashed;text:c00000"
    }
  }

  /// Creates the diagram of the model of `analysis`.
  public init(
    analysis: Analysis, findings: [Finding], language: Language, layers: Set<Layer> = [], title: String? = nil
  ) {
    self.analysis = analysis
    self.findings = findings
    self.language = language
    self.layers = layers
    self.title = title
  }

  /// An element for `node`: a rectangle, a node for a national system, a hexagon-less stub.
  static func element(_ node: MarkedGraph.Node) -> String {
    let shape = node.kind == .national ? "node" : "rectangle"
    var colours = colours(node.kind)
    if node.hasFinding { colours = colours.split(separator: ";")[0] + ";line:c00000;line.bold" }
    return "\(shape) \"" + PlantUMLText.lines(node.wrappedLines) + "\" as \(node.id) \(colours)"
  }

  /// The PlantUML text.
  public func render() -> String {
    let graph = MarkedGraph(analysis: analysis, findings: findings, language: language, layers: layers)
    let heading = title ?? DiagramWording.graphTitle(province: analysis.architecture.province).text(in: language)
    var lines = ["@startuml", "title " + PlantUMLText.escaped(heading), "skinparam shadowing false"]
    lines += ["skinparam packageStyle rectangle", "skinparam ArrowColor #595959"]
    var grouped: Set<Int> = []
    for group in graph.groups {
      lines.append("package " + PlantUMLText.quoted(group.title) + " as \(group.id) {")
      for member in group.members {
        lines.append("  " + Self.element(graph.nodes[member]))
        grouped.insert(member)
      }
      for (upper, lower) in graph.rowLinks(of: group) {
        lines.append("  \(graph.nodes[upper].id) -[hidden]-> \(graph.nodes[lower].id)")
      }
      lines.append("}")
    }
    for stub in graph.stubs where !grouped.contains(stub) { lines.append(Self.element(graph.nodes[stub])) }
    for edge in graph.edges {
      let (from, to) = (graph.nodes[edge.from].id, graph.nodes[edge.to].id)
      switch edge.mark {
      case .none: lines.append(edge.integration ? "\(from) -[bold]-> \(to)" : "\(from) --> \(to)")
      case .cycle: lines.append("\(from) -[#c00000,bold]-> \(to)")
      case .bypass:
        lines.append(
          "\(from) -[#c00000]-> \(to) : " + PlantUMLText.escaped(TextDiagramWording.bypass.text(in: language)))
      case .missingLink:
        lines.append(
          "\(from) -[#c00000,dashed]-> \(to) : "
            + PlantUMLText.escaped(TextDiagramWording.missingLink.text(in: language)))
      case .unresolved: lines.append("\(from) -[#c00000,dashed]-> \(to)")
      }
    }
    lines += legend()
    lines.append("@enduml")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The legend, a table: a swatch per status, the national systems, the missing components
  /// and ids, the red edges of findings.
  private func legend() -> [String] {
    func row(_ swatch: String, _ text: String) -> String {
      "|\(swatch)| " + PlantUMLText.escaped(text) + " |"
    }
    var lines = ["legend right", "|= |= " + PlantUMLText.escaped(DiagramWording.legend.text(in: language)) + " |"]
    lines.append(row("<#d9ead3>     ", ComponentStatus.existing.term.text(in: language)))
    lines.append(row("<#ffe38a>     ", ComponentStatus.inProgress.term.text(in: language)))
    lines.append(row("<#ffffff>     ", ComponentStatus.planned.term.text(in: language)))
    lines.append(row("<#d9d9d9>     ", ComponentStatus.retired.term.text(in: language)))
    lines.append(row("<#deebf7>     ", Vocabulary.nationalSystems.text(in: language)))
    let missing = [DiagramWording.gapNode, TextDiagramWording.notInModel].map { $0.text(in: language) }
    lines.append(row(" <color:#c00000>- - -</color> ", missing.joined(separator: ", ")))
    let red = [DiagramWording.cycle, TextDiagramWording.missingLink, TextDiagramWording.bypass]
    lines.append(row(" <color:#c00000>——</color> ", red.map { $0.text(in: language) }.joined(separator: ", ")))
    lines.append("endlegend")
    return lines
  }
}
