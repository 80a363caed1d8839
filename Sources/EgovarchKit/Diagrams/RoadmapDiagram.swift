/// The roadmap as a Graphviz diagram: phases as clusters left to right, a node per task filled
/// by its status, the dependencies between the tasks' components, the ones scheduled later in
/// red with their reason, the missing required components in a "gaps" cluster, and a legend.
public struct RoadmapDiagram: Sendable {
  /// The fill colour of each task status.
  static let fills: [(TaskStatus, String)] = [
    (.done, "#b6dfa0"), (.inProgress, "#ffe38a"), (.notStarted, "#ffffff"), (.cancelled, "#d9d9d9"),
  ]

  /// The analysis of the model: its schedule, its graph and its framework.
  public var analysis: Analysis
  /// The findings of its validation (`roadmap/dependency-later` ones are drawn in red).
  public var findings: [Finding]
  /// The language of the labels.
  public var language: Language
  /// The title; `nil` for "Roadmap: PROVINCE".
  public var title: String?
  /// Whether to draw the dependencies between tasks.
  public var showsDependencies: Bool

  /// The model.
  public var architecture: Architecture { analysis.architecture }
  /// The framework its required components come from, if known.
  public var framework: Framework? { analysis.framework }

  /// Creates the diagram of the model of `analysis`.
  public init(
    analysis: Analysis, findings: [Finding], language: Language, title: String? = nil, showsDependencies: Bool = true
  ) {
    self.analysis = analysis
    self.findings = findings
    self.language = language
    self.title = title
    self.showsDependencies = showsDependencies
  }

  /// Creates the diagram of `architecture`, analysing it anew; `init(analysis:…)` reads the
  /// analysis the validator made.
  public init(
    architecture: Architecture, framework: Framework?, findings: [Finding], language: Language,
    title: String? = nil, showsDependencies: Bool = true
  ) {
    self.init(
      analysis: Analysis(architecture: architecture, framework: framework, asOf: architecture.asOf ?? .today()),
      findings: findings, language: language, title: title, showsDependencies: showsDependencies)
  }

  /// The id of the node of task `task` of phase `phase` (both 0-based).
  static func taskNode(phase: Int, task: Int) -> String {
    "task:\(phase + 1).\(task + 1)"
  }

  /// The DOT document.
  public func render() -> String {
    let schedule = analysis.schedule
    let graph = analysis.graph
    var dot = DOTWriter()
    dot.openDigraph("roadmap")
    dot.attribute("rankdir", "LR")
    dot.attribute("newrank", "true")
    dot.attribute("compound", "true")
    dot.attribute("fontname", "Helvetica")
    dot.attribute("labelloc", "t")
    dot.attribute("label", title ?? DiagramWording.roadmapTitle(province: architecture.province).text(in: language))
    dot.defaults(
      "node", [("shape", "box"), ("style", "rounded,filled"), ("fontname", "Helvetica"), ("fontsize", "10")])
    dot.defaults("edge", [("fontname", "Helvetica"), ("fontsize", "9"), ("color", "#595959")])

    var taskNodes: [(id: String, phase: Int, task: RoadmapTask)] = []
    for scheduled in schedule.phases {
      let phaseIndex = scheduled.index
      dot.openSubgraph("cluster_phase_\(phaseIndex + 1)")
      dot.attribute("label", DiagramWording.phase(scheduled).text(in: language))
      dot.attribute("style", "rounded")
      dot.attribute("color", "#7f7f7f")
      if scheduled.phase.tasks.isEmpty {
        dot.node(
          "empty:\(phaseIndex + 1)",
          [("shape", "plaintext"), ("style", ""), ("label", DiagramWording.noTasks.text(in: language))])
      }
      for (taskIndex, task) in scheduled.phase.tasks.enumerated() {
        let id = Self.taskNode(phase: phaseIndex, task: taskIndex)
        taskNodes.append((id, phaseIndex, task))
        dot.node(id, taskAttributes(task, graph: graph))
      }
      dot.close()
    }
    writeOrder(&dot, phases: schedule.phases)
    if showsDependencies { writeDependencies(&dot, taskNodes: taskNodes, graph: graph) }
    writeGaps(&dot)
    writeLegend(&dot)
    dot.close()
    return dot.text
  }

  /// The label and colours of a task's node: its component (or text) and action, and its own
  /// `start` and `due` dates when it has them.
  private func taskAttributes(_ task: RoadmapTask, graph: ComponentGraph) -> [(String, String)] {
    let verb = task.action.term.text(in: language)
    var label: String
    if let id = task.component {
      label = (graph.component(withID: id)?.name ?? id) + "\n" + verb
    } else {
      let described = RoadmapWording.task(task).text(in: language)
      label = described == verb ? verb : described + "\n" + verb
    }
    if let dates = RoadmapWording.dates(start: task.start, due: task.due) {
      label += "\n" + dates.text(in: language)
    }
    let fill = Self.fills.first { $0.0 == task.status }?.1 ?? "#ffffff"
    var attributes = [("label", label), ("fillcolor", fill)]
    if task.status == .cancelled { attributes += [("style", "rounded,filled,dotted"), ("fontcolor", "#595959")] }
    return attributes
  }

  /// Invisible edges that put the phases left to right in document order.
  private func writeOrder(_ dot: inout DOTWriter, phases: [RoadmapSchedule.ScheduledPhase]) {
    func members(_ phase: RoadmapSchedule.ScheduledPhase) -> [String] {
      phase.phase.tasks.isEmpty
        ? ["empty:\(phase.index + 1)"]
        : phase.phase.tasks.indices.map { Self.taskNode(phase: phase.index, task: $0) }
    }
    for (earlier, later) in zip(phases, phases.dropFirst()) {
      let anchor = "order:\(later.index + 1)"
      dot.node(anchor, [("shape", "point"), ("style", "invis"), ("width", "0")])
      for member in members(earlier) { dot.edge(member, anchor, [("style", "invis")]) }
      for member in members(later) { dot.edge(anchor, member, [("style", "invis")]) }
    }
  }

  /// The edges between the tasks' components, red where a dependency is delivered later.
  private func writeDependencies(
    _ dot: inout DOTWriter, taskNodes: [(id: String, phase: Int, task: RoadmapTask)], graph: ComponentGraph
  ) {
    // Each component is represented by the task that first delivers it, else the first that names it.
    // The tasks come in phase order, so the first delivering task met is in the phase of the
    // first delivery.
    var representative: [String: String] = [:]
    let active = taskNodes.filter { $0.task.status != .cancelled }
    for entry in active where entry.task.action.delivers {
      guard let component = entry.task.component, representative[component] == nil else { continue }
      representative[component] = entry.id
    }
    for entry in active {
      guard let component = entry.task.component, representative[component] == nil else { continue }
      representative[component] = entry.id
    }
    func node(of component: String) -> String? { representative[component] }
    // The task nodes at each position, in order: finding a finding's task by scanning every
    // task was quadratic in a roadmap with many dependencies delivered later.
    var nodesByPosition: [SourcePosition: [Int]] = [:]
    for (index, entry) in taskNodes.enumerated() { nodesByPosition[entry.task.position, default: []].append(index) }
    var lateByPair: Set<[String]> = []
    let later = findings.filter { $0.ruleID == DependencyLaterRule.description.id && !$0.isSuppressed }
    for finding in later {
      guard let component = finding.component, let target = finding.related.first,
        let head = node(of: target),
        let tail = nodesByPosition[finding.location.position]?.lazy.map({ taskNodes[$0] })
          .first(where: { $0.task.component == component })?.id
      else { continue }
      lateByPair.insert([component, target])
      dot.edge(
        tail, head,
        [
          ("color", "#c00000"), ("fontcolor", "#c00000"), ("penwidth", "2"), ("constraint", "false"),
          ("label", finding.message.text(in: language)),
        ])
    }
    var drawn: Set<[String]> = []
    for component in graph.components {
      guard let tail = node(of: component.id) else { continue }
      for dependency in component.dependencies {
        guard case .component(let target) = dependency.reference, target != component.id,
          let head = node(of: target), !lateByPair.contains([component.id, target]),
          drawn.insert([component.id, target]).inserted
        else { continue }
        dot.edge(tail, head, [("constraint", "false")])
      }
    }
  }

  /// The required components the model lacks, as dashed nodes in the "gaps" cluster.
  private func writeGaps(_ dot: inout DOTWriter) {
    guard let framework else { return }
    let missing = analysis.missingComponentRequirements
    guard !missing.isEmpty else { return }
    dot.openSubgraph("cluster_gaps")
    dot.attribute("label", DiagramWording.gaps.text(in: language))
    dot.attribute("style", "dashed")
    dot.attribute("color", "#c00000")
    for requirement in missing {
      dot.node(
        "gap:" + requirement.kind,
        [
          ("label", framework.kindTerm(requirement.kind, lineBreak: true).text(in: language)),
          ("style", "rounded,dashed"), ("color", "#c00000"),
        ])
    }
    dot.close()
  }

  /// The legend: the status fills, a gap node and a red edge.
  private func writeLegend(_ dot: inout DOTWriter) {
    dot.openSubgraph("cluster_legend")
    dot.attribute("label", DiagramWording.legend.text(in: language))
    dot.attribute("style", "rounded")
    dot.attribute("color", "#bfbfbf")
    for (status, fill) in Self.fills {
      var attributes = [("label", status.term.text(in: language)), ("fillcolor", fill)]
      if status == .cancelled { attributes.append(("style", "rounded,filled,dotted")) }
      dot.node("legend:" + status.rawValue, attributes)
    }
    dot.node(
      "legend:gap",
      [("label", DiagramWording.gapNode.text(in: language)), ("style", "rounded,dashed"), ("color", "#c00000")])
    dot.node("legend:later-from", [("shape", "point"), ("width", "0.05")])
    dot.node("legend:later-to", [("shape", "point"), ("width", "0.05")])
    dot.edge(
      "legend:later-from", "legend:later-to",
      [
        ("color", "#c00000"), ("fontcolor", "#c00000"), ("penwidth", "2"),
        ("label", DiagramWording.later.text(in: language)),
      ])
    dot.close()
  }
}
