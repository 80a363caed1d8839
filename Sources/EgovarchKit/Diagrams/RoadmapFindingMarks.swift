/// Where the roadmap diagram shows each roadmap finding of the validation: as a short note on
/// the task it is about, on the header of its phase, or in the footnote when it is about
/// neither.
///
/// The findings are those `validate` reports, unsuppressed, of the rules the gap report counts
/// as overdue tasks or roadmap conflicts (`GapReport.conflictRules`), with every other
/// `roadmap/` rule: nothing is found again here. A finding is on the task whose element it
/// points at; one about a component (a national system it relies on too early, a status at
/// odds with the roadmap) is on the task that first delivers that component; one about a phase
/// is on its header.
struct RoadmapFindingMarks {
  /// One note: its text and how serious the finding is.
  struct Mark: Hashable {
    /// The short text shown after the sign.
    var text: LocalizedText
    /// The finding's severity (a note is drawn amber, the others red).
    var severity: Severity
  }

  /// The notes on each task, by the id of the task's node, in the findings' order.
  private(set) var byTask: [String: [Mark]] = [:]
  /// The notes on each phase's header, by the phase's index.
  private(set) var byPhase: [Int: [Mark]] = [:]
  /// The findings shown in the footnote, in order.
  private(set) var footnote: [Finding] = []

  /// Whether the diagram shows `finding` (unsuppressed, of a roadmap rule).
  static func isShown(_ finding: Finding) -> Bool {
    !finding.isSuppressed
      && (finding.ruleID.hasPrefix("roadmap/") || GapReport.conflictRules.contains(finding.ruleID))
  }

  /// Places each finding of `findings` that the diagram shows: `taskNodes` maps a task's
  /// element to its node, `representative` a component to the node of the task that first
  /// delivers it.
  init(
    findings: [Finding], analysis: Analysis, taskNodes: [SourcePosition: [String]],
    representative: [String: String]
  ) {
    var phases: [SourcePosition: Int] = [:]
    for scheduled in analysis.schedule.phases { phases[scheduled.phase.position] = scheduled.index }
    for finding in findings where Self.isShown(finding) {
      let mark = Mark(text: Self.text(of: finding, analysis: analysis), severity: finding.severity)
      if let nodes = taskNodes[finding.location.position] {
        for node in nodes { byTask[node, default: []].append(mark) }
      } else if let component = finding.component, let node = representative[component] {
        byTask[node, default: []].append(mark)
      } else if let phase = phases[finding.location.position] {
        byPhase[phase, default: []].append(mark)
      } else {
        footnote.append(finding)
      }
    }
  }

  /// The short text of a finding on its task; a rule without one of its own is named by its id.
  static func text(of finding: Finding, analysis: Analysis) -> LocalizedText {
    let related = finding.related.first
    switch finding.ruleID {
    case OverdueRule.description.id:
      return DiagramWording.overdue
    case UnknownComponentRule.description.id:
      return DiagramWording.notInModel(related ?? "")
    case DependencyLaterRule.description.id:
      let target = related ?? ""
      let index = analysis.graph.indexByID[target]
      let phase = index.flatMap { analysis.firstDelivery(ofComponentAt: $0) }
      return DiagramWording.needs(
        name(of: target, in: analysis),
        deliveredIn: phase.map { Vocabulary.phase($0.phase.number) } ?? Vocabulary.phase(0))
    case DependencyUnscheduledRule.description.id:
      return DiagramWording.needsUnscheduled(name(of: related ?? "", in: analysis))
    case TaskOutsidePhaseRule.description.id:
      return DiagramWording.outsidePhase
    case FoundationLateRule.description.id:
      return DiagramWording.foundationLate
    case StatusConflictRule.description.id:
      return DiagramWording.statusConflict
    case PhaseSequenceRule.description.id:
      return DiagramWording.phaseConflict
    case NationalUnavailableRule.description.id:
      guard let reference = related else { return LocalizedText(en: finding.ruleID, vi: finding.ruleID) }
      let kind = ComponentReference(parsing: reference)
      let name: LocalizedText
      if case .national(let id) = kind, let system = analysis.framework?.nationalSystem(id) {
        name = LocalizedText(
          en: Vocabulary.shortened(system.name.english, to: 40),
          vi: Vocabulary.shortened(system.name.vietnamese, to: 40))
      } else {
        name = LocalizedText(en: "'\(reference)'", vi: "'\(reference)'")
      }
      let english = DiagramWording.reliesEarly(on: name.english).english
      let vietnamese = DiagramWording.reliesEarly(on: name.vietnamese).vietnamese
      return LocalizedText(en: english, vi: vietnamese)
    default:
      return LocalizedText(en: finding.ruleID, vi: finding.ruleID)
    }
  }

  /// A component of the model by its name, shortened; its id, quoted, when it has none.
  private static func name(of id: String, in analysis: Analysis) -> String {
    guard let component = analysis.graph.component(withID: id), !component.name.isEmpty else { return "'\(id)'" }
    return Vocabulary.shortened(component.name, to: 40)
  }
}
