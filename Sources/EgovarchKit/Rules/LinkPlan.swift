/// What a finding about a required link knows of the plan that answers it (format 1.1): the
/// link is not in place on the as-of date, but the model plans it, for a date or without one.
///
/// `framework/missing-link` gives it to a link that is "planned for 2026" instead of missing,
/// and `framework/bypass-integration` to a direct link whose route through the platform is
/// planned; the gap report and the diagrams tell planned links from missing ones by it.
public struct LinkPlan: Sendable, Hashable {
  /// When the link is to be in place (`dependsOn from`), `nil` when the plan gives no date.
  public let date: YearOrDate?
  /// Whether that date has passed on the as-of date (the plan is overdue).
  public let isOverdue: Bool

  /// Creates a plan for `date`, overdue or not.
  public init(date: YearOrDate?, isOverdue: Bool) {
    self.date = date
    self.isOverdue = isOverdue
  }
}
