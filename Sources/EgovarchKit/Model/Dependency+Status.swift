extension Dependency {
  /// Where the link stands: its own `status`, else its component's.
  public func effectiveStatus(in component: Component) -> ComponentStatus {
    status ?? component.status
  }

  /// Whether the link of `component` is only a plan on `asOf`: it comes after its component.
  ///
  /// Its stage is its own `status`; without one, `planned` when it is dated (`from`) after
  /// `asOf`, else its component's status. It is a plan when that stage is `planned` or
  /// `in-progress` and behind its component's (a planned link of an existing or in-progress
  /// component, an in-progress link of an existing one). A link at its component's stage is
  /// part of the component: a planned component's links are its design, as in format 1.0, so
  /// that a model without `status` or `from` on its links has no plan among them.
  public func isPlan(in component: Component, on asOf: CalendarDate) -> Bool {
    let stage: ComponentStatus
    if let status {
      stage = status
    } else if let from, asOf < from.firstDay {
      stage = .planned
    } else {
      stage = component.status
    }
    guard let own = Self.rank(stage), let owner = Self.rank(component.status) else { return false }
    return own < owner
  }

  /// Whether the link is only a plan on `asOf` (`isPlan(in:on:)`) and its date has passed: it
  /// was to be in place by the last day of `from` (met on that day, late from the next).
  public func isOverduePlan(in component: Component, on asOf: CalendarDate) -> Bool {
    guard let from, isPlan(in: component, on: asOf) else { return false }
    return asOf.isPast(deadline: from.lastDay)
  }

  /// How far along a stage is (planned 0, in-progress 1, existing 2); `nil` for retired.
  private static func rank(_ status: ComponentStatus) -> Int? {
    switch status {
    case .planned: return 0
    case .inProgress: return 1
    case .existing: return 2
    case .retired: return nil
    }
  }
}
