import EgovarchXML

extension FrameworkBuilder {
  /// Reads one start tag's attributes as the framework format types them.
  struct AttributeReader {
    let tag: XMLStartTag
    let position: SourcePosition

    /// The attribute `name`'s value, if present.
    subscript(_ name: String) -> String? { tag.attribute(name) }

    /// A Vietnamese/English pair of attributes; the English falls back to the Vietnamese; `nil`
    /// when the Vietnamese is absent.
    func text(_ vietnamese: String, _ english: String) -> LocalizedText? {
      guard let vi = self[vietnamese] else { return nil }
      return LocalizedText(en: self[english] ?? vi, vi: vi)
    }

    /// A date attribute (the schema has checked its form).
    func date(_ name: String) -> CalendarDate? {
      self[name].flatMap(CalendarDate.init(parsing:))
    }

    /// The `severity` attribute, if present.
    var severity: Severity? { self["severity"].flatMap(Severity.init(rawValue:)) }

    /// The element read as an instrument (`instrument`, `endedBy`).
    func instrument() -> LegalInstrument {
      LegalInstrument(
        type: self["type"].flatMap(InstrumentType.init(rawValue:)) ?? .letter, number: self["number"] ?? "",
        date: date("date") ?? FormatBounds.firstDate, inForce: date("inForce"),
        article: text("article", "articleEn"),
        confidence: self["confidence"].flatMap(SourceConfidence.init(rawValue:)) ?? .seen)
    }
  }
}
