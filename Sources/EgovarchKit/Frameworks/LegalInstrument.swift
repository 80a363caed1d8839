/// A legal instrument a framework cites: its type, number and date, the day it took effect, the
/// article relied on and how well the citation was checked.
public struct LegalInstrument: Sendable, Hashable {
  /// Decree, circular, directive, ….
  public var type: InstrumentType
  /// The number as written on it, such as `107/2021/NĐ-CP`.
  public var number: String
  /// The date it was signed.
  public var date: CalendarDate
  /// The date it took effect, when that is another day.
  public var inForce: CalendarDate?
  /// The article or section relied on, in both languages, if known.
  public var article: LocalizedText?
  /// How well the citation was checked.
  public var confidence: SourceConfidence

  /// Creates an instrument.
  public init(
    type: InstrumentType, number: String, date: CalendarDate, inForce: CalendarDate? = nil,
    article: LocalizedText? = nil, confidence: SourceConfidence = .seen
  ) {
    self.type = type
    self.number = number
    self.date = date
    self.inForce = inForce
    self.article = article
    self.confidence = confidence
  }

  /// The strongest severity a requirement resting on this instrument alone may have: the
  /// instrument type's force, limited by the confidence of the source.
  public var force: Severity { min(type.force, confidence.limit) }

  /// The day it took effect: `inForce`, else the day it was signed.
  public var effective: CalendarDate { inForce ?? date }

  /// The citation: "Decree 107/2021/NĐ-CP of 06/12/2021" / "Nghị định 107/2021/NĐ-CP ngày
  /// 06/12/2021", with the article and the confidence when they say something.
  public var citation: LocalizedText {
    Vocabulary.citation(
      type: type.term, number: number, date: date.spoken.vietnamese, article: article, confidence: confidence.term)
  }

  /// The citations of `instruments` joined with "; ".
  public static func citation(of instruments: [LegalInstrument]) -> LocalizedText {
    let citations = instruments.map(\.citation)
    return LocalizedText(
      en: citations.map(\.english).joined(separator: "; "), vi: citations.map(\.vietnamese).joined(separator: "; "))
  }

  /// The strongest force among `instruments` (a requirement holds as strongly as its strongest
  /// basis), `nil` when there is none.
  public static func force(of instruments: [LegalInstrument]) -> Severity? {
    instruments.map(\.force).max()
  }
}
