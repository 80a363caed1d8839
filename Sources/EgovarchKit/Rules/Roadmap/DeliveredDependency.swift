/// A dependency seen from the roadmap: a task that delivers a component, in its phase, and a
/// component of the same model that the delivered component depends on.
struct DeliveredDependency {
  /// The phase of the task.
  var phase: RoadmapSchedule.ScheduledPhase
  /// The task delivering `component` (build, upgrade or integrate; never a cancelled one).
  var task: RoadmapTask
  /// The index of `task` among its phase's tasks.
  var taskIndex: Int
  /// The component the task delivers.
  var component: Component
  /// The component it depends on (a local component, never a national system).
  var target: Component
  /// The index of `target` in the graph.
  var targetIndex: Int
  /// The type of the first `dependsOn` from `component` to `target`.
  var type: DependencyType
  /// When the soonest link from `component` to `target` is in place: the earliest `from` of
  /// its `dependsOn` to it; `nil` when one of them has no `from` (it comes with the component).
  var from: YearOrDate?

  /// What identifies `self` for `RuleViolation.key`: the task (`RuleContext.taskKey`) and the
  /// target's id.
  func key(in context: RuleContext) -> String {
    context.taskKey(phase: phase.index, task: taskIndex) + " " + target.id
  }

  /// Calls `body` with every delivered dependency of the model whose target is not existing
  /// and that `isWanted(target, phase)` keeps (the target's index in the graph, the index of
  /// the task's phase): one per task and target, in document order of tasks, then of
  /// `dependsOn`.
  ///
  /// A visitor rather than an array, and the filter before any value is made: on a model of
  /// 100,000 components there are hundreds of thousands of these, of which rules keep few.
  static func forEachPending(
    in context: RuleContext, where isWanted: (_ target: Int, _ phase: Int) -> Bool,
    _ body: (DeliveredDependency) -> Void
  ) {
    let graph = context.graph
    let phases = context.schedule.phases
    let taskComponents = context.taskComponents
    // seenBy[t]: the last delivering task (numbered in `stamp`) that met target t, so that a
    // repeated target is recognised in one step, not by searching the targets met so far.
    var seenBy = [Int](repeating: -1, count: graph.components.count)
    var stamp = 0
    for phase in phases {
      let tasks = phase.phase.tasks
      for taskIndex in tasks.indices where tasks[taskIndex].status != .cancelled && tasks[taskIndex].action.delivers {
        let node = Int(taskComponents[phase.index][taskIndex])
        guard node >= 0 else { continue }
        stamp += 1
        let targets = graph.dependencyTargets(of: node)
        let dates = linkDates(of: node, in: graph)
        for (offset, target) in zip(0..., targets) {
          guard target >= 0, Int(target) != node, seenBy[Int(target)] != stamp,
            graph.components[Int(target)].status != .existing
          else { continue }
          seenBy[Int(target)] = stamp
          guard isWanted(Int(target), phase.index) else { continue }
          body(
            DeliveredDependency(
              phase: phase, task: tasks[taskIndex], taskIndex: taskIndex, component: graph.components[node],
              target: graph.components[Int(target)], targetIndex: Int(target),
              type: graph.components[node].dependencies[offset].type, from: dates?[target] ?? nil))
        }
      }
    }
  }

  /// For each target of `node`'s dependencies, the earliest `from` of its links to it, `nil`
  /// when one of them is undated; `nil` for all when no link of `node` has a `from` (a model
  /// without dated links pays nothing).
  private static func linkDates(of node: Int, in graph: ComponentGraph) -> [Int32: YearOrDate?]? {
    let dependencies = graph.components[node].dependencies
    guard dependencies.contains(where: { $0.from != nil }) else { return nil }
    var dates: [Int32: YearOrDate?] = [:]
    for (dependency, target) in zip(dependencies, graph.dependencyTargets(of: node)) where target >= 0 {
      switch (dates[target], dependency.from) {
      case (nil, let from): dates[target] = .some(from)
      case (let earlier??, let from?) where from.firstDay < earlier.firstDay: dates[target] = .some(from)
      case (.some, nil): dates[target] = .some(nil)
      default: break
      }
    }
    return dates
  }
}
