import EgovarchXML

/// Builds a `Framework` from the parser's events and records each item's position, so that
/// consistency problems (an unknown kind in a requirement) can be located.
///
/// Instruments, substitutes and `endedBy` are children of the item they date: the builder keeps
/// the element path and attaches each to the last item of its parent's kind.
final class FrameworkBuilder: XMLEventHandler {
  /// The root's attributes.
  struct Header {
    var id: String
    var name: LocalizedText
    /// The `basis`/`basisEn` text, `nil` when absent.
    var basis: LocalizedText?
    var issued: CalendarDate?
    var period: InForcePeriod
  }

  /// An item with the severity the file gives (`nil`: derived) and where it is.
  struct Located<Item> {
    var item: Item
    var severity: Severity?
    /// Whether the file gives a `basis` text.
    var hasBasisText: Bool
    var position: SourcePosition
  }

  private(set) var header: Header?
  private(set) var frameworkInstruments: [LegalInstrument] = []
  private(set) var successor: FrameworkSuccessor?
  private(set) var kinds: [(kind: ComponentKind, position: SourcePosition)] = []
  private(set) var components: [Located<ComponentRequirement>] = []
  private(set) var substitutePositions: [SourcePosition] = []
  private(set) var links: [Located<LinkRequirement>] = []
  private(set) var alternativePositions: [SourcePosition] = []
  private(set) var roadmap: Located<RoadmapExpectation>?
  private(set) var earlyPositions: [SourcePosition] = []
  /// Numbers the builder could not read within the format's bounds, with where they are: the
  /// loader refuses the file rather than read them as a default.
  private(set) var numberProblems: [(position: SourcePosition, message: String)] = []
  /// Periods whose end comes before their start.
  private(set) var periodProblems: [(position: SourcePosition, message: String)] = []
  private var path: [String] = []

  func startElement(_ tag: XMLStartTag) -> Bool {
    path.append(tag.namespaceURI == FrameworkNamespace.uri ? tag.localName : "")
    guard tag.namespaceURI == FrameworkNamespace.uri else { return false }
    let position = SourcePosition(line: tag.position.line, column: tag.position.column)
    let reader = AttributeReader(tag: tag, position: position)
    switch path {
    case ["framework"]:
      header = Header(
        id: reader["id"] ?? "", name: LocalizedText(en: reader["nameEn"] ?? "", vi: reader["name"] ?? ""),
        basis: reader.text("basis", "basisEn"), issued: reader.date("issued"), period: period(reader))
    case ["framework", "instrument"]:
      frameworkInstruments.append(reader.instrument())
    case ["framework", "successor"]:
      successor = FrameworkSuccessor(
        id: reader["id"] ?? "",
        name: LocalizedText(en: reader["nameEn"] ?? reader["name"] ?? "", vi: reader["name"] ?? ""),
        since: reader.date("since") ?? FormatBounds.firstDate, instruments: [])
    case ["framework", "successor", "instrument"]:
      successor?.instruments.append(reader.instrument())
    case ["framework", "catalogue", "kind"]:
      kinds.append(
        (
          ComponentKind(
            id: reader["id"] ?? "", layer: reader["layer"].flatMap(Layer.init) ?? .applications,
            scope: reader["scope"].flatMap(Scope.init) ?? .provincial,
            name: LocalizedText(en: reader["en"] ?? "", vi: reader["vi"] ?? ""),
            available: number(reader, "available", in: FormatBounds.years), through: reader["through"],
            period: period(reader)),
          position
        ))
    case ["framework", "catalogue", "kind", "instrument"]:
      if !kinds.isEmpty { kinds[kinds.count - 1].kind.instruments.append(reader.instrument()) }
    case ["framework", "requirements", "component"]:
      components.append(
        Located(
          item: ComponentRequirement(
            kind: reader["kind"] ?? "", basis: reader.text("basis", "basisEn") ?? LocalizedText(en: "", vi: ""),
            period: period(reader)),
          severity: reader.severity, hasBasisText: reader.text("basis", "basisEn") != nil, position: position))
    case ["framework", "requirements", "component", "instrument"]:
      if !components.isEmpty { components[components.count - 1].item.instruments.append(reader.instrument()) }
    case ["framework", "requirements", "component", "satisfiedBy"]:
      if !components.isEmpty {
        components[components.count - 1].item.substitutes.append(
          KindSubstitute(kind: reader["kind"] ?? "", period: period(reader)))
        substitutePositions.append(position)
      }
    case ["framework", "requirements", "component", "satisfiedBy", "instrument"]:
      if let last = components.indices.last, !components[last].item.substitutes.isEmpty {
        let substitute = components[last].item.substitutes.count - 1
        components[last].item.substitutes[substitute].instruments.append(reader.instrument())
      }
    case ["framework", "requirements", "component", "endedBy"]:
      if !components.isEmpty { components[components.count - 1].item.endedBy = reader.instrument() }
    case ["framework", "requirements", "link"]:
      links.append(
        Located(
          item: LinkRequirement(
            from: reader["from"] ?? "", to: ComponentReference(parsing: reader["to"] ?? ""), via: reader["via"],
            type: reader["type"].flatMap(DependencyType.init) ?? .uses,
            basis: reader.text("basis", "basisEn") ?? LocalizedText(en: "", vi: ""), period: period(reader)),
          severity: reader.severity, hasBasisText: reader.text("basis", "basisEn") != nil, position: position))
    case ["framework", "requirements", "link", "instrument"]:
      if !links.isEmpty { links[links.count - 1].item.instruments.append(reader.instrument()) }
    case ["framework", "requirements", "link", "alternative"]:
      if !links.isEmpty {
        links[links.count - 1].item.alternatives.append(
          LinkAlternative(to: ComponentReference(parsing: reader["to"] ?? ""), period: period(reader)))
        alternativePositions.append(position)
      }
    case ["framework", "requirements", "link", "alternative", "instrument"]:
      if let last = links.indices.last, !links[last].item.alternatives.isEmpty {
        let alternative = links[last].item.alternatives.count - 1
        links[last].item.alternatives[alternative].instruments.append(reader.instrument())
      }
    case ["framework", "requirements", "link", "endedBy"]:
      if !links.isEmpty { links[links.count - 1].item.endedBy = reader.instrument() }
    case ["framework", "roadmap"]:
      roadmap = Located(
        item: RoadmapExpectation(
          phaseCount: number(reader, "phases", in: FormatBounds.phaseNumbers), earlyKinds: [],
          basis: reader.text("basis", "basisEn") ?? LocalizedText(en: "", vi: ""), period: period(reader)),
        severity: reader.severity, hasBasisText: reader.text("basis", "basisEn") != nil, position: position)
    case ["framework", "roadmap", "instrument"]:
      roadmap?.item.instruments.append(reader.instrument())
    case ["framework", "roadmap", "early"]:
      roadmap?.item.earlyKinds.append(reader["kind"] ?? "")
      earlyPositions.append(position)
    default:
      break
    }
    return false
  }

  func endElement(text: String?) {
    path.removeLast()
  }

  private func number(_ reader: AttributeReader, _ attribute: String, in range: ClosedRange<Int>) -> Int? {
    guard let text = reader[attribute] else { return nil }
    guard let value = text.integer(in: range) else {
      numberProblems.append(
        (
          reader.position,
          "attribute '\(attribute)': '\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)"
        ))
      return nil
    }
    return value
  }

  private func period(_ reader: AttributeReader) -> InForcePeriod {
    let period = InForcePeriod(since: reader.date("since"), until: reader.date("until"))
    if let since = period.since, let until = period.until, until < since {
      periodProblems.append((reader.position, "the period ends on \(until), before it starts on \(since)"))
    }
    return period
  }
}
