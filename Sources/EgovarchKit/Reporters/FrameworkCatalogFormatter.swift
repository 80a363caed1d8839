/// Prints the catalogue of frameworks of `egovarch frameworks`: each framework's name, issuing
/// instrument, period in force and successor, and with the details its requirements, roadmap
/// advice and national systems, each with its basis and period; as text, Markdown (the
/// Markdown of `docs/frameworks.md`) or JSON.
public struct FrameworkCatalogFormatter {
  /// The language of the output (names, citations, labels); JSON keys and values of the format
  /// stay in English.
  public var language: Language

  /// Creates a formatter.
  public init(language: Language) {
    self.language = language
  }

  /// `frameworks` in the order they took effect (the first day of their period, else the day
  /// they were issued), then by id.
  public static func inForceOrder(_ frameworks: some Sequence<Framework>) -> [Framework] {
    FrameworkCatalogWording.inForceOrder(frameworks)
  }

  /// The built-in frameworks in the order they took effect.
  public static var builtIn: [Framework] { inForceOrder(BuiltInFrameworks.all.values) }

  /// The message for an id that is not among `known`: "no built-in framework '9.9': the
  /// built-in frameworks are 1.0, 2.0".
  public func unknownFramework(_ id: String, known: [String]) -> String {
    FrameworkCatalogWording.unknownFramework(id, known: known).text(in: language)
  }

  /// The frameworks as text, one block per framework.
  ///
  /// A block is `ID: NAME`, then indented lines: issuing instrument, period in force,
  /// successor. With `details`, each block goes on with its required components, links,
  /// roadmap advice and national systems, and blocks are separated by a blank line.
  public func text(_ frameworks: [Framework], details: Bool) -> String {
    var output = ""
    for (index, framework) in frameworks.enumerated() {
      if details && index > 0 { output += "\n" }
      output += "\(framework.id): \(say(framework.name))\n"
      output += line(2, Vocabulary.issuedBy, framework.basis)
      output += line(2, Vocabulary.inForce, FrameworkCatalogWording.period(framework.period))
      if let successor = framework.successor {
        output += line(2, Vocabulary.replacedBy, FrameworkCatalogWording.successor(successor))
      }
      if details { output += requirementsText(framework) }
    }
    return output
  }

  /// The frameworks as Markdown: a table of the frameworks and, with `details`, a section per
  /// framework.
  public func markdown(_ frameworks: [Framework], details: Bool) -> String {
    FrameworkCatalogMarkdown(language: language).render(frameworks, details: details, document: false)
  }

  /// The document `docs/frameworks.md` (in English): what `markdown(_:details:)` prints with the
  /// details, after a note on how it is made and read.
  public func document(_ frameworks: [Framework]) -> String {
    FrameworkCatalogMarkdown(language: language).render(frameworks, details: true, document: true)
  }

  /// The frameworks as one JSON object (`docs/output-formats.md`): `version` and `frameworks`,
  /// each with its requirements when `details`.
  public func json(_ frameworks: [Framework], details: Bool) -> String {
    FrameworkCatalogJSON(language: language).render(frameworks, details: details)
  }

  private func say(_ text: LocalizedText) -> String { text.text(in: language) }

  /// "LABEL: VALUE" indented by `indent` spaces, with a newline.
  private func line(_ indent: Int, _ label: LocalizedText, _ value: LocalizedText) -> String {
    String(repeating: " ", count: indent) + "\(say(label)): \(say(value))\n"
  }

  /// A section heading at the margin: "required components (12):".
  private func heading(_ label: LocalizedText, _ detail: String) -> String {
    "\(say(label)) (\(detail)):\n"
  }

  private func requirementsText(_ framework: Framework) -> String {
    var output = heading(Vocabulary.requiredComponents, "\(framework.requiredComponents.count)")
    for requirement in framework.requiredComponents {
      let name = framework.kind(requirement.kind).map { Vocabulary.kindName($0.name, national: $0.isNational) }
      output += "  \(requirement.kind) (\(requirement.severity.label(in: language)))"
      output += name.map { ": \(say($0))" } ?? ""
      output += "\n"
      output += line(4, Vocabulary.basis, requirement.basis)
      output += line(4, Vocabulary.inForce, FrameworkCatalogWording.period(requirement.period))
      for substitute in requirement.substitutes {
        output += line(4, Vocabulary.satisfiedBy, FrameworkCatalogWording.substitute(substitute, in: framework))
      }
      if let endedBy = requirement.endedBy { output += line(4, Vocabulary.endedBy, endedBy.citation) }
    }
    output += heading(Vocabulary.requiredLinks, "\(framework.requiredLinks.count)")
    for requirement in framework.requiredLinks {
      output += "  \(say(FrameworkCatalogWording.link(requirement))) "
      output += "(\(say(requirement.type.term)), \(requirement.severity.label(in: language)))\n"
      output += line(4, Vocabulary.basis, requirement.basis)
      output += line(4, Vocabulary.inForce, FrameworkCatalogWording.period(requirement.period))
      for alternative in requirement.alternatives {
        output += line(4, Vocabulary.metByLinkTo, FrameworkCatalogWording.alternative(alternative, in: framework))
      }
      if let endedBy = requirement.endedBy { output += line(4, Vocabulary.endedBy, endedBy.citation) }
    }
    if let roadmap = framework.roadmap {
      output += heading(Vocabulary.roadmapAdvice, roadmap.severity.label(in: language))
      let early = roadmap.earlyKinds.joined(separator: ", ")
      output += line(2, Vocabulary.firstPhase, FrameworkCatalogWording.each { _ in early })
      if let phases = roadmap.phaseCount {
        output += line(2, Vocabulary.phaseCount, FrameworkCatalogWording.each { _ in "\(phases)" })
      }
      output += line(2, Vocabulary.basis, roadmap.basis)
      output += line(2, Vocabulary.inForce, FrameworkCatalogWording.period(roadmap.period))
    }
    let national = framework.kinds.filter(\.isNational)
    output += heading(Vocabulary.nationalSystems, "\(national.count)")
    for kind in national {
      output += "  \(ComponentReference.national(kind.id).description): \(say(kind.name))\n"
      if let availability = FrameworkCatalogWording.availability(kind) { output += "    \(say(availability))\n" }
      if let basis = FrameworkCatalogWording.citations(kind.instruments) { output += line(4, Vocabulary.basis, basis) }
      if let period = kind.period.phrase { output += line(4, Vocabulary.inForce, period) }
    }
    return output
  }
}
