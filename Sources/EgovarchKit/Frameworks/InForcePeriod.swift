/// The days something is in force: from `since` to `until`, both included; an absent end is
/// open.
public struct InForcePeriod: Sendable, Hashable {
  /// The first day, if bounded.
  public var since: CalendarDate?
  /// The last day, if bounded.
  public var until: CalendarDate?

  /// Creates a period; with neither day, always.
  public init(since: CalendarDate? = nil, until: CalendarDate? = nil) {
    self.since = since
    self.until = until
  }

  /// Always in force.
  public static let always = InForcePeriod()

  /// Whether the period includes `date`.
  public func contains(_ date: CalendarDate) -> Bool {
    (since.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
  }

  /// Whether `date` comes before the period starts.
  public func startsAfter(_ date: CalendarDate) -> Bool {
    since.map { date < $0 } ?? false
  }

  /// "since 6 December 2021", "until 30 June 2025", "6 December 2021 – 30 June 2025" (in
  /// Vietnamese "từ ngày 06/12/2021", "đến ngày 30/06/2025", "06/12/2021 – 30/06/2025"), or
  /// `nil` when always.
  public var phrase: LocalizedText? {
    switch (since, until) {
    case (nil, nil): return nil
    case (let since?, nil):
      return LocalizedText(en: "since \(since.spoken.english)", vi: "từ ngày \(since.spoken.vietnamese)")
    case (nil, let until?):
      return LocalizedText(en: "until \(until.spoken.english)", vi: "đến ngày \(until.spoken.vietnamese)")
    case (let since?, let until?):
      let (from, to) = (since.spoken, until.spoken)
      return LocalizedText(en: "\(from.english) – \(to.english)", vi: "\(from.vietnamese) – \(to.vietnamese)")
    }
  }
}
