/// A finding marked on the timeline: its number (in the footnote too) and what it is drawn on.
public struct TimelineMarker: Sendable, Hashable {
  /// What a marker is drawn on.
  public enum Place: Sendable, Hashable {
    /// The roadmap as a whole (its `until`, the number of its phases): next to the title.
    case roadmap
    /// A phase (by its index in the schedule): on its header.
    case phase(Int)
    /// A task (by the indices of its phase and of the task in it): on its bar.
    case task(phase: Int, task: Int)
    /// An indicator's deadline: on the time axis at that day.
    case indicator(id: String, deadline: CalendarDate)
    /// A component that no task of the roadmap names: in the section of the unscheduled.
    case unscheduled(component: String)
  }

  /// The number shown in the marker and the footnote, from 1; findings of one rule with one
  /// message share one.
  public var number: Int
  /// The finding.
  public var finding: Finding
  /// What the marker is drawn on.
  public var place: Place

  /// Creates a marker.
  public init(number: Int, finding: Finding, place: Place) {
    self.number = number
    self.finding = finding
    self.place = place
  }
}
