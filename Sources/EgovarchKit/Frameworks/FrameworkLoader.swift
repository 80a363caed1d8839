import EgovarchXML

/// Loads framework files: parse, validate against `schemas/framework.xsd`, check consistency.
public enum FrameworkLoader {
  /// The framework file format's schema, compiled once.
  static let schema: CompiledXMLSchema = {
    do {
      return try CompiledXMLSchema(source: EmbeddedSchemas.framework)
    } catch {
      fatalError("egovarch's embedded framework schema does not compile: \(error)")
    }
  }()

  /// Reads and loads the framework file at `path`.
  /// - Throws: `ModelFileError` when it cannot be read, `FrameworkLoadError` when it is invalid.
  public static func load(fileAt path: String) throws -> Framework {
    try load(bytes: ModelFileReader.read(path), path: path)
  }

  /// Loads a framework from `bytes`, naming `path` in problems.
  /// - Throws: `FrameworkLoadError` listing every problem.
  public static func load(bytes: [UInt8], path: String) throws(FrameworkLoadError) -> Framework {
    let builder = FrameworkBuilder()
    let problems = XMLStreamParser.parse(bytes, schema: schema, handler: builder)
    var messages = problems.filter { $0.level == .error }.map { "\(path):\($0.position): \($0.message)" }
    guard messages.isEmpty, let header = builder.header else {
      throw FrameworkLoadError(problems: messages.isEmpty ? ["\(path):1:1: not a framework file"] : messages)
    }
    messages += consistencyProblems(builder).map { "\(path):\($0.position): \($0.message)" }
    guard messages.isEmpty else { throw FrameworkLoadError(problems: messages) }
    return Framework(
      id: header.id, name: header.name,
      basis: header.basis ?? LegalInstrument.citation(of: builder.frameworkInstruments),
      kinds: builder.kinds.map(\.kind),
      requiredComponents: builder.components.map { finished($0, default: .error) },
      requiredLinks: builder.links.map { finished($0, default: .error) },
      // Roadmap advice is advice: at most a warning unless the file says otherwise.
      roadmap: builder.roadmap.map { finished($0, default: .warning, atMost: .warning) },
      issued: header.issued, instruments: builder.frameworkInstruments,
      period: InForcePeriod(since: header.period.since ?? header.issued, until: header.period.until),
      successor: builder.successor)
  }

  /// `located`'s item with the severity the file gives, else the force of its instruments (at
  /// most `limit`), else `fallback`; and, when it has instruments, their citations as its basis.
  private static func finished<Item: InstrumentedItem>(
    _ located: FrameworkBuilder.Located<Item>, default fallback: Severity, atMost limit: Severity = .error
  ) -> Item {
    var item = located.item
    item.severity = located.severity ?? min(LegalInstrument.force(of: item.instruments) ?? fallback, limit)
    if !item.instruments.isEmpty { item.basis = LegalInstrument.citation(of: item.instruments) }
    return item
  }

  private static func consistencyProblems(_ builder: FrameworkBuilder) -> [(position: SourcePosition, message: String)]
  {
    var problems: [(SourcePosition, String)] = builder.numberProblems + builder.periodProblems
    if builder.header?.basis == nil && builder.frameworkInstruments.isEmpty {
      problems.append(
        (SourcePosition(line: 1, column: 1), "the framework has no basis: give 'basis' or instrument elements"))
    }
    func checkBasis<Item: InstrumentedItem>(_ located: FrameworkBuilder.Located<Item>, what: String) {
      let instruments = located.item.instruments
      if instruments.isEmpty && !located.hasBasisText {
        problems.append((located.position, "\(what) has no basis: give 'basis' and 'basisEn' or instrument elements"))
      }
      if let severity = located.severity, let force = LegalInstrument.force(of: instruments), severity > force {
        problems.append(
          (
            located.position,
            "\(what) has severity '\(severity.rawValue)' but its instruments support at most '\(force.rawValue)'"
          ))
      }
    }
    for located in builder.components { checkBasis(located, what: "the requirement of '\(located.item.kind)'") }
    for located in builder.links {
      checkBasis(located, what: "the link from '\(located.item.from)' to '\(located.item.to.description)'")
    }
    if let roadmap = builder.roadmap { checkBasis(roadmap, what: "the roadmap advice") }
    var kinds: [String: ComponentKind] = [:]
    // Every kind id, declared before or after: `through` may name a later kind.
    let declared = Set(builder.kinds.map(\.kind.id))
    for (kind, position) in builder.kinds {
      if kinds[kind.id] != nil { problems.append((position, "kind '\(kind.id)' is declared twice")) }
      kinds[kind.id] = kind
      if let through = kind.through, !declared.contains(through) {
        problems.append((position, "kind '\(kind.id)' is reached through '\(through)', which is not in the catalogue"))
      }
    }
    func check(_ reference: String, at position: SourcePosition) {
      let target = ComponentReference(parsing: reference)
      switch target {
      case .component(let id) where kinds[id] == nil:
        problems.append((position, "'\(id)' is not a kind of the catalogue"))
      case .national(let id) where kinds[id]?.isNational != true:
        problems.append((position, "'\(reference)' is not a national system of the catalogue"))
      default: break
      }
    }
    for located in builder.components { check(located.item.kind, at: located.position) }
    let substitutes = builder.components.flatMap { located in located.item.substitutes.map { (located.item.kind, $0) } }
    for ((required, substitute), position) in zip(substitutes, builder.substitutePositions) {
      check(substitute.kind, at: position)
      if substitute.kind == required {
        problems.append((position, "'\(required)' cannot satisfy its own requirement"))
      }
    }
    for (requirement, position) in builder.links.map({ ($0.item, $0.position) }) {
      check(requirement.from, at: position)
      check(requirement.to.description, at: position)
      if let via = requirement.via { check(via, at: position) }
    }
    let alternatives = builder.links.flatMap(\.item.alternatives)
    for (alternative, position) in zip(alternatives, builder.alternativePositions) {
      check(alternative.to.description, at: position)
    }
    for (kind, position) in zip(builder.roadmap?.item.earlyKinds ?? [], builder.earlyPositions) {
      check(kind, at: position)
    }
    return problems
  }
}
