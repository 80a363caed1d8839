extension CalendarDate {
  /// Whether something due on `deadline` is late on this date: egovarch's one convention for a
  /// deadline day.
  ///
  /// Something due on a day D is met when it is done on D, and late from D + 1: on the deadline
  /// day itself nothing is late yet, and on the day after it is. Every comparison of a date with
  /// a deadline or an end goes through this method, so that the rules and the gap report (and
  /// the HTML report and the diagrams, which show their findings) judge the same day the same way:
  /// - an indicator is judged against its target (`kpi/target-missed`, `kpi/not-reported`, the
  ///   gap report's counts) once the validation date is past its `deadline`;
  /// - a task is overdue (`roadmap/overdue`) once the validation date is past the last day of
  ///   its own `due` when it has one, else its phase's last day, 31 December of the phase's end
  ///   year;
  /// - a component delivered by a phase supports an indicator (`kpi/unsupported`) unless the
  ///   phase's last day is past the indicator's deadline.
  ///
  /// `asOf.isPast(deadline: d)` reads "on `asOf`, the deadline `d` has passed";
  /// `done.isPast(deadline: d)` reads "done on `done`, it is late for `d`".
  public func isPast(deadline: CalendarDate) -> Bool {
    deadline < self
  }
}
