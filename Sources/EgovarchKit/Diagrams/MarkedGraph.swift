/// The component dependency graph with its findings marked, as the Mermaid flowchart and the
/// PlantUML component diagram draw it: nodes grouped by layer with the national systems in a
/// group of their own, and the findings on the nodes and edges they are about.
///
/// Marked from the validation's findings that are not suppressed, so that a rule the
/// configuration turns off marks nothing: a dependency cycle (`graph/cycle`) in red, a link
/// around the integration platform (`framework/bypass-integration`) in red with its reason, a
/// missing required link (`framework/missing-link`) as a red dashed edge to what it should
/// reach, a reference to a component the model lacks (`model/unresolved-reference`) as a red
/// dashed edge to a stub with the missing id, and a missing required component
/// (`framework/missing-component`) as a red dashed node in its layer. Nodes get ids made here
/// (`n1` for components, `x1` national systems, `m1` missing components, `u1` stubs).
struct MarkedGraph {
  /// What a node stands for.
  enum Kind: Equatable {
    case component(ComponentStatus)
    case national
    case missing
    case unresolved
  }

  /// How an edge is marked.
  enum Mark: Equatable {
    case none
    case cycle
    case bypass
    case missingLink
    case unresolved
  }

  /// One node.
  struct Node {
    /// The id in the diagram.
    var id: String
    /// What it stands for.
    var kind: Kind
    /// Its name (not escaped, not wrapped).
    var name: String
    /// What follows the name on a line of its own: the id, or why a stub is there.
    var detail: String
    /// Whether a finding that names no other node is about it (a missing link without a target
    /// in the model).
    var hasFinding = false

    /// A node named by `term`, a kind's term of the catalogue with the id on a second line
    /// (`Vocabulary.kind(_:name:national:lineBreak:)`).
    init(id: String, kind: Kind, term: String) {
      let parts = term.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
      self.init(id: id, kind: kind, name: parts[0], detail: parts.count > 1 ? parts[1] : "")
    }

    /// A node named `name`, with `detail` under it.
    init(id: String, kind: Kind, name: String, detail: String) {
      self.id = id
      self.kind = kind
      self.name = name
      self.detail = detail
    }

    /// Its label for a writer that does not wrap: the name on lines of at most `lineWidth`
    /// characters, at most three (the last ended with "…" when more would follow), then the
    /// detail.
    var wrappedLines: [String] {
      var lines = MermaidText.wrapped(name, width: MarkedGraph.lineWidth)
      if lines.count > 3 {
        lines = Array(lines.prefix(3))
        lines[2] = Vocabulary.shortened(lines[2] + " …", to: MarkedGraph.lineWidth)
      }
      return (lines.isEmpty ? [""] : lines) + (detail.isEmpty ? [] : [detail])
    }
  }

  /// One group of nodes: a layer, or the national systems.
  struct Group {
    /// The id in the diagram.
    var id: String
    /// Its title.
    var title: String
    /// Its nodes, as indices in `nodes`.
    var members: [Int]
  }

  /// One edge.
  struct Edge {
    /// The tail, an index in `nodes`.
    var from: Int
    /// The head, an index in `nodes`.
    var to: Int
    /// Whether a dependency of type `integration` makes it (drawn thick).
    var integration: Bool
    /// Its mark.
    var mark: Mark
  }

  /// The longest line of a node's name, in characters, before it wraps.
  static let lineWidth = 28
  /// The most nodes of a group side by side: more go on the next row, held there by hidden
  /// links (`rowLinks(of:)`), so that a layer of many systems does not make a long strip.
  static let rowLength = 5

  /// Every node.
  private(set) var nodes: [Node] = []
  /// The groups, layers from the channels down to the infrastructure, then the national systems.
  private(set) var groups: [Group] = []
  /// The stubs of missing ids, outside every group, as indices in `nodes`.
  private(set) var stubs: [Int] = []
  /// The edges, each pair of nodes once, in the order of the model.
  private(set) var edges: [Edge] = []

  /// The hidden links that put the members of `group` in rows of `rowLength`: each member to
  /// the one a row below it, as pairs of indices in `nodes`.
  func rowLinks(of group: Group) -> [(Int, Int)] {
    let members = group.members
    guard members.count > Self.rowLength else { return [] }
    return (0..<(members.count - Self.rowLength)).map { (members[$0], members[$0 + Self.rowLength]) }
  }

  /// The marked graph of the model of `analysis`, with `findings` (its validation's), the
  /// labels in `language`, only the components of `layers` (all when empty).
  init(analysis: Analysis, findings: [Finding], language: Language, layers: Set<Layer> = []) {
    let graph = analysis.graph
    let framework = analysis.framework
    let active = findings.filter { !$0.isSuppressed }
    func layer(of component: Component) -> Layer {
      framework?.layer(of: component) ?? component.layer ?? .applications
    }
    // Only the first component with an id is a node; later duplicates are findings, not nodes.
    let shown = graph.components.indices.filter { index in
      graph.indexByID[graph.components[index].id] == index
        && (layers.isEmpty || layers.contains(layer(of: graph.components[index])))
    }
    var nodeOfComponent: [Int: Int] = [:]
    var members: [Layer: [Int]] = [:]
    for index in shown {
      let component = graph.components[index]
      nodeOfComponent[index] = nodes.count
      members[layer(of: component), default: []].append(nodes.count)
      nodes.append(
        Node(
          id: "n\(nodeOfComponent.count)", kind: .component(component.status), name: component.name,
          detail: "(" + Vocabulary.shortened(component.id, to: 40) + ")"))
    }
    let missingKinds = Set(active.filter { $0.ruleID == "framework/missing-component" }.compactMap(\.related.first))
    var missingCount = 0
    for requirement in analysis.missingComponentRequirements where missingKinds.contains(requirement.kind) {
      let kindLayer = framework?.kind(requirement.kind)?.layer ?? .applications
      guard layers.isEmpty || layers.contains(kindLayer) else { continue }
      let term = framework?.kindTerm(requirement.kind, lineBreak: true).text(in: language) ?? requirement.kind
      missingCount += 1
      members[kindLayer, default: []].append(nodes.count)
      nodes.append(Node(id: "m\(missingCount)", kind: .missing, term: term))
    }
    for (number, layer) in DependencyDiagram.layerOrder.enumerated() {
      guard let layerMembers = members[layer] else { continue }
      let title = Vocabulary.capitalized(layer.term).text(in: language)
      groups.append(Group(id: "g\(number + 1)", title: title, members: layerMembers))
    }

    var nationalNodes: [String: Int] = [:]
    var nationalMembers: [Int] = []
    func national(_ kind: String) -> Int {
      if let node = nationalNodes[kind] { return node }
      let reference = ComponentReference.nationalPrefix + kind
      let term =
        framework?.kindTerm(kind, shownAs: reference, lineBreak: true)
        ?? Vocabulary.kind(reference, name: nil, national: true)
      nationalNodes[kind] = nodes.count
      nationalMembers.append(nodes.count)
      nodes.append(Node(id: "x\(nationalNodes.count)", kind: .national, term: term.text(in: language)))
      return nodes.count - 1
    }
    var stubNodes: [String: Int] = [:]
    func stub(_ id: String) -> Int {
      if let node = stubNodes[id] { return node }
      stubNodes[id] = nodes.count
      stubs.append(nodes.count)
      nodes.append(
        Node(
          id: "u\(stubNodes.count)", kind: .unresolved, name: "⚠ '" + Vocabulary.shortened(id, to: 40) + "'",
          detail: TextDiagramWording.notInModel.text(in: language)))
      return nodes.count - 1
    }
    var edgeIndex: [[Int]: Int] = [:]
    func addEdge(_ from: Int, _ to: Int, integration: Bool = false, mark: Mark = .none) {
      if let existing = edgeIndex[[from, to]] {
        edges[existing].integration = edges[existing].integration || integration
        if mark != .none { edges[existing].mark = mark }
        return
      }
      edgeIndex[[from, to]] = edges.count
      edges.append(Edge(from: from, to: to, integration: integration, mark: mark))
    }

    var unresolved: Set<[String]> = []
    for finding in active where finding.ruleID == "model/unresolved-reference" {
      if let component = finding.component, let id = finding.related.first { unresolved.insert([component, id]) }
    }
    for index in shown {
      let component = graph.components[index]
      let tail = nodeOfComponent[index]!
      for dependency in component.dependencies {
        switch dependency.reference {
        case .national(let kind):
          addEdge(tail, national(kind), integration: dependency.type == .integration)
        case .component(let id):
          if let target = graph.indexByID[id] {
            guard target != index, let head = nodeOfComponent[target] else { continue }
            addEdge(tail, head, integration: dependency.type == .integration)
          } else if unresolved.contains([component.id, id]) {
            addEdge(tail, stub(id), mark: .unresolved)
          }
        }
      }
    }
    func node(_ id: String) -> Int? {
      graph.indexByID[id].flatMap { nodeOfComponent[$0] }
    }
    for finding in active {
      guard let component = finding.component, let tail = node(component) else { continue }
      switch finding.ruleID {
      case "graph/cycle":
        let cycle = [component] + finding.related
        for (position, id) in cycle.enumerated() {
          guard let from = node(id), let to = node(cycle[(position + 1) % cycle.count]),
            let existing = edgeIndex[[from, to]]
          else { continue }
          edges[existing].mark = .cycle
        }
      case "framework/bypass-integration":
        guard let target = finding.related.first, target.hasPrefix(ComponentReference.nationalPrefix) else { continue }
        let kind = String(target.dropFirst(ComponentReference.nationalPrefix.count))
        addEdge(tail, national(kind), mark: .bypass)
      case "framework/missing-link":
        guard let target = finding.related.first else {
          nodes[tail].hasFinding = true
          continue
        }
        if target.hasPrefix(ComponentReference.nationalPrefix) {
          addEdge(tail, national(String(target.dropFirst(ComponentReference.nationalPrefix.count))), mark: .missingLink)
        } else if let head = node(target), head != tail {
          addEdge(tail, head, mark: .missingLink)
        } else {
          nodes[tail].hasFinding = true
        }
      default: continue
      }
    }
    if !nationalMembers.isEmpty {
      groups.append(
        Group(
          id: "g\(DependencyDiagram.layerOrder.count + 1)",
          title: DiagramWording.national.text(in: language), members: nationalMembers))
    }
  }

}
