/// The answer to "where are the gaps?": required components present, missing links and links that
/// bypass the integration platform, progress per phase, indicators met (and those not yet due) and
/// roadmap conflicts, drawn from a validated model and its findings.
public struct GapReport: Sendable {
  /// The model file.
  public var path: String
  /// The province.
  public var province: String
  /// The framework's id and name (`nil` name when the framework is unknown).
  public var frameworkID: String
  /// The framework's name, when known.
  public var frameworkName: LocalizedText?
  /// The date statuses were judged at.
  public var asOf: CalendarDate
  /// Required components present in the model.
  public var requiredPresent: Int
  /// Required components in all.
  public var requiredTotal: Int
  /// The required components missing, in the framework's order.
  public var missingComponents: [MissingComponent]
  /// The `framework/missing-link` findings about links the model does not plan either.
  public var missingLinks: [Finding]
  /// The `framework/missing-link` findings about links the model plans (format 1.1: a
  /// `dependsOn` with a later status or date), not in place on the as-of date.
  public var plannedLinks: [Finding]
  /// The `framework/bypass-integration` findings: links to a national system that go around the
  /// platform the framework routes them through (the LGSP), filed with the missing links, as
  /// the framework's integration, not among the roadmap's conflicts.
  public var bypassingLinks: [Finding]
  /// Each phase's progress, in order.
  public var phases: [PhaseProgress]
  /// Indicators met: their actual value meets the target, whatever their deadline.
  public var indicatorsMet: Int
  /// Indicators in all.
  public var indicatorsTotal: Int
  /// How many indicators stand where, on `asOf` (met, missed, not yet due, not reported), as
  /// `IndicatorAssessment` judges them: one that falls short, or is not reported, while its
  /// deadline has not passed (up to and including the deadline day) is not yet due, never met.
  public var indicatorStatusCounts: [IndicatorAssessment.Status: Int]
  /// The findings about indicators (`kpi/…`).
  public var indicatorFindings: [Finding]
  /// The budgets by source (`budgetSource`) across the roadmap, sorted by source with the
  /// budgets given without a source last; empty when no task or phase names a source.
  public var budgetsBySource: [SourceBudget]
  /// Whether the report has a budget section.
  ///
  /// Only when the model uses the budgets of format 1.1 (a phase's `budget`, or a `budgetSource`
  /// on a phase or a task) and some budget is given: a v1 model's task budgets alone leave its
  /// report as it was before format 1.1.
  public var hasBudgets: Bool
  /// The indicators with two values or more (format 1.1 measurements), in the model's order.
  public var indicatorTrends: [IndicatorTrend]
  /// Findings about the roadmap's consistency, and national systems relied on before they are
  /// available.
  public var conflicts: [Finding]

  /// The rules whose findings count as roadmap conflicts.
  static let conflictRules: Set<String> = [
    "roadmap/dependency-later", "roadmap/dependency-unscheduled", "roadmap/status-conflict",
    "roadmap/phase-sequence", "roadmap/unscheduled", "roadmap/foundation-late",
    "framework/national-unavailable",
  ]

  /// Builds the report of `validation` from the analysis of its model (`validation.analysis`
  /// when the validator made it).
  public init(validation: FileValidation, analysis: Analysis) {
    let architecture = analysis.architecture
    let framework = analysis.framework
    let asOf = analysis.asOf
    let findings = validation.findings.filter { !$0.isSuppressed }
    path = validation.path
    province = architecture.province
    frameworkID = framework?.id ?? architecture.framework
    frameworkName = framework?.name
    self.asOf = asOf
    let requirements = analysis.applied?.components ?? []
    missingComponents = analysis.missingComponentRequirements.map { requirement in
      let kind = framework?.kind(requirement.kind)
      return MissingComponent(
        kind: requirement.kind, name: kind?.name ?? LocalizedText(en: requirement.kind, vi: requirement.kind),
        layer: kind?.layer ?? .applications, severity: requirement.severity, basis: requirement.basis)
    }
    requiredTotal = requirements.count
    requiredPresent = requiredTotal - missingComponents.count
    missingLinks = findings.filter { $0.ruleID == "framework/missing-link" && $0.plan == nil }
    plannedLinks = findings.filter { $0.ruleID == "framework/missing-link" && $0.plan != nil }
    bypassingLinks = findings.filter { $0.ruleID == "framework/bypass-integration" }
    let schedule = analysis.schedule
    // Each overdue finding goes to the phases holding a task at its position, in one pass:
    // filtering every finding for every phase was quadratic in a model with many phases.
    var phasesByTask: [SourcePosition: [Int]] = [:]
    for scheduled in schedule.phases {
      for task in scheduled.phase.tasks where task.status != .cancelled {
        if phasesByTask[task.position]?.last != scheduled.index {
          phasesByTask[task.position, default: []].append(scheduled.index)
        }
      }
    }
    var overdue: [Int: [Finding]] = [:]
    for finding in findings where finding.ruleID == "roadmap/overdue" {
      for index in phasesByTask[finding.location.position] ?? [] { overdue[index, default: []].append(finding) }
    }
    phases = schedule.phases.map { scheduled in
      let tasks = scheduled.phase.tasks.filter { $0.status != .cancelled }
      let found = overdue[scheduled.index] ?? []
      var dueByTask: [SourcePosition: YearOrDate] = [:]
      for task in tasks { if let due = task.due { dueByTask[task.position] = due } }
      let budgets = tasks.compactMap(\.budget)
      return PhaseProgress(
        number: scheduled.phase.number, title: scheduled.phase.title, years: scheduled.yearRange,
        done: tasks.filter { $0.status == .done }.count, total: tasks.count, overdue: found,
        overdueDue: found.map { dueByTask[$0.location.position] },
        taskBudget: budgets.isEmpty ? nil : Self.sum(budgets), budgetedTasks: budgets.count,
        budget: scheduled.phase.budget)
    }
    budgetsBySource = Self.budgetsBySource(schedule)
    let usesFormat11Budgets = schedule.phases.contains { scheduled in
      scheduled.phase.budget != nil || scheduled.phase.budgetSource != nil
        || scheduled.phase.tasks.contains { $0.budgetSource != nil }
    }
    hasBudgets = usesFormat11Budgets && phases.contains { $0.hasBudget }
    indicatorsTotal = architecture.indicators.count
    var counts: [IndicatorAssessment.Status: Int] = [:]
    for assessment in analysis.indicatorAssessments { counts[assessment.status, default: 0] += 1 }
    indicatorStatusCounts = counts
    indicatorsMet = counts[.met] ?? 0
    indicatorFindings = findings.filter { $0.ruleID.hasPrefix("kpi/") }
    indicatorTrends = analysis.indicatorAssessments.compactMap(IndicatorTrend.init)
    conflicts = findings.filter { Self.conflictRules.contains($0.ruleID) }
  }

  /// `amounts` added up, rounded to the VND (6 decimals of a million), so that sums of decimal
  /// budgets read as written (`0.1 + 0.2` is `0.3`).
  static func sum(_ amounts: [Double]) -> Double {
    let total = amounts.reduce(0, +)
    let rounded = (total * 1_000_000).rounded() / 1_000_000
    return rounded.isFinite ? rounded : total
  }

  /// The budgets of the roadmap by source; empty when no task or phase names a source.
  static func budgetsBySource(_ schedule: RoadmapSchedule) -> [SourceBudget] {
    var tasks: [String?: [Double]] = [:]
    var phases: [String?: [Double]] = [:]
    var named = false
    func key(_ source: String?) -> String? {
      let collapsed = source?.collapsingWhitespace()
      return collapsed?.isEmpty == false ? collapsed : nil
    }
    for scheduled in schedule.phases {
      named = named || key(scheduled.phase.budgetSource) != nil
      if let budget = scheduled.phase.budget { phases[key(scheduled.phase.budgetSource), default: []].append(budget) }
      for task in scheduled.phase.tasks where task.status != .cancelled {
        named = named || key(task.budgetSource) != nil
        if let budget = task.budget { tasks[key(task.budgetSource), default: []].append(budget) }
      }
    }
    guard named else { return [] }
    let sources = Set(tasks.keys).union(phases.keys).sorted { lhs, rhs in
      guard let lhs else { return false }
      guard let rhs else { return true }
      return lhs < rhs
    }
    return sources.map { source in
      let (taskAmounts, phaseAmounts) = (tasks[source] ?? [], phases[source] ?? [])
      return SourceBudget(
        source: source, tasks: sum(taskAmounts), taskCount: taskAmounts.count, phases: sum(phaseAmounts),
        phaseCount: phaseAmounts.count)
    }
  }

  /// Builds the report of `validation` (which must hold a model) against `framework`, analysing
  /// `architecture` anew; `init(validation:analysis:)` reads the analysis the validator made.
  public init(validation: FileValidation, architecture: Architecture, framework: Framework?, asOf: CalendarDate) {
    self.init(
      validation: validation, analysis: Analysis(architecture: architecture, framework: framework, asOf: asOf))
  }
}
