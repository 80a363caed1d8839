/// A year (`2026`) or a day (`2026-06-30`), as the format's optional dates of links, tasks and
/// measurements are written (`YearOrDate` in the schema).
///
/// As a start it means its first day (1 January of a year); as a deadline its last day (31
/// December of a year), met on that day and late from the next (`CalendarDate.isPast`).
public enum YearOrDate: Sendable, Hashable, CustomStringConvertible {
  /// A whole year.
  case year(Int)
  /// One day.
  case day(CalendarDate)

  /// Parses `YYYY` within the format's years or `YYYY-MM-DD`; `nil` for anything else.
  public init?(parsing text: String) {
    if let date = CalendarDate(parsing: text) {
      self = .day(date)
    } else if let year = text.integer(in: FormatBounds.years) {
      self = .year(year)
    } else {
      return nil
    }
  }

  /// The first day it covers: the day, or 1 January of the year.
  public var firstDay: CalendarDate {
    switch self {
    case .year(let year): return CalendarDate(checkedYear: year, month: 1, day: 1)
    case .day(let date): return date
    }
  }

  /// The last day it covers: the day, or 31 December of the year.
  public var lastDay: CalendarDate {
    switch self {
    case .year(let year): return CalendarDate(checkedYear: year, month: 12, day: 31)
    case .day(let date): return date
    }
  }

  /// The year it falls in.
  public var year: Int {
    switch self {
    case .year(let year): return year
    case .day(let date): return date.year
    }
  }

  /// As written in the model: `2026` or `2026-06-30`.
  public var description: String {
    switch self {
    case .year(let year): return String(year)
    case .day(let date): return date.description
    }
  }

  /// As messages say it: a year as is in both languages, a day as `CalendarDate.spoken` does.
  public var spoken: LocalizedText {
    switch self {
    case .year(let year): return LocalizedText(en: String(year), vi: String(year))
    case .day(let date): return date.spoken
    }
  }
}
