/// The timeline's horizontal axis: whole years from `firstYear` to `lastYear`, laid over the
/// pixels from `left` to `right`, every day the same width.
struct TimelineScale: Sendable {
  /// The first year shown (from its 1 January).
  var firstYear: Int
  /// The last year shown (to its 31 December).
  var lastYear: Int
  /// The x of 1 January of `firstYear`.
  var left: Double
  /// The x of the end of 31 December of `lastYear`.
  var right: Double

  /// The days since 1 March of year 0 of the proleptic Gregorian calendar: consecutive days are
  /// consecutive numbers.
  static func dayNumber(year: Int, month: Int, day: Int) -> Int {
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra
  }

  /// The day number of `date`.
  static func dayNumber(_ date: CalendarDate) -> Int {
    dayNumber(year: date.year, month: date.month, day: date.day)
  }

  /// The first day shown.
  var firstDay: Int { Self.dayNumber(year: firstYear, month: 1, day: 1) }
  /// The day after the last day shown.
  var endDay: Int { Self.dayNumber(year: lastYear + 1, month: 1, day: 1) }

  /// The width of one year, on average, in pixels.
  var yearWidth: Double { (right - left) / Double(max(1, lastYear - firstYear + 1)) }

  /// The x of the start of `day` (a day number), kept within the axis.
  func x(ofDay day: Int) -> Double {
    let span = Double(max(1, endDay - firstDay))
    let fraction = Double(day - firstDay) / span
    return left + (right - left) * min(1, max(0, fraction))
  }

  /// The x of the start of `date`.
  func x(start date: CalendarDate) -> Double { x(ofDay: Self.dayNumber(date)) }

  /// The x of the end of `date` (the start of the next day).
  func x(end date: CalendarDate) -> Double { x(ofDay: Self.dayNumber(date) + 1) }

  /// The x of 1 January of `year`.
  func x(year: Int) -> Double { x(ofDay: Self.dayNumber(year: year, month: 1, day: 1)) }

  /// The x of the first day of `month` of `year`.
  func x(year: Int, month: Int) -> Double { x(ofDay: Self.dayNumber(year: year, month: month, day: 1)) }

  /// Whether `date` lies on the axis.
  func contains(_ date: CalendarDate) -> Bool {
    let day = Self.dayNumber(date)
    return day >= firstDay && day < endDay
  }
}
