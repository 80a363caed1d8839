/// The ranges the schemas allow for the numbers of a model and of a framework file.
///
/// The loaders read a number only when it lies in its range (a value beyond it is a schema
/// error, and the model keeps the attribute's default), so that no rule, report or diagram
/// ever computes with a year of `Int.min` or a phase number of twenty digits.
public enum FormatBounds {
  /// Every year of the format: a roadmap's `until`, a phase's `start` and `end`, a national
  /// system's `available` (`Year` in both schemas).
  public static let years = 1990...2100
  /// The first day of the format's years: what a framework's required date reads as when the
  /// schema has already refused the file for it.
  public static let firstDate = CalendarDate(checkedYear: 1990, month: 1, day: 1)
  /// A phase's `number` (`PhaseNumber`) and a framework's expected number of phases
  /// (`PhaseCount`).
  public static let phaseNumbers = 1...1000
  /// The largest magnitude of an indicator's value or a task's budget: 18 digits
  /// (`Amount`, `Budget`).
  public static let largestAmount = 999_999_999_999_999_999.0
  /// A component's `securityLevel` (`SecurityLevel`): 1 to 5.
  public static let securityLevels = 1...5
}
