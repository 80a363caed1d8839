import EgovarchXML

/// Builds a `Framework` from the parser's events and records each item's position, so that
/// consistency problems (an unknown kind in a requirement) can be located.
final class FrameworkBuilder: XMLEventHandler {
  private(set) var header: (id: String, name: LocalizedText, basis: LocalizedText)?
  private(set) var kinds: [(kind: ComponentKind, position: SourcePosition)] = []
  private(set) var components: [(requirement: ComponentRequirement, position: SourcePosition)] = []
  private(set) var links: [(requirement: LinkRequirement, position: SourcePosition)] = []
  private(set) var roadmap: RoadmapExpectation?
  private(set) var earlyPositions: [SourcePosition] = []
  /// Numbers the builder could not read within the format's bounds, with where they are: the
  /// loader refuses the file rather than read them as a default.
  private(set) var numberProblems: [(position: SourcePosition, message: String)] = []
  private var depth = 0

  func startElement(_ tag: XMLStartTag) -> Bool {
    depth += 1
    guard tag.namespaceURI == FrameworkNamespace.uri else { return false }
    let position = SourcePosition(line: tag.position.line, column: tag.position.column)
    func text(_ vietnamese: String, _ english: String) -> LocalizedText {
      let vi = tag.attribute(vietnamese) ?? ""
      return LocalizedText(en: tag.attribute(english) ?? vi, vi: vi)
    }
    let severity = tag.attribute("severity").flatMap(Severity.init(rawValue:))
    func number(_ attribute: String, in range: ClosedRange<Int>) -> Int? {
      guard let text = tag.attribute(attribute) else { return nil }
      guard let value = text.integer(in: range) else {
        numberProblems.append(
          (
            position,
            "attribute '\(attribute)': '\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)"
          ))
        return nil
      }
      return value
    }
    switch (depth, tag.localName) {
    case (1, "framework"):
      let name = LocalizedText(en: tag.attribute("nameEn") ?? "", vi: tag.attribute("name") ?? "")
      header = (tag.attribute("id") ?? "", name, text("basis", "basisEn"))
    case (3, "kind"):
      kinds.append(
        (
          ComponentKind(
            id: tag.attribute("id") ?? "", layer: tag.attribute("layer").flatMap(Layer.init) ?? .applications,
            scope: tag.attribute("scope").flatMap(Scope.init) ?? .provincial,
            name: LocalizedText(en: tag.attribute("en") ?? "", vi: tag.attribute("vi") ?? ""),
            available: number("available", in: FormatBounds.years), through: tag.attribute("through")),
          position
        ))
    case (3, "component"):
      components.append(
        (
          ComponentRequirement(
            kind: tag.attribute("kind") ?? "", severity: severity ?? .error, basis: text("basis", "basisEn")),
          position
        ))
    case (3, "link"):
      links.append(
        (
          LinkRequirement(
            from: tag.attribute("from") ?? "", to: ComponentReference(parsing: tag.attribute("to") ?? ""),
            via: tag.attribute("via"), type: tag.attribute("type").flatMap(DependencyType.init) ?? .uses,
            severity: severity ?? .error, basis: text("basis", "basisEn")),
          position
        ))
    case (2, "roadmap"):
      roadmap = RoadmapExpectation(
        phaseCount: number("phases", in: FormatBounds.phaseNumbers) ?? FormatBounds.phaseNumbers.lowerBound,
        earlyKinds: [],
        severity: severity ?? .warning, basis: text("basis", "basisEn"))
    case (3, "early"):
      roadmap?.earlyKinds.append(tag.attribute("kind") ?? "")
      earlyPositions.append(position)
    default:
      break
    }
    return false
  }

  func endElement(text: String?) {
    depth -= 1
  }
}
