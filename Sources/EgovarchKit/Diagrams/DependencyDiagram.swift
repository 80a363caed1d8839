/// The component dependency graph as a Graphviz diagram: layers as ranks from the channels and
/// portals at the top to the infrastructure at the bottom, national systems in a cluster of
/// their own, an edge style per dependency type, and the dependency cycles in red.
public struct DependencyDiagram: Sendable {
  /// The layers from top to bottom.
  public static let layerOrder: [Layer] = [
    .users, .channels, .portals, .services, .applications, .integration, .shared, .data, .governance,
    .security, .infrastructure,
  ]

  /// The fill colour of each component status.
  static let fills: [ComponentStatus: String] = [
    .existing: "#d9ead3", .inProgress: "#ffe38a", .planned: "#ffffff", .retired: "#d9d9d9",
  ]

  /// The analysis of the model: its graph and its framework.
  public var analysis: Analysis
  /// The language of the labels.
  public var language: Language
  /// The layers to show; empty for all.
  public var layers: Set<Layer>
  /// The title; `nil` for the default one.
  public var title: String?
  /// Whether the dependency cycles are drawn in red: `false` when the rule policy turns
  /// `graph/cycle` off, so that the diagram shows no finding `validate` would hide.
  public var marksCycles: Bool

  /// The model.
  public var architecture: Architecture { analysis.architecture }
  /// The framework its kinds (layers, national systems) come from, if known.
  public var framework: Framework? { analysis.framework }

  /// Creates the diagram of the model of `analysis`.
  public init(
    analysis: Analysis, language: Language, layers: Set<Layer> = [], title: String? = nil, marksCycles: Bool = true
  ) {
    self.analysis = analysis
    self.language = language
    self.layers = layers
    self.title = title
    self.marksCycles = marksCycles
  }

  /// Creates the diagram of `architecture`, analysing it anew; `init(analysis:…)` reads the
  /// analysis the validator made.
  public init(
    architecture: Architecture, framework: Framework?, language: Language, layers: Set<Layer> = [],
    title: String? = nil, marksCycles: Bool = true
  ) {
    self.init(
      analysis: Analysis(architecture: architecture, framework: framework, asOf: architecture.asOf ?? .today()),
      language: language, layers: layers, title: title, marksCycles: marksCycles)
  }

  /// The style of the edges of each dependency type.
  static func edgeStyle(_ type: DependencyType) -> [(String, String)] {
    switch type {
    case .uses: return [("style", "solid"), ("color", "#404040")]
    case .integration: return [("style", "bold"), ("color", "#1f4e79")]
    case .hosting: return [("style", "dashed"), ("color", "#7f6000")]
    case .data: return [("style", "solid"), ("color", "#38761d"), ("arrowhead", "dot")]
    case .identity: return [("style", "dotted"), ("color", "#674ea7"), ("arrowhead", "diamond")]
    case .network: return [("style", "dotted"), ("color", "#7f7f7f"), ("arrowhead", "odot")]
    case .security: return [("style", "bold,dashed"), ("color", "#b45f06"), ("arrowhead", "box")]
    }
  }

  /// The layer a component is drawn in.
  func layer(of component: Component) -> Layer {
    framework?.layer(of: component) ?? component.layer ?? .applications
  }

  /// The DOT document.
  public func render() -> String {
    let graph = analysis.graph
    let shown = graph.components.indices.filter { index in
      // Only the first component with an id is a node; later duplicates are findings, not nodes.
      graph.indexByID[graph.components[index].id] == index
        && (layers.isEmpty || layers.contains(layer(of: graph.components[index])))
    }
    let shownSet = Set(shown)
    var cycleEdges: Set<[Int]> = []
    var cycleNodes: Set<Int> = []
    for cycle in marksCycles ? graph.cycles() : [] {
      for (position, node) in cycle.nodes.enumerated() {
        cycleNodes.insert(node)
        cycleEdges.insert([node, cycle.nodes[(position + 1) % cycle.nodes.count]])
      }
    }

    var dot = DOTWriter()
    dot.openDigraph("components")
    dot.attribute("rankdir", "TB")
    dot.attribute("newrank", "true")
    dot.attribute("fontname", "Helvetica")
    dot.attribute("labelloc", "t")
    dot.attribute("label", title ?? DiagramWording.graphTitle(province: architecture.province).text(in: language))
    dot.defaults(
      "node", [("shape", "box"), ("style", "rounded,filled"), ("fontname", "Helvetica"), ("fontsize", "10")])
    dot.defaults("edge", [("fontname", "Helvetica"), ("fontsize", "9")])

    let present = Self.layerOrder.filter { layer in shown.contains { self.layer(of: graph.components[$0]) == layer } }
    for layer in present {
      dot.openBlock()
      dot.attribute("rank", "same")
      dot.node(
        "layer:" + layer.rawValue, [("shape", "plaintext"), ("style", ""), ("label", layer.label(in: language))])
      for index in shown where self.layer(of: graph.components[index]) == layer {
        let component = graph.components[index]
        var attributes = [
          ("label", component.name + "\n(" + component.id + ")"),
          ("fillcolor", Self.fills[component.status] ?? "#ffffff"),
        ]
        if cycleNodes.contains(index) { attributes += [("color", "#c00000"), ("penwidth", "2")] }
        dot.node("component:" + component.id, attributes)
      }
      dot.close()
    }
    for (upper, lower) in zip(present, present.dropFirst()) {
      dot.edge("layer:" + upper.rawValue, "layer:" + lower.rawValue, [("style", "invis")])
    }

    // In order of first use; the set keeps a model with many national references linear.
    var national: [String] = []
    var nationalSeen: Set<String> = []
    for index in shown {
      for dependency in graph.components[index].dependencies {
        if case .national(let kind) = dependency.reference, nationalSeen.insert(kind).inserted { national.append(kind) }
      }
    }
    if !national.isEmpty {
      dot.openSubgraph("cluster_national")
      dot.attribute("label", DiagramWording.national.text(in: language))
      dot.attribute("style", "rounded")
      dot.attribute("color", "#1f4e79")
      for kind in national {
        let reference = ComponentReference.nationalPrefix + kind
        let label =
          framework?.kindTerm(kind, shownAs: reference, lineBreak: true)
          ?? Vocabulary.kind(reference, name: nil, national: true)
        dot.node(reference, [("label", label.text(in: language)), ("fillcolor", "#deebf7")])
      }
      dot.close()
    }

    for index in shown {
      let component = graph.components[index]
      for dependency in component.dependencies {
        let head: String
        var attributes = Self.edgeStyle(dependency.type)
        switch dependency.reference {
        case .national(let kind):
          head = ComponentReference.nationalPrefix + kind
        case .component(let id):
          guard let target = graph.indexByID[id], target != index, shownSet.contains(target) else { continue }
          head = "component:" + id
          if cycleEdges.contains([index, target]) {
            attributes = attributes.filter { $0.0 != "color" } + [("color", "#c00000"), ("penwidth", "2.5")]
          }
        }
        attributes.append(("tooltip", dependency.type.term.text(in: language)))
        dot.edge("component:" + component.id, head, attributes)
      }
    }
    writeLegend(&dot)
    dot.close()
    return dot.text
  }

  /// The legend: one sample edge per dependency type and one for a cycle.
  private func writeLegend(_ dot: inout DOTWriter) {
    dot.openSubgraph("cluster_legend")
    dot.attribute("label", DiagramWording.legend.text(in: language))
    dot.attribute("style", "rounded")
    dot.attribute("color", "#bfbfbf")
    var samples = DependencyType.allCases.map {
      ($0.rawValue, $0.term.text(in: language), Self.edgeStyle($0))
    }
    samples.append(
      ("cycle", DiagramWording.cycle.text(in: language), [("color", "#c00000"), ("penwidth", "2.5")]))
    for (id, label, style) in samples {
      dot.node("legend:\(id):from", [("shape", "point"), ("width", "0.05")])
      dot.node("legend:\(id):to", [("shape", "plaintext"), ("style", ""), ("label", label)])
      dot.edge("legend:\(id):from", "legend:\(id):to", style)
    }
    dot.close()
  }
}
