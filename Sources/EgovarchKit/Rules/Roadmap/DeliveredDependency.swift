/// A dependency seen from the roadmap: a task that delivers a component, in its phase, and a
/// component of the same model that the delivered component depends on.
struct DeliveredDependency {
  /// The phase of the task.
  var phase: RoadmapSchedule.ScheduledPhase
  /// The task delivering `component` (build, upgrade or integrate; never a cancelled one).
  var task: RoadmapTask
  /// The component the task delivers.
  var component: Component
  /// The component it depends on (a local component, never a national system).
  var target: Component
  /// The type of the first `dependsOn` from `component` to `target`.
  var type: DependencyType

  /// Every delivered dependency of the model whose target is not existing: one per task and
  /// target, in document order of tasks, then of `dependsOn`.
  static func pending(in context: RuleContext) -> [DeliveredDependency] {
    var found: [DeliveredDependency] = []
    for phase in context.schedule.phases {
      for task in phase.phase.tasks where task.status != .cancelled && task.action.delivers {
        guard let id = task.component, let component = context.graph.component(withID: id) else { continue }
        var seen: [String] = []
        for dependency in component.dependencies {
          guard case .component(let targetID) = dependency.reference, targetID != component.id,
            !seen.contains(targetID), let target = context.graph.component(withID: targetID),
            target.status != .existing
          else { continue }
          seen.append(targetID)
          found.append(
            DeliveredDependency(
              phase: phase, task: task, component: component, target: target, type: dependency.type))
        }
      }
    }
    return found
  }
}
