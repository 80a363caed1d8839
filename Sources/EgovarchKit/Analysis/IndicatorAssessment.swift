/// How an indicator stands on a given date: met, missed, not yet due or not reported, and by how much.
///
/// The rules of the `kpi/` area and the gap report share this one reading of an indicator:
/// - a boolean indicator is met when its actual value equals its target (the direction is ignored);
/// - an `at-least` indicator is met when `actual >= target`, an `at-most` one when `actual <= target`
///   (numbers compared as `IndicatorValue.numericValue`);
/// - an indicator is due (judged against its target) once its deadline has passed, or at once when it
///   has no deadline. A deadline has passed from the day after it (`CalendarDate.isPast(deadline:)`):
///   something due on D is met when done on D and late from D + 1, so on the deadline day itself an
///   indicator that falls short, or is not reported, is not yet due.
///
/// An indicator reported as met is met whatever its deadline; one that falls short, or is not
/// reported, only counts as missed or not reported once it is due, and until then as not yet due.
public struct IndicatorAssessment: Sendable, Hashable {
  /// Where an indicator stands.
  public enum Status: String, Sendable, Hashable, CaseIterable {
    /// The actual value meets the target.
    case met
    /// The indicator is due and its actual value falls short.
    case missed
    /// The deadline has not passed (the date judged is the deadline day or before it) and the target
    /// is not (or not known to be) met yet.
    case notYetDue = "not-yet-due"
    /// The indicator is due and has no actual value.
    case notReported = "not-reported"
  }

  /// The indicator assessed.
  public let indicator: Indicator
  /// The target (an indicator without a parsable target is not assessed).
  public let target: IndicatorValue
  /// The date it is judged on.
  public let asOf: CalendarDate
  /// Where it stands on `asOf`.
  public let status: Status
  /// How far the actual value is from the target; positive is a shortfall.
  ///
  /// Zero or a negative number is a target met (negative: exceeded by that much):
  /// `target − actual` for `at-least`, `actual − target` for `at-most`, 1 or 0 for a boolean
  /// indicator (missed or met). `nil` when nothing is reported.
  public let shortfall: Double?

  /// Assesses `indicator` on `asOf`; returns `nil` when the indicator has no target to assess
  /// against (the schema check reports that).
  public init?(_ indicator: Indicator, asOf: CalendarDate) {
    guard let target = indicator.target else { return nil }
    self.indicator = indicator
    self.target = target
    self.asOf = asOf
    let due = Self.isDue(indicator, on: asOf)
    guard let actual = indicator.actual else {
      shortfall = nil
      status = due ? .notReported : .notYetDue
      return
    }
    let gap: Double
    if indicator.unit == .boolean {
      gap = actual.numericValue == target.numericValue ? 0 : 1
    } else {
      switch indicator.direction {
      case .atLeast: gap = target.numericValue - actual.numericValue
      case .atMost: gap = actual.numericValue - target.numericValue
      }
    }
    shortfall = gap
    if gap <= 0 {
      status = .met
    } else {
      status = due ? .missed : .notYetDue
    }
  }

  /// Whether the deadline has passed on `asOf` (`asOf` is after it), or there is no deadline.
  public var isDue: Bool { Self.isDue(indicator, on: asOf) }

  /// Whether `indicator`'s deadline has passed on `date` (`date` is after it, by
  /// `CalendarDate.isPast(deadline:)`), or it has no deadline.
  public static func isDue(_ indicator: Indicator, on date: CalendarDate) -> Bool {
    indicator.deadline.map { date.isPast(deadline: $0) } ?? true
  }

  /// The actual value as shown in reports (`34 %`, `7`, `yes`/`có`), or `nil` when not reported.
  public var formattedActual: LocalizedText? {
    indicator.actual.map { Self.format($0, unit: indicator.unit) }
  }

  /// The target with its direction, as shown in reports: `at least 35 %` / `tối thiểu 35 %`,
  /// `at most 1 %` / `tối đa 1 %`, or just `yes` / `có` for a boolean indicator.
  public var formattedTarget: LocalizedText {
    let value = Self.format(target, unit: indicator.unit)
    guard indicator.unit != .boolean else { return value }
    switch indicator.direction {
    case .atLeast: return LocalizedText(en: "at least \(value.english)", vi: "tối thiểu \(value.vietnamese)")
    case .atMost: return LocalizedText(en: "at most \(value.english)", vi: "tối đa \(value.vietnamese)")
    }
  }

  /// `value` as shown in reports: a number without a trailing `.0` (a decimal comma in
  /// Vietnamese), followed by ` %` for a percentage; `yes`/`no` (`có`/`không`) for a boolean.
  public static func format(_ value: IndicatorValue, unit: IndicatorUnit) -> LocalizedText {
    if unit == .boolean {
      return value.numericValue != 0 ? LocalizedText(en: "yes", vi: "có") : LocalizedText(en: "no", vi: "không")
    }
    let number = IndicatorValue.number(value.numericValue).description
    let suffix = unit == .percent ? " %" : ""
    return LocalizedText(
      en: number + suffix, vi: String(number.map { $0 == "." ? "," : $0 }) + suffix)
  }
}
