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
///
/// Which value is judged (format 1.1):
/// - an `actual` without `measured` (every v1 model) is the result, judged as above whatever its
///   `measurement` children say, which are then only its history;
/// - otherwise the dated values (`actual` with `measured`, and the `measurement` children) known on
///   `asOf` (dated on or before it) are. Before the deadline has passed, and when there is none, the
///   latest of them is judged. Once it has passed (deadline D), the result at D is what counts:
///   1. the latest value dated on or before D is judged when it is dated D, and when it meets the
///      target (reached by then: met, as a value reported met always is);
///   2. else the first value dated after D, a result reported late, is judged when it falls short
///      (still short after D, so short at D: missed);
///   3. else the result at D is unknown: an earlier value that falls short is a figure taken on
///      the way, not the result, and a later one that meets the target says it was reached, not
///      when. The indicator is not reported at its deadline, with the last value known.
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
    /// The indicator is due and has no actual value, or (dated values) none that tells its result at
    /// the deadline.
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
  /// The value `status` rests on: the undated `actual`, the dated value judged, or (not reported
  /// at the deadline) the last value known; `nil` when nothing is known.
  public let value: IndicatorValue?
  /// The dated value `status` rests on (or the last one known); `nil` for an undated `actual`.
  public let measurement: IndicatorMeasurement?
  /// The dated values known on `asOf` (dated on or before it), oldest first.
  public let history: [IndicatorMeasurement]
  /// How far `value` is from the target; positive is a shortfall.
  ///
  /// Zero or a negative number is a target met (negative: exceeded by that much):
  /// `target − value` for `at-least`, `value − target` for `at-most`, 1 or 0 for a boolean
  /// indicator (missed or met). `nil` when nothing is known.
  public let shortfall: Double?

  /// Assesses `indicator` on `asOf`; returns `nil` when the indicator has no target to assess
  /// against (the schema check reports that).
  public init?(_ indicator: Indicator, asOf: CalendarDate) {
    guard let target = indicator.target else { return nil }
    self.indicator = indicator
    self.target = target
    self.asOf = asOf
    let due = Self.isDue(indicator, on: asOf)
    let known = indicator.history.filter { $0.date <= asOf }
    history = known
    let judged: (value: IndicatorValue, measurement: IndicatorMeasurement?)?
    var late = false
    if indicator.measured == nil, let actual = indicator.actual {
      judged = (actual, nil)
    } else if due, let deadline = indicator.deadline {
      let before = known.last { !$0.date.isPast(deadline: deadline) }
      let after = known.first { $0.date.isPast(deadline: deadline) }
      let meets = { (value: IndicatorValue) in Self.gap(value, indicator: indicator, target: target) <= 0 }
      if let before, before.date == deadline || meets(before.value) {
        judged = (before.value, before)
      } else if let after, !meets(after.value) {
        judged = (after.value, after)
      } else {
        judged = known.last.map { ($0.value, $0) }
        late = true
      }
    } else {
      judged = known.last.map { ($0.value, $0) }
    }
    value = judged?.value
    measurement = judged?.measurement
    guard let judged else {
      shortfall = nil
      status = due ? .notReported : .notYetDue
      return
    }
    let gap = Self.gap(judged.value, indicator: indicator, target: target)
    shortfall = gap
    if late {
      status = .notReported
    } else if gap <= 0 {
      status = .met
    } else {
      status = due ? .missed : .notYetDue
    }
  }

  /// How far `value` is from `target`: `target − value` for `at-least`, `value − target` for
  /// `at-most`, 1 or 0 for a boolean indicator.
  private static func gap(_ value: IndicatorValue, indicator: Indicator, target: IndicatorValue) -> Double {
    if indicator.unit == .boolean {
      return value.numericValue == target.numericValue ? 0 : 1
    }
    switch indicator.direction {
    case .atLeast: return target.numericValue - value.numericValue
    case .atMost: return value.numericValue - target.numericValue
    }
  }

  /// Whether the dated value `status` rests on was measured after the deadline (a result
  /// reported late); `nil` when the value is undated or unknown, or there is no deadline.
  public var measuredAfterDeadline: Bool? {
    guard let date = measurement?.date, let deadline = indicator.deadline else { return nil }
    return date.isPast(deadline: deadline)
  }

  /// Whether the deadline has passed on `asOf` (`asOf` is after it), or there is no deadline.
  public var isDue: Bool { Self.isDue(indicator, on: asOf) }

  /// Whether `indicator`'s deadline has passed on `date` (`date` is after it, by
  /// `CalendarDate.isPast(deadline:)`), or it has no deadline.
  public static func isDue(_ indicator: Indicator, on date: CalendarDate) -> Bool {
    indicator.deadline.map { date.isPast(deadline: $0) } ?? true
  }

  /// `value` as shown in reports (`34 %`, `7`, `yes`/`có`), or `nil` when nothing is known.
  public var formattedActual: LocalizedText? {
    value.map { Self.format($0, unit: indicator.unit) }
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
