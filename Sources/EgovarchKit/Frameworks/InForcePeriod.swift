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

  /// "since 2021-12-06", "until 2025-06-30", "2021-12-06 – 2025-06-30" in both languages, or
  /// `nil` when always.
  public var phrase: LocalizedText? {
    switch (since, until) {
    case (nil, nil): return nil
    case (let since?, nil): return LocalizedText(en: "since \(since)", vi: "từ \(since)")
    case (nil, let until?): return LocalizedText(en: "until \(until)", vi: "đến \(until)")
    case (let since?, let until?): return LocalizedText(en: "\(since) – \(until)", vi: "\(since) – \(until)")
    }
  }
}
