/// The roadmap as a Graphviz diagram laid out for a page: the phases side by side as columns
/// of the same height, a node per task filled by its status with its findings noted on it, the
/// dependencies between tasks, the missing required components in a column of their own, and
/// a one-row legend underneath.
///
/// The layout is a grid, top to bottom (`rankdir=TB`): every phase header sits on one rank, a
/// phase's tasks run down its column in document order, and a phase with more tasks than the
/// grid has rows continues in a second column inside its box. The number of rows is chosen so
/// that the drawing comes close to the slide's aspect (16:9 unless `slide` says otherwise).
///
/// A task name is wrapped between words, up to `nameLines` lines. Each roadmap finding of the
/// validation (`RoadmapFindingMarks`) is a "⚠" note in its task's label, with the task outlined
/// in red (amber for a note); findings on no task are listed in a footnote. A dependency
/// between tasks is an edge from the prerequisite to the task that needs it, drawn only where
/// it stays short (inside a phase or to the next one) and when a phase has a few of them;
/// the others are counted in the header of the phase that depends on them. A dependency the
/// validation finds delivered later is drawn in red. Labels never sit on edges, so no edge
/// opens a band of its own.
public struct RoadmapDiagram: GridDiagram {
  /// The fill colour of each task status.
  static let fills: [(TaskStatus, String)] = [
    (.done, "#b6dfa0"), (.inProgress, "#ffe38a"), (.notStarted, "#ffffff"), (.cancelled, "#d9d9d9"),
  ]
  /// The colour of a finding's outline and note: red for an error or a warning.
  static let findingColour = "#c00000"
  /// The colour of a note's outline: amber.
  static let noteColour = "#b45f06"
  /// The size of the diagram's smallest text (tasks, legend, footnote), in points.
  public static let fontSize = 10.0
  /// What to try when the text is too small on the slide.
  public static let slideAdvice = DiagramWording.fewerPhases
  /// The widest line of a task's name, in characters.
  static let nameWidth = 28
  /// The most lines of a task's name; a longer name ends with "…".
  static let nameLines = 3
  /// The widest line of a finding's note on a task, in characters.
  static let noteWidth = 30
  /// The most dependencies of one phase on one phase (or within one) drawn as edges.
  static let drawnDependencies = 5

  /// The analysis of the model: its schedule, its graph and its framework.
  public var analysis: Analysis
  /// The findings of its validation, as `validate` reports them; the roadmap's are marked.
  public var findings: [Finding]
  /// The language of the labels.
  public var language: Language
  /// The title; `nil` for "Roadmap: PROVINCE".
  public var title: String?
  /// Whether to draw the dependencies between tasks.
  public var showsDependencies: Bool
  /// The numbers of the phases to draw; empty for all.
  public var phaseNumbers: Set<Int>
  /// The slide the diagram is laid out for: the layout aims at its aspect and the DOT asks
  /// Graphviz to fit it (`size`); `nil` lays out for a 16:9 slide at natural size.
  public var slide: SlideSize?

  /// The model.
  public var architecture: Architecture { analysis.architecture }
  /// The framework its required components come from, if known.
  public var framework: Framework? { analysis.framework }

  /// Creates the diagram of the model of `analysis`.
  public init(
    analysis: Analysis, findings: [Finding], language: Language, title: String? = nil,
    showsDependencies: Bool = true, phaseNumbers: Set<Int> = [], slide: SlideSize? = nil
  ) {
    self.analysis = analysis
    self.findings = findings
    self.language = language
    self.title = title
    self.showsDependencies = showsDependencies
    self.phaseNumbers = phaseNumbers
    self.slide = slide
  }

  /// Creates the diagram of `architecture`, analysing it anew; `init(analysis:…)` reads the
  /// analysis the validator made.
  public init(
    architecture: Architecture, framework: Framework?, findings: [Finding], language: Language,
    title: String? = nil, showsDependencies: Bool = true, phaseNumbers: Set<Int> = [], slide: SlideSize? = nil
  ) {
    self.init(
      analysis: Analysis(architecture: architecture, framework: framework, asOf: architecture.asOf ?? .today()),
      findings: findings, language: language, title: title, showsDependencies: showsDependencies,
      phaseNumbers: phaseNumbers, slide: slide)
  }

  /// The id of the node of task `task` of phase `phase` (both 0-based).
  static func taskNode(phase: Int, task: Int) -> String {
    "task:\(phase + 1).\(task + 1)"
  }

  /// One column group of the grid: a phase or the missing components, with its header and its
  /// nodes in order.
  struct Group {
    var id: String
    var header: [String]
    var headerAttributes: [(String, String)]
    var clusterAttributes: [(String, String)]
    var nodes: [(id: String, attributes: [(String, String)], lines: Int, width: Int)]
    var phaseIndex: Int?
    /// The lines under the group's nodes: the dependencies not drawn.
    var foot: [String] = []
  }

  /// A dependency between two tasks' nodes: the task that needs it and its prerequisite.
  struct TaskDependency: Hashable {
    var dependent: String
    var prerequisite: String
    var late: Bool
  }

  /// What the drawing holds before it is laid out: the phases shown, the findings' marks, the
  /// dependencies drawn and those counted instead, and the groups with one-column headers.
  struct Plan {
    var shown: [RoadmapSchedule.ScheduledPhase]
    var marks: RoadmapFindingMarks
    var drawn: [TaskDependency]
    var notDrawn: [Int: [Int: Int]]
    var groups: [Group]
  }

  /// The DOT document, laid out with the likeliest number of rows.
  public func render() -> String {
    render(grid: nil)
  }

  /// The numbers of rows worth laying out, the likeliest first.
  public func gridCandidates() -> [Int] {
    Array(rowScores(plan().groups).prefix(5).map(\.rows))
  }

  /// The plan of the drawing.
  func plan() -> Plan {
    let schedule = analysis.schedule
    let shown = schedule.phases.filter { phaseNumbers.isEmpty || phaseNumbers.contains($0.phase.number) }
    let representative = representatives()
    var nodesByPosition: [SourcePosition: [String]] = [:]
    var phaseOfNode: [String: Int] = [:]
    for scheduled in schedule.phases {
      for (offset, task) in scheduled.phase.tasks.enumerated() {
        let id = Self.taskNode(phase: scheduled.index, task: offset)
        nodesByPosition[task.position, default: []].append(id)
        phaseOfNode[id] = scheduled.index
      }
    }
    let marks = RoadmapFindingMarks(
      findings: findings, analysis: analysis, taskNodes: nodesByPosition, representative: representative)
    let dependencies = showsDependencies ? taskDependencies(representative: representative, nodes: nodesByPosition) : []
    let shownIndices = Set(shown.map(\.index))

    // Which dependencies are drawn, and the count of the others by dependent phase.
    var groupsOfPairs: [[Int]: Int] = [:]
    for dependency in dependencies where !dependency.late {
      guard let from = phaseOfNode[dependency.dependent], let to = phaseOfNode[dependency.prerequisite] else {
        continue
      }
      groupsOfPairs[[from, to], default: 0] += 1
    }
    var drawn: [TaskDependency] = []
    var notDrawn: [Int: [Int: Int]] = [:]
    for dependency in dependencies {
      guard let from = phaseOfNode[dependency.dependent], let to = phaseOfNode[dependency.prerequisite],
        shownIndices.contains(from)
      else { continue }
      let visible = shownIndices.contains(to)
      let short = abs(from - to) <= 1 && (groupsOfPairs[[from, to]] ?? 0) <= Self.drawnDependencies
      if visible && (dependency.late || short) {
        drawn.append(dependency)
      } else if !dependency.late {
        notDrawn[from, default: [:]][to, default: 0] += 1
      }
    }

    var groups = shown.map { phaseGroup($0, marks: marks, notDrawn: notDrawn[$0.index] ?? [:], columns: 1) }
    if let gaps = gapsGroup(columns: 1) { groups.append(gaps) }
    return Plan(shown: shown, marks: marks, drawn: drawn, notDrawn: notDrawn, groups: groups)
  }

  /// The DOT document with `size` rows (`nil`: the likeliest number).
  public func render(grid size: Int?) -> String {
    let plan = plan()
    let (shown, marks, drawn) = (plan.shown, plan.marks, plan.drawn)
    // The rows are chosen with one-column headers; a header then spans its phase's columns.
    let rows = max(size ?? rowScores(plan.groups).first?.rows ?? 1, 1)
    var groups = shown.map { scheduled in
      let columns = (max(scheduled.phase.tasks.count, 1) + rows - 1) / rows
      return phaseGroup(scheduled, marks: marks, notDrawn: plan.notDrawn[scheduled.index] ?? [:], columns: columns)
    }
    if analysis.schedule.phases.isEmpty {
      // A model without a roadmap says so rather than drawing nothing (or its gaps alone).
      let header = Vocabulary.capitalized(GapReportWording.noRoadmap).text(in: language)
      groups.append(
        Group(
          id: "roadmap", header: [header], headerAttributes: [("fontname", "Helvetica-Bold"), ("fontsize", "11")],
          clusterAttributes: [("label", ""), ("style", "invis")], nodes: [], phaseIndex: nil))
    }
    if let gaps = gapsGroup(columns: (analysis.missingComponentRequirements.count + rows - 1) / rows) {
      groups.append(gaps)
    }

    var dot = DOTWriter()
    dot.openDigraph("roadmap")
    dot.attribute("rankdir", "TB")
    dot.attribute("newrank", "true")
    dot.attribute("fontname", "Helvetica")
    dot.attribute("fontsize", "16")
    dot.attribute("labelloc", "t")
    dot.attribute("label", title ?? DiagramWording.roadmapTitle(province: architecture.province).text(in: language))
    dot.attribute("nodesep", "0.2")
    dot.attribute("ranksep", "0.25")
    if let slide { dot.attribute("size", slide.graphvizSize) }
    dot.defaults(
      "node",
      [
        ("shape", "box"), ("style", "rounded,filled"), ("fontname", "Helvetica"),
        ("fontsize", LabelText.number(Self.fontSize)), ("margin", "0.1,0.05"),
      ])
    dot.defaults(
      "edge",
      [
        ("fontname", "Helvetica"), ("fontsize", LabelText.number(Self.fontSize)), ("color", "#7f7f7f"),
        ("arrowsize", "0.7"),
      ])

    // The grid: each group a cluster, its nodes in columns of `rows`.
    let headerLines = groups.map(\.header.count).max() ?? 1
    let headerHeight = LabelText.number(Double(headerLines) * 0.19 + 0.12)
    let footLines = groups.map(\.foot.count).max() ?? 0
    let footHeight = LabelText.number(Double(footLines) * 0.17 + 0.1)
    var place: [String: (column: Int, row: Int)] = [:]
    var feet: [String] = []
    var gridRows = [[(column: Int, id: String)]](repeating: [], count: rows)
    var column = 0
    for (number, group) in groups.enumerated() {
      dot.openSubgraph("cluster_" + group.id)
      // Graphviz's own cluster margin, written out: `margin=0` given on the command line for the
      // page (`SlideFit`) would otherwise reach the clusters too and change the layout.
      dot.attribute("margin", "8")
      for (name, value) in group.clusterAttributes { dot.attribute(name, value) }
      dot.node(
        group.id,
        [
          ("shape", "plaintext"), ("style", ""), ("height", headerHeight), ("labelloc", "t"),
          ("label", group.header.joined(separator: "\n")),
        ]
          + group.headerAttributes)
      for node in group.nodes { dot.node(node.id, node.attributes) }
      let foot = "foot:\(number + 1)"
      if footLines == 0 {
        dot.node(foot, [("shape", "point"), ("style", "invis"), ("width", "0"), ("height", "0")])
      } else {
        // Every foot as tall as the tallest, so that the columns end together.
        dot.node(
          foot,
          [
            ("shape", "plaintext"), ("style", ""), ("fontcolor", "#595959"), ("height", footHeight),
            ("label", group.foot.joined(separator: "\n")),
          ])
      }
      feet.append(foot)
      dot.close()
      let columns = stride(from: 0, to: group.nodes.count, by: rows).map {
        Array(group.nodes[$0..<min($0 + rows, group.nodes.count)].map(\.id))
      }
      for (offset, members) in columns.enumerated() {
        var above = group.id
        for (row, member) in members.enumerated() {
          place[member] = (column + offset, row)
          dot.edge(above, member, [("style", "invis")])
          above = member
        }
        dot.edge(above, foot, [("style", "invis")])
      }
      if columns.isEmpty { dot.edge(group.id, foot, [("style", "invis")]) }
      // Keep a group's columns in order, row by row.
      for (left, right) in zip(columns, columns.dropFirst()) {
        for (tail, head) in zip(left, right) { dot.edge(tail, head, [("style", "invis")]) }
      }
      for (offset, members) in columns.enumerated() {
        for (row, member) in members.enumerated() { gridRows[row].append((column + offset, member)) }
      }
      column += max(columns.count, 1)
    }
    sameRank(&dot, groups.map(\.id))
    for row in gridRows { sameRank(&dot, row.sorted { $0.column < $1.column }.map(\.id)) }
    sameRank(&dot, feet)
    for (left, right) in zip(groups, groups.dropFirst()) { dot.edge(left.id, right.id, [("style", "invis")]) }

    for dependency in drawn { writeDependency(&dot, dependency, place: place) }
    let lastLegendRow = legend(groups: groups, marks: marks, drawn: drawn)
      .write(&dot, width: max(gridWidth(groups, rows: rows), 6), below: Array(feet.prefix(1)))
    writeFootnote(&dot, marks.footnote, below: lastLegendRow ?? feet.first)
    dot.close()
    return dot.text
  }

  /// `{ rank=same; … }` for `ids`.
  func sameRank(_ dot: inout DOTWriter, _ ids: [String]) {
    guard ids.count > 1 else { return }
    dot.line("{ rank=\"same\"; " + ids.map { DOTWriter.quoted($0) + ";" }.joined(separator: " ") + " }")
  }

  /// For each component, the node of the task that first delivers it, else of the first task
  /// that names it (cancelled tasks do not count), in any phase.
  func representatives() -> [String: String] {
    var representative: [String: String] = [:]
    var named: [String: String] = [:]
    for scheduled in analysis.schedule.phases {
      for (offset, task) in scheduled.phase.tasks.enumerated() where task.status != .cancelled {
        guard let component = task.component else { continue }
        let id = Self.taskNode(phase: scheduled.index, task: offset)
        if task.action.delivers, representative[component] == nil { representative[component] = id }
        if named[component] == nil { named[component] = id }
      }
    }
    return representative.merging(named) { delivering, _ in delivering }
  }

  /// The dependencies between tasks: each component's dependency on another component, from the
  /// task that represents the one to the task that represents the other; the ones the
  /// validation finds delivered later (`roadmap/dependency-later`) from the task it names.
  func taskDependencies(
    representative: [String: String], nodes: [SourcePosition: [String]]
  ) -> [TaskDependency] {
    let graph = analysis.graph
    var result: [TaskDependency] = []
    var latePairs: Set<[String]> = []
    var seen: Set<TaskDependency> = []
    let later = findings.filter { $0.ruleID == DependencyLaterRule.description.id && !$0.isSuppressed }
    for finding in later {
      guard let component = finding.component, let target = finding.related.first,
        let prerequisite = representative[target],
        let dependent = nodes[finding.location.position]?.first
      else { continue }
      latePairs.insert([component, target])
      let dependency = TaskDependency(dependent: dependent, prerequisite: prerequisite, late: true)
      if seen.insert(dependency).inserted { result.append(dependency) }
    }
    var pairs: Set<[String]> = []
    for component in graph.components {
      guard let dependent = representative[component.id] else { continue }
      for dependency in component.dependencies {
        guard case .component(let target) = dependency.reference, target != component.id,
          let prerequisite = representative[target], prerequisite != dependent,
          !latePairs.contains([component.id, target]), pairs.insert([component.id, target]).inserted
        else { continue }
        let edge = TaskDependency(dependent: dependent, prerequisite: prerequisite, late: false)
        if seen.insert(edge).inserted { result.append(edge) }
      }
    }
    return result
  }

  /// The group of a phase: its header (name, years, title, the notes on the phase), wrapped to
  /// the width of `columns` columns, its tasks, and the dependencies not drawn at its foot.
  func phaseGroup(
    _ scheduled: RoadmapSchedule.ScheduledPhase, marks: RoadmapFindingMarks, notDrawn: [Int: Int], columns: Int
  ) -> Group {
    let tasks = scheduled.phase.tasks
    let width = columns == 1 ? Self.nameWidth + 6 : (Self.nameWidth + 4) * columns
    var header = [DiagramWording.phase(scheduled).text(in: language)]
    if let title = scheduled.phase.title {
      header += LabelText.wrap(title, width: width, maxLines: 3)
    }
    let phaseMarks = marks.byPhase[scheduled.index] ?? []
    for mark in phaseMarks {
      header += LabelText.wrap(
        DiagramWording.findingSign + " " + mark.text.text(in: language), width: width, maxLines: 2)
    }
    var foot: [String] = []
    if !notDrawn.isEmpty {
      let within = notDrawn[scheduled.index] ?? 0
      let others = notDrawn.keys.filter { $0 != scheduled.index }.sorted().map { index in
        (number: analysis.schedule.phases[index].phase.number, count: notDrawn[index] ?? 0)
      }
      foot = LabelText.wrap(
        DiagramWording.notDrawn(within: within, on: others).text(in: language), width: width, maxLines: 3)
    }
    var headerAttributes: [(String, String)] = [("fontname", "Helvetica-Bold"), ("fontsize", "11")]
    if let worst = phaseMarks.map(\.severity).max() {
      headerAttributes.append(("fontcolor", worst == .note ? Self.noteColour : Self.findingColour))
    }
    var nodes: [(id: String, attributes: [(String, String)], lines: Int, width: Int)] = []
    if tasks.isEmpty {
      let label = DiagramWording.noTasks.text(in: language)
      nodes.append(
        ("empty:\(scheduled.index + 1)", [("shape", "plaintext"), ("style", ""), ("label", label)], 1, label.count))
    }
    for (offset, task) in tasks.enumerated() {
      let id = Self.taskNode(phase: scheduled.index, task: offset)
      let (lines, attributes) = taskNode(task, marks: marks.byTask[id] ?? [])
      nodes.append((id, attributes, lines.count, lines.map(\.count).max() ?? 0))
    }
    return Group(
      id: "phase:\(scheduled.index + 1)", header: header, headerAttributes: headerAttributes,
      clusterAttributes: [("label", ""), ("style", "rounded,filled"), ("fillcolor", "#f5f5f5"), ("color", "#bfbfbf")],
      nodes: nodes, phaseIndex: scheduled.index, foot: foot)
  }

  /// The lines and attributes of a task's node: its component's name (or its text) wrapped,
  /// its action with its own dates, and a note per finding; outlined when it has findings.
  func taskNode(_ task: RoadmapTask, marks: [RoadmapFindingMarks.Mark]) -> ([String], [(String, String)]) {
    let verb = task.action.term.text(in: language)
    let name: String?
    if let id = task.component {
      name = analysis.graph.component(withID: id)?.name ?? id
    } else {
      name = task.text
    }
    var lines = LabelText.wrap(name ?? "", width: Self.nameWidth, maxLines: Self.nameLines)
    // The action, with the task's own dates after it when they fit on its line, else under it.
    if let dates = RoadmapWording.dates(start: task.start, due: task.due)?.text(in: language) {
      let action = verb + " · " + dates
      lines +=
        action.count <= Self.noteWidth ? [action] : [verb] + LabelText.wrap(dates, width: Self.noteWidth, maxLines: 2)
    } else {
      lines.append(verb)
    }
    for mark in marks {
      lines += LabelText.wrap(
        DiagramWording.findingSign + " " + mark.text.text(in: language), width: Self.noteWidth, maxLines: 3)
    }
    let fill = Self.fills.first { $0.0 == task.status }?.1 ?? "#ffffff"
    var attributes = [("label", lines.joined(separator: "\n")), ("fillcolor", fill)]
    var style = "rounded,filled"
    if task.status == .cancelled {
      style += ",dotted"
      attributes.append(("fontcolor", "#595959"))
    }
    if let worst = marks.map(\.severity).max() {
      attributes += [("color", worst == .note ? Self.noteColour : Self.findingColour), ("penwidth", "2.5")]
      style += task.status == .cancelled ? "" : ",bold"
    }
    attributes.append(("style", style))
    return (lines, attributes)
  }

  /// The group of the required components the model lacks, as dashed red nodes, its header
  /// wrapped to the width of `columns` columns.
  func gapsGroup(columns: Int) -> Group? {
    guard let framework else { return nil }
    let missing = analysis.missingComponentRequirements
    guard !missing.isEmpty else { return nil }
    let nodes = missing.map { requirement in
      let lines = Self.kindLines(requirement.kind, in: framework, language: language)
      return (
        id: "gap:" + requirement.kind,
        attributes: [
          ("label", lines.joined(separator: "\n")), ("style", "rounded,dashed"), ("color", Self.findingColour),
          ("fontcolor", Self.findingColour),
        ],
        lines: lines.count, width: lines.map(\.count).max() ?? 0
      )
    }
    return Group(
      id: "gaps",
      header: LabelText.wrap(
        DiagramWording.gaps.text(in: language), width: (Self.nameWidth + 4) * max(columns, 1), maxLines: 2),
      headerAttributes: [("fontname", "Helvetica-Bold"), ("fontsize", "11"), ("fontcolor", Self.findingColour)],
      clusterAttributes: [("label", ""), ("style", "rounded,dashed"), ("color", Self.findingColour)], nodes: nodes,
      phaseIndex: nil)
  }

  /// The lines of a kind's node: its name, capitalised and wrapped, and its id.
  static func kindLines(_ kind: String, in framework: Framework, language: Language) -> [String] {
    guard let name = framework.kind(kind)?.name else { return ["'\(kind)'"] }
    let named = Vocabulary.capitalized(Vocabulary.kindName(name, national: framework.kind(kind)?.isNational ?? false))
    return LabelText.wrap(named.text(in: language), width: nameWidth, maxLines: nameLines) + ["('\(kind)')"]
  }

  /// Writes one dependency from its prerequisite to the task that needs it, along the right
  /// side of a column when both are in one, the arrow turned back when the edge is written
  /// from the other end.
  func writeDependency(
    _ dot: inout DOTWriter, _ dependency: TaskDependency, place: [String: (column: Int, row: Int)]
  ) {
    guard let dependent = place[dependency.dependent], let prerequisite = place[dependency.prerequisite] else { return }
    // Written from the upper or the left end, except on one row: Graphviz 2.43 draws some edges
    // between two nodes of one row twice when written left to right, never right to left.
    let before = (prerequisite.column, prerequisite.row) < (dependent.column, dependent.row)
    let forward = prerequisite.row == dependent.row && prerequisite.column != dependent.column ? !before : before
    let (tail, head) =
      forward ? (dependency.prerequisite, dependency.dependent) : (dependency.dependent, dependency.prerequisite)
    var attributes: [(String, String)] = [("constraint", "false")]
    if dependent.column == prerequisite.column { attributes += [("tailport", "e"), ("headport", "e")] }
    if !forward { attributes.append(("dir", "back")) }
    if dependency.late {
      attributes += [("color", Self.findingColour), ("penwidth", "2.5")]
    }
    dot.edge(tail, head, attributes)
  }
}
