/// When a link the framework requires is in place, as the model's `dependsOn` say: now, from the
/// date a planned link is given (`from`), or at a time the plan does not say.
///
/// Ordered from soonest to latest, so that a path of several links arrives with its latest one
/// (`max`) and the soonest of several paths is the one that counts (`min`).
enum LinkArrival: Comparable {
  /// In place on the validation date.
  case now
  /// Only a plan, to be in place from the first day of this date.
  case planned(YearOrDate)
  /// Only a plan, without a date.
  case undated

  /// When `dependency` of `component` is in place, judged on `asOf`.
  init(_ dependency: Dependency, of component: Component, on asOf: CalendarDate) {
    if !dependency.isPlan(in: component, on: asOf) {
      self = .now
    } else if let from = dependency.from {
      self = .planned(from)
    } else {
      self = .undated
    }
  }

  /// Sooner first: now, then planned links by the first day of their date (a year before a day
  /// of it on the same first day), then undated plans.
  static func < (lhs: LinkArrival, rhs: LinkArrival) -> Bool {
    switch (lhs, rhs) {
    case (.now, .now), (.undated, _), (_, .now): return false
    case (.now, _), (.planned, .undated): return true
    case (.planned(let left), .planned(let right)):
      return left.firstDay == right.firstDay
        ? left.description.count < right.description.count
        : left.firstDay < right.firstDay
    }
  }
}
