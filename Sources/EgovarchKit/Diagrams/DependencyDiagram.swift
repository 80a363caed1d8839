/// The component dependency graph as a Graphviz diagram: layers as rows from the channels and
/// portals at the top to the infrastructure at the bottom, the national systems the model
/// relies on in a row of their own under the integration layer, an edge style per dependency
/// type, the validation's findings marked, and a legend of what the drawing uses.
///
/// A layer with more components than fit the slide's width continues on further rows, so that
/// the drawing comes close to the slide's aspect (16:9 unless `slide` says otherwise) instead
/// of a long strip. Marked findings (`DependencyFindingMarks`): the missing required components
/// as dashed red ghost nodes named by their kind, the missing required links as dashed red
/// edges to the national system or the kind they should reach, references to ids the model
/// does not have as red stubs with the id, links that bypass the integration platform and
/// dependency cycles on their edges. A planned link (format 1.1 `dependsOn` with a `status` or
/// a `from` ahead of the date) is dashed with its date.
public struct DependencyDiagram: GridDiagram {
  /// The layers from top to bottom.
  public static let layerOrder: [Layer] = [
    .users, .channels, .portals, .services, .applications, .integration, .shared, .data, .governance,
    .security, .infrastructure,
  ]

  /// The fill colour of each component status.
  static let fills: [ComponentStatus: String] = [
    .existing: "#d9ead3", .inProgress: "#ffe38a", .planned: "#ffffff", .retired: "#d9d9d9",
  ]
  /// The fill colour of a national system.
  static let nationalFill = "#deebf7"
  /// The colour of a finding's mark.
  static let findingColour = "#c00000"
  /// The colour of a bypass's mark.
  static let bypassColour = "#e06000"
  /// The size of the diagram's smallest text (components, edge marks, legend), in points.
  public static let fontSize = 10.0
  /// What to try when the text is too small on the slide.
  public static let slideAdvice = DiagramWording.fewerLayers
  /// The estimated width of a character at `fontSize`, in inches.
  static let inchesPerCharacter = 0.072
  /// The widest line of a component's name, in characters.
  static let nameWidth = 30
  /// The most lines of a component's name; a longer name ends with "…".
  static let nameLines = 3

  /// The analysis of the model: its graph and its framework.
  public var analysis: Analysis
  /// The findings of its validation, as `validate` reports them; the graph's are marked.
  public var findings: [Finding]
  /// The language of the labels.
  public var language: Language
  /// The layers to show; empty for all.
  public var layers: Set<Layer>
  /// The title; `nil` for the default one.
  public var title: String?
  /// Whether the dependency cycles are drawn in red: `false` when the rule policy turns
  /// `graph/cycle` off, so that the diagram shows no finding `validate` would hide.
  public var marksCycles: Bool
  /// The slide the diagram is laid out for: the layout aims at its aspect and the DOT asks
  /// Graphviz to fit it (`size`); `nil` lays out for a 16:9 slide at natural size.
  public var slide: SlideSize?

  /// The model.
  public var architecture: Architecture { analysis.architecture }
  /// The framework its kinds (layers, national systems) come from, if known.
  public var framework: Framework? { analysis.framework }

  /// Creates the diagram of the model of `analysis`, marking `findings`.
  public init(
    analysis: Analysis, findings: [Finding] = [], language: Language, layers: Set<Layer> = [], title: String? = nil,
    marksCycles: Bool = true, slide: SlideSize? = nil
  ) {
    self.analysis = analysis
    self.findings = findings
    self.language = language
    self.layers = layers
    self.title = title
    self.marksCycles = marksCycles
    self.slide = slide
  }

  /// Creates the diagram of `architecture`, analysing it anew; `init(analysis:…)` reads the
  /// analysis the validator made.
  public init(
    architecture: Architecture, framework: Framework?, findings: [Finding] = [], language: Language,
    layers: Set<Layer> = [], title: String? = nil, marksCycles: Bool = true, slide: SlideSize? = nil
  ) {
    self.init(
      analysis: Analysis(architecture: architecture, framework: framework, asOf: architecture.asOf ?? .today()),
      findings: findings, language: language, layers: layers, title: title, marksCycles: marksCycles, slide: slide)
  }

  /// The style of the edges of each dependency type; dashed lines are kept for plans and
  /// findings.
  static func edgeStyle(_ type: DependencyType) -> [(String, String)] {
    switch type {
    case .uses: return [("style", "solid"), ("color", "#404040")]
    case .integration: return [("style", "bold"), ("color", "#1f4e79")]
    case .hosting: return [("style", "solid"), ("color", "#7f6000"), ("arrowhead", "inv")]
    case .data: return [("style", "solid"), ("color", "#38761d"), ("arrowhead", "dot")]
    case .identity: return [("style", "dotted"), ("color", "#674ea7"), ("arrowhead", "diamond")]
    case .network: return [("style", "dotted"), ("color", "#7f7f7f"), ("arrowhead", "odot")]
    case .security: return [("style", "bold"), ("color", "#b45f06"), ("arrowhead", "box")]
    }
  }

  /// The layer a component is drawn in.
  func layer(of component: Component) -> Layer {
    framework?.layer(of: component) ?? component.layer ?? .applications
  }

  /// One node of a row: its id, attributes and estimated width in characters.
  struct Item {
    var id: String
    var attributes: [(String, String)]
    var width: Int
    var lines: Int
  }

  /// The DOT document, laid out with the likeliest number of nodes a row.
  public func render() -> String {
    render(grid: nil)
  }

  /// The numbers of nodes a row worth laying out, the likeliest first.
  public func gridCandidates() -> [Int] {
    var candidates: [Int] = []
    _ = render(grid: nil) { candidates = $0 }
    return candidates
  }

  /// The DOT document with rows of at most `size` nodes (`nil`: the likeliest number).
  public func render(grid size: Int?) -> String {
    render(grid: size) { _ in }
  }

  /// The DOT document with rows of at most `size` nodes, the candidate sizes told to `candidates`.
  func render(grid size: Int?, candidates: ([Int]) -> Void) -> String {
    let graph = analysis.graph
    let shown = graph.components.indices.filter { index in
      // Only the first component with an id is a node; later duplicates are findings, not nodes.
      graph.indexByID[graph.components[index].id] == index
        && (layers.isEmpty || layers.contains(layer(of: graph.components[index])))
    }
    let shownSet = Set(shown)
    let marks = DependencyFindingMarks(findings: findings, analysis: analysis)
    var cycleEdges: Set<[Int]> = []
    var cycleNodes: Set<Int> = []
    for cycle in marksCycles ? graph.cycles() : [] {
      for (position, node) in cycle.nodes.enumerated() {
        cycleNodes.insert(node)
        cycleEdges.insert([node, cycle.nodes[(position + 1) % cycle.nodes.count]])
      }
    }

    // The rows of each layer: its components, each followed by its stubs, then its ghosts.
    var itemsByLayer: [Layer: [Item]] = [:]
    for index in shown {
      let component = graph.components[index]
      itemsByLayer[layer(of: component), default: []].append(
        componentItem(component, inCycle: cycleNodes.contains(index)))
      for id in marks.unresolved[component.id] ?? [] {
        itemsByLayer[layer(of: component), default: []].append(stubItem(component: component.id, id: id))
      }
    }
    var ghosts: [String: String] = [:]  // kind → node id
    func ghost(_ kind: String) -> String? {
      if let id = ghosts[kind] { return id }
      let layer = framework?.kind(kind)?.layer ?? .applications
      guard layers.isEmpty || layers.contains(layer) else { return nil }
      let item = ghostItem(kind)
      ghosts[kind] = item.id
      itemsByLayer[layer, default: []].append(item)
      return item.id
    }
    for requirement in analysis.missingComponentRequirements { _ = ghost(requirement.kind) }

    // The national systems, in order of first use, and the missing links' heads.
    var national: [String] = []
    var nationalSeen: Set<String> = []
    func nationalNode(_ kind: String) -> String {
      if nationalSeen.insert(kind).inserted { national.append(kind) }
      return ComponentReference.nationalPrefix + kind
    }
    for index in shown {
      for dependency in graph.components[index].dependencies {
        if case .national(let kind) = dependency.reference { _ = nationalNode(kind) }
      }
    }
    var missingEdges: [(tail: String, head: String)] = []
    for link in marks.missingLinks where shownSet.contains(link.node) {
      let head: String?
      switch link.target {
      case .national(let kind):
        head = nationalNode(kind)
      case .component(let kind):
        let kinds = analysis.applied?.kinds(satisfying: kind) ?? [kind]
        let present = kinds.lazy.flatMap { self.analysis.componentIndices(satisfying: $0) }
          .first { shownSet.contains(Int($0)) }
        head = present.map { "component:" + graph.components[Int($0)].id } ?? ghost(kind)
      }
      if let head { missingEdges.append(("component:" + graph.components[link.node].id, head)) }
    }

    // The national systems come right after the integration layer (or where it would be).
    var bands: [(Layer?, [Item])] = []
    let nationalItems = national.map { kind in
      let lines = nationalLines(kind)
      return Item(
        id: ComponentReference.nationalPrefix + kind,
        attributes: [("label", lines.joined(separator: "\n")), ("fillcolor", Self.nationalFill)],
        width: width(lines), lines: lines.count)
    }
    for layer in Self.layerOrder {
      if let items = itemsByLayer[layer] { bands.append((layer, items)) }
      if layer == .integration && !nationalItems.isEmpty { bands.append((nil, nationalItems)) }
    }
    let scores = rowScores(bands)
    candidates(Array(scores.prefix(5).map(\.rows)))
    let perRow = max(size ?? scores.first?.rows ?? 1, 1)
    let rows = Self.rows(bands, perRow: perRow)

    var dot = DOTWriter()
    dot.openDigraph("components")
    dot.attribute("rankdir", "TB")
    dot.attribute("newrank", "true")
    dot.attribute("fontname", "Helvetica")
    dot.attribute("fontsize", "16")
    dot.attribute("labelloc", "t")
    dot.attribute("label", title ?? DiagramWording.graphTitle(province: architecture.province).text(in: language))
    dot.attribute("nodesep", "0.25")
    dot.attribute("ranksep", "0.28")
    if let slide { dot.attribute("size", slide.graphvizSize) }
    let size = LabelText.number(Self.fontSize)
    dot.defaults(
      "node",
      [
        ("shape", "box"), ("style", "rounded,filled"), ("fontname", "Helvetica"), ("fontsize", size),
        ("margin", "0.1,0.05"),
      ])
    dot.defaults(
      "edge", [("fontname", "Helvetica"), ("fontsize", size), ("labelfontsize", size), ("arrowsize", "0.8")])

    // The rows: each layer's label before its nodes, the rows chained top to bottom by their
    // first labels, which stay in one column on the left.
    var rowLabels: [String] = []
    var rowMembers: [[String]] = []
    for row in rows {
      var members: [String] = []
      dot.openBlock()
      dot.attribute("rank", "same")
      for part in row {
        let label = part.labelID
        dot.node(
          label,
          [
            ("shape", "plaintext"), ("style", ""), ("fontname", "Helvetica-Bold"),
            ("label", part.continued ? "" : bandName(part.layer)),
          ])
        members.append(label)
        for item in part.items {
          dot.node(item.id, item.attributes)
          members.append(item.id)
        }
      }
      dot.close()
      // A layer's label before its nodes, the layers of a row in order.
      var label = members[0]
      for part in row {
        let partLabel = part.labelID
        if partLabel != label { dot.edge(label, partLabel, [("style", "invis")]) }
        for item in part.items { dot.edge(partLabel, item.id, [("style", "invis")]) }
        label = part.items.last?.id ?? partLabel
      }
      rowLabels.append(members[0])
      rowMembers.append(members)
    }
    for (upper, lower) in zip(rowLabels, rowLabels.dropFirst()) {
      dot.edge(upper, lower, [("style", "invis"), ("weight", "100")])
    }

    var drawnTypes: Set<DependencyType> = []
    var drawsPlans = false
    var drawsBypass = false
    var drawsCycle = false
    var pendingMissing = missingEdges
    for index in shown {
      let component = graph.components[index]
      let tail = "component:" + component.id
      for dependency in component.dependencies {
        let head: String
        var attributes = Self.edgeStyle(dependency.type)
        var mark: String?
        switch dependency.reference {
        case .national(let kind):
          head = ComponentReference.nationalPrefix + kind
          if marks.bypasses[component.id]?.contains(dependency.reference.description) ?? false {
            attributes = recoloured(attributes, Self.bypassColour) + [("penwidth", "2.5")]
            mark = DiagramWording.findingSign + " " + DiagramWording.bypass.text(in: language)
            drawsBypass = true
          }
        case .component(let id):
          if marks.unresolved[component.id]?.contains(id) ?? false {
            dot.edge(
              tail, Self.stubID(component: component.id, id: id),
              [("style", "dashed"), ("color", Self.findingColour), ("penwidth", "2")])
            continue
          }
          guard let target = graph.indexByID[id], target != index, shownSet.contains(target) else { continue }
          head = "component:" + id
          if cycleEdges.contains([index, target]) {
            attributes = recoloured(attributes, Self.findingColour) + [("penwidth", "2.5")]
            drawsCycle = true
          }
        }
        drawnTypes.insert(dependency.type)
        if dependency.isPlan(in: component, on: analysis.asOf) {
          attributes = attributes.filter { $0.0 != "style" } + [("style", "dashed")]
          let date = dependency.from.map { DiagramWording.from($0) } ?? ComponentStatus.planned.term
          attributes.append(("taillabel", date.text(in: language)))
          drawsPlans = true
          // A planned link that is the required one the validation finds missing is marked red.
          if let found = pendingMissing.firstIndex(where: { $0.tail == tail && $0.head == head }) {
            pendingMissing.remove(at: found)
            attributes = recoloured(attributes, Self.findingColour) + [("penwidth", "2")]
          }
        }
        if let mark { attributes += [("xlabel", mark), ("fontcolor", Self.bypassColour)] }
        attributes.append(("tooltip", dependency.type.term.text(in: language)))
        dot.edge(tail, head, attributes)
      }
    }
    for edge in pendingMissing {
      dot.edge(
        edge.tail, edge.head,
        [("style", "dashed"), ("color", Self.findingColour), ("penwidth", "2"), ("constraint", "false")])
    }

    let legend = legend(
      statuses: Set(shown.map { graph.components[$0].status }), national: !national.isEmpty,
      ghosts: !ghosts.isEmpty, stubs: shown.contains { marks.unresolved[graph.components[$0].id] != nil },
      types: drawnTypes, plans: drawsPlans, missingLinks: missingEdges.count > 0, bypass: drawsBypass,
      cycle: drawsCycle)
    legend.write(&dot, width: max(scores.first { $0.rows == perRow }?.width ?? 0, 6), below: rowLabels.suffix(1))
    dot.close()
    return dot.text
  }
}
