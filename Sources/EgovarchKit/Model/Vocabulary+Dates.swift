extension Vocabulary {
  /// A deadline on a day, said as readers write dates: "by 31 December 2020" / "chậm nhất ngày
  /// 31/12/2020" (`CalendarDate.spoken`).
  public static func by(_ date: CalendarDate) -> LocalizedText { by(date.spoken) }

  /// The date statuses are judged at: "as of 30 June 2024" / "tính đến ngày 30/06/2024".
  public static func asOf(_ date: CalendarDate) -> LocalizedText { asOf(date.spoken) }

  /// A day something happened or ends: "on 31 December 2022" / "vào ngày 31/12/2022".
  public static func on(_ date: CalendarDate) -> LocalizedText { on(date.spoken) }

  /// The day something starts: "from 1 July 2021" / "từ ngày 01/07/2021".
  public static func since(_ date: CalendarDate) -> LocalizedText { since(date.spoken) }

  /// A deadline given as a year or a day: "by 2025" / "chậm nhất năm 2025", or as `by` says a day.
  public static func by(_ date: YearOrDate) -> LocalizedText {
    switch date {
    case .year(let year): return LocalizedText(en: "by \(year)", vi: "chậm nhất năm \(year)")
    case .day(let day): return by(day)
    }
  }
}
