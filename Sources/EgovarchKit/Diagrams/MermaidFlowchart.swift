/// The component dependency graph as a Mermaid `flowchart`, which GitHub and GitLab draw in
/// Markdown: a subgraph per layer and one for the national systems, nodes filled by status
/// through `classDef` (national systems rounded and blue), integration links thick, and the
/// findings of `MarkedGraph` in red: cycles, bypasses, missing links dashed to what they
/// should reach, unresolved references dashed to a stub with the missing id, missing required
/// components dashed; a legend for the fills.
///
/// Names are escaped by `MermaidText` inside quoted labels and every id is made here, so that
/// no name of a model changes the chart.
public struct MermaidFlowchart: Sendable {
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

  /// The style of each class of node: fill, line and text colours.
  static let classes: [(name: String, style: String)] = [
    ("existing", "fill:#d9ead3,stroke:#6aa84f,color:#000000"),
    ("inProgress", "fill:#ffe38a,stroke:#bf9000,color:#000000"),
    ("planned", "fill:#ffffff,stroke:#7f7f7f,color:#000000"),
    ("retired", "fill:#d9d9d9,stroke:#7f7f7f,color:#595959"),
    ("national", "fill:#deebf7,stroke:#1f4e79,color:#000000"),
    ("missing", "fill:#ffffff,stroke:#c00000,stroke-width:2px,stroke-dasharray:5 3,color:#c00000"),
    ("finding", "stroke:#c00000,stroke-width:3px"),
  ]

  /// Creates the chart of the model of `analysis`.
  public init(
    analysis: Analysis, findings: [Finding], language: Language, layers: Set<Layer> = [], title: String? = nil
  ) {
    self.analysis = analysis
    self.findings = findings
    self.language = language
    self.layers = layers
    self.title = title
  }

  /// The class of a node of `kind`.
  static func className(_ kind: MarkedGraph.Kind) -> String {
    switch kind {
    case .component(.existing): return "existing"
    case .component(.inProgress): return "inProgress"
    case .component(.planned): return "planned"
    case .component(.retired): return "retired"
    case .national: return "national"
    case .missing, .unresolved: return "missing"
    }
  }

  /// A node of `kind` labelled with `parts` on one line (Mermaid wraps it at 200 px): a box,
  /// a rounded box for a national system, a hexagon for a missing id.
  ///
  /// Never `<br>`: Mermaid reads a label with one as Markdown after decoding its entity codes,
  /// so that an escaped `**` would be bold again.
  static func node(_ id: String, _ kind: MarkedGraph.Kind, _ parts: [String]) -> String {
    let label = MermaidText.quoted(parts.filter { !$0.isEmpty }.joined(separator: " "))
    switch kind {
    case .national: return "\(id)([\(label)])"
    case .unresolved: return "\(id){{\(label)}}"
    case .component, .missing: return "\(id)[\(label)]"
    }
  }

  /// The Mermaid text.
  public func render() -> String {
    let graph = MarkedGraph(analysis: analysis, findings: findings, language: language, layers: layers)
    let heading = title ?? DiagramWording.graphTitle(province: analysis.architecture.province).text(in: language)
    // Closer than Mermaid's spacing (50 px between nodes and ranks): the graph is wide already.
    var lines = ["%%{init: {\"flowchart\": {\"nodeSpacing\": 25, \"rankSpacing\": 35}}}%%", "flowchart TB"]
    // The title is the label of a borderless subgraph around everything: the front matter's
    // title would be shown through an HTML sanitiser (a `<` or `&` in a name not as typed).
    // No-break spaces keep it on one line: Mermaid wraps a label at 200 px.
    let unbroken = String(heading.map { $0 == " " ? "\u{A0}" : $0 })
    lines += ["  subgraph g0[" + MermaidText.quoted(unbroken) + "]", "    direction TB"]
    // Links are numbered for `linkStyle` in the order they are written, invisible ones too.
    var links = 0
    var red: [Int] = []
    lines += legend(links: &links, red: &red)
    var grouped: Set<Int> = []
    for group in graph.groups {
      lines.append("    subgraph \(group.id)[" + MermaidText.quoted(group.title) + "]")
      for member in group.members {
        let node = graph.nodes[member]
        lines.append("      " + Self.node(node.id, node.kind, [node.name, node.detail]))
        grouped.insert(member)
      }
      for (upper, lower) in graph.rowLinks(of: group) {
        lines.append("      \(graph.nodes[upper].id) ~~~ \(graph.nodes[lower].id)")
        links += 1
      }
      lines.append("    end")
    }
    for stub in graph.stubs where !grouped.contains(stub) {
      let node = graph.nodes[stub]
      lines.append("    " + Self.node(node.id, node.kind, [node.name, node.detail]))
    }
    lines.append("  end")
    // The legend, then the layers one under the other, in order, by invisible links.
    let chain = ["legend"] + graph.groups.map(\.id)
    lines.append("  " + chain.joined(separator: " ~~~ "))
    links += chain.count - 1
    for edge in graph.edges {
      let (from, to) = (graph.nodes[edge.from].id, graph.nodes[edge.to].id)
      switch edge.mark {
      case .none: lines.append("  \(from) \(edge.integration ? "==>" : "-->") \(to)")
      case .cycle: lines.append("  \(from) ==> \(to)")
      case .bypass:
        lines.append("  \(from) -->|" + MermaidText.quoted(TextDiagramWording.bypass.text(in: language)) + "| \(to)")
      case .missingLink:
        lines.append(
          "  \(from) -.->|" + MermaidText.quoted(TextDiagramWording.missingLink.text(in: language)) + "| \(to)")
      case .unresolved: lines.append("  \(from) -.-> \(to)")
      }
      if edge.mark != .none { red.append(links) }
      links += 1
    }
    for (name, style) in Self.classes { lines.append("  classDef \(name) \(style)") }
    var byClass: [String: [String]] = [:]
    for node in graph.nodes { byClass[Self.className(node.kind), default: []].append(node.id) }
    for (name, _) in Self.classes {
      if let ids = byClass[name], !ids.isEmpty { lines.append("  class \(ids.joined(separator: ",")) \(name)") }
    }
    let marked = graph.nodes.filter(\.hasFinding).map(\.id)
    if !marked.isEmpty { lines.append("  class \(marked.joined(separator: ",")) finding") }
    lines.append("  style g0 fill:#ffffff,stroke:#ffffff")
    if !red.isEmpty {
      lines.append(
        "  linkStyle \(red.map(String.init).joined(separator: ",")) stroke:#c00000,stroke-width:2px,color:#c00000")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The legend: a node per status, a national system, a missing component and a missing id,
  /// and a red edge for a dependency cycle; each node in its class.
  private func legend(links: inout Int, red: inout [Int]) -> [String] {
    var lines = ["    subgraph legend[" + MermaidText.quoted(DiagramWording.legend.text(in: language)) + "]"]
    lines.append("      direction LR")
    var entries: [(String, MarkedGraph.Kind, String)] = ComponentStatus.allCases.map {
      (Self.className(.component($0)), .component($0), $0.term.text(in: language))
    }
    entries.append(("national", .national, Vocabulary.nationalSystems.text(in: language)))
    entries.append(("missing", .missing, DiagramWording.gapNode.text(in: language)))
    entries.append(("missing", .unresolved, TextDiagramWording.notInModel.text(in: language)))
    var ids: [String] = []
    for (number, (className, kind, text)) in entries.enumerated() {
      let id = "l\(number + 1)"
      lines.append("      " + Self.node(id, kind, [text]) + ":::" + className)
      ids.append(id)
    }
    // Invisible links keep the entries in one row.
    lines.append("      " + ids.joined(separator: " ~~~ "))
    links += ids.count - 1
    let (from, to) = ("l\(entries.count + 1)", "l\(entries.count + 2)")
    lines.append(
      "      \(from)[\" \"] ==>|" + MermaidText.quoted(DiagramWording.cycle.text(in: language)) + "| \(to)[\" \"]")
    red.append(links)
    links += 1
    lines.append("    end")
    return lines
  }
}
