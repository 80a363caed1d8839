/// The phrases of `egovarch frameworks` shared by its text, Markdown and JSON: periods,
/// citations, successors, substitutes, alternatives and links, in both languages.
enum FrameworkCatalogWording {
  /// `frameworks` in the order they took effect (the first day of their period, else the day
  /// they were issued), then by id.
  static func inForceOrder(_ frameworks: some Sequence<Framework>) -> [Framework] {
    frameworks.sorted { left, right in
      let (leftStart, rightStart) = (left.period.since ?? left.issued, right.period.since ?? right.issued)
      if leftStart != rightStart {
        guard let leftStart else { return false }
        guard let rightStart else { return true }
        return leftStart < rightStart
      }
      return left.id < right.id
    }
  }

  /// "since 2021-12-06", "2019-12-31 – 2023-12-28", or "always" when the period is open.
  static func period(_ period: InForcePeriod) -> LocalizedText {
    period.phrase ?? Vocabulary.always
  }

  /// The citations of `instruments` joined with "; ", `nil` when there is none.
  static func citations(_ instruments: [LegalInstrument]) -> LocalizedText? {
    instruments.isEmpty ? nil : LegalInstrument.citation(of: instruments)
  }

  /// The successor: "2.0 (NAME) since 2019-12-31; issued by: Decision 2323/QĐ-BTTTT of
  /// 31/12/2019".
  static func successor(_ successor: FrameworkSuccessor) -> LocalizedText {
    let since = period(InForcePeriod(since: successor.since))
    let text = each { "\(successor.id) (\(successor.name.text(in: $0))) \(since.text(in: $0))" }
    return labelled(text, Vocabulary.issuedBy, citations(successor.instruments))
  }

  /// A kind that also satisfies a requirement: "shared cloud computing platform ('cloud') since
  /// 2020-04-03; basis: Official letter 1145/BTTTT-CATTT of 03/04/2020".
  static func substitute(_ substitute: KindSubstitute, in framework: Framework) -> LocalizedText {
    let kind = framework.kindTerm(substitute.kind)
    return labelled(
      join(kind, substitute.period.phrase, separator: " "), Vocabulary.basis, citations(substitute.instruments))
  }

  /// Another target that meets a link requirement, as `substitute(_:in:)` words a kind.
  static func alternative(_ alternative: LinkAlternative, in framework: Framework) -> LocalizedText {
    let kind: String
    switch alternative.to {
    case .component(let id), .national(let id): kind = id
    }
    let target = framework.kindTerm(kind, shownAs: alternative.to.description)
    return labelled(
      join(target, alternative.period.phrase, separator: " "), Vocabulary.basis, citations(alternative.instruments))
  }

  /// "lgsp → national:ngsp", with " via lgsp" / " đi qua lgsp" when the link must pass a
  /// platform.
  static func link(_ link: LinkRequirement) -> LocalizedText {
    let path = "\(link.from) → \(link.to.description)"
    guard let via = link.via else { return each { _ in path } }
    return each { "\(path) \(Vocabulary.via.text(in: $0)) \(via)" }
  }

  /// A national system's availability: "available from 2019, reached through lgsp", `nil` when
  /// the catalogue gives neither.
  static func availability(_ kind: ComponentKind) -> LocalizedText? {
    var parts: [LocalizedText] = []
    if let year = kind.available {
      parts.append(join(Vocabulary.available, Vocabulary.from(year: year), separator: " "))
    }
    if let through = kind.through {
      parts.append(each { "\(Vocabulary.reachedThrough.text(in: $0)) \(through)" })
    }
    return parts.isEmpty ? nil : join(parts, separator: ", ")
  }

  /// The instruments a framework cites anywhere (the framework, its successor, its national
  /// systems, requirements, substitutes, alternatives, the instruments that ended them and the
  /// roadmap advice), each once whatever article or confidence a citation gives, by date and
  /// then number.
  static func instruments(of framework: Framework) -> [LegalInstrument] {
    var all = framework.instruments + (framework.successor?.instruments ?? [])
    all += framework.kinds.flatMap(\.instruments)
    for requirement in framework.requiredComponents {
      all += requirement.instruments + requirement.substitutes.flatMap(\.instruments)
      if let endedBy = requirement.endedBy { all.append(endedBy) }
    }
    for requirement in framework.requiredLinks {
      all += requirement.instruments + requirement.alternatives.flatMap(\.instruments)
      if let endedBy = requirement.endedBy { all.append(endedBy) }
    }
    all += framework.roadmap?.instruments ?? []
    var seen: Set<String> = []
    var distinct: [LegalInstrument] = []
    for instrument in all {
      let bare = LegalInstrument(
        type: instrument.type, number: instrument.number, date: instrument.date, inForce: instrument.inForce)
      if seen.insert("\(bare.type.rawValue) \(bare.number) \(bare.date)").inserted { distinct.append(bare) }
    }
    return distinct.sorted { ($0.date, $0.number) < ($1.date, $1.number) }
  }

  /// "no built-in framework '9.9': the built-in frameworks are 1.0, 2.0".
  static func unknownFramework(_ id: String, known: [String]) -> LocalizedText {
    let list = known.joined(separator: ", ")
    return LocalizedText(
      en: "no built-in framework '\(id)': the built-in frameworks are \(list)",
      vi: "không có khung kiến trúc có sẵn '\(id)': các khung kiến trúc có sẵn là \(list)")
  }

  /// `text`, then "; LABEL: VALUE" when there is a value.
  static func labelled(_ text: LocalizedText, _ label: LocalizedText, _ value: LocalizedText?) -> LocalizedText {
    guard let value else { return text }
    return each { "\(text.text(in: $0)); \(label.text(in: $0)): \(value.text(in: $0))" }
  }

  /// The text `build` writes in each language.
  static func each(_ build: (Language) -> String) -> LocalizedText {
    LocalizedText(en: build(.english), vi: build(.vietnamese))
  }

  /// The texts that are there, joined with `separator`.
  static func join(_ texts: LocalizedText?..., separator: String) -> LocalizedText {
    join(texts.compactMap { $0 }, separator: separator)
  }

  /// `texts` joined with `separator`.
  static func join(_ texts: [LocalizedText], separator: String) -> LocalizedText {
    LocalizedText(
      en: texts.map(\.english).joined(separator: separator), vi: texts.map(\.vietnamese).joined(separator: separator))
  }
}
