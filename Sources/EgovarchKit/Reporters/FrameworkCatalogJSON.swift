/// Writes the catalogue of frameworks as one JSON object with a fixed key order
/// (`docs/output-formats.md`): texts in the chosen language, values of the format (types,
/// severities, dates) as the format writes them.
struct FrameworkCatalogJSON {
  /// The language of names, citations and articles.
  let language: Language

  /// The JSON text of `frameworks`, with a trailing newline.
  func render(_ frameworks: [Framework], details: Bool) -> String {
    let document = JSONValue.object([
      ("version", .integer(1)), ("frameworks", .array(frameworks.map { framework($0, details: details) })),
    ])
    return document.rendered() + "\n"
  }

  private func text(_ value: LocalizedText) -> JSONValue { .string(value.text(in: language)) }

  private func date(_ value: CalendarDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }

  private func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

  private func period(_ value: InForcePeriod) -> [(key: String, value: JSONValue)] {
    [("since", date(value.since)), ("until", date(value.until))]
  }

  private func instrument(_ instrument: LegalInstrument) -> JSONValue {
    .object([
      ("type", .string(instrument.type.rawValue)), ("number", .string(instrument.number)),
      ("date", date(instrument.date)), ("inForce", date(instrument.inForce)),
      ("article", instrument.article.map(text) ?? .null), ("confidence", .string(instrument.confidence.rawValue)),
      ("force", .string(instrument.force.rawValue)), ("citation", text(instrument.citation)),
    ])
  }

  private func instruments(_ list: [LegalInstrument]) -> JSONValue { .array(list.map(instrument)) }

  private func kindName(_ id: String, in framework: Framework) -> JSONValue {
    framework.kind(id).map { text($0.name) } ?? .null
  }

  private func kindName(_ reference: ComponentReference, in framework: Framework) -> JSONValue {
    switch reference {
    case .component(let id), .national(let id): return kindName(id, in: framework)
    }
  }

  private func framework(_ framework: Framework, details: Bool) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("id", .string(framework.id)), ("name", text(framework.name)), ("basis", text(framework.basis)),
      ("instruments", instruments(framework.instruments)), ("issued", date(framework.issued)),
    ]
    members += period(framework.period)
    members.append(
      (
        "successor",
        framework.successor.map { successor in
          .object([
            ("id", .string(successor.id)), ("name", text(successor.name)), ("since", date(successor.since)),
            ("instruments", instruments(successor.instruments)),
          ])
        } ?? .null
      ))
    guard details else { return .object(members) }
    members.append(("components", .array(framework.requiredComponents.map { component($0, in: framework) })))
    members.append(("links", .array(framework.requiredLinks.map { link($0, in: framework) })))
    members.append(("roadmap", framework.roadmap.map(roadmap) ?? .null))
    members.append(
      ("nationalSystems", .array(framework.kinds.filter(\.isNational).map(nationalSystem))))
    return .object(members)
  }

  private func component(_ requirement: ComponentRequirement, in framework: Framework) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("kind", .string(requirement.kind)), ("name", kindName(requirement.kind, in: framework)),
      ("severity", .string(requirement.severity.rawValue)), ("basis", text(requirement.basis)),
      ("instruments", instruments(requirement.instruments)),
    ]
    members += period(requirement.period)
    let substitutes = requirement.substitutes.map { substitute in
      JSONValue.object(
        [("kind", .string(substitute.kind)), ("name", kindName(substitute.kind, in: framework))]
          + period(substitute.period) + [("instruments", instruments(substitute.instruments))])
    }
    members.append(("satisfiedBy", .array(substitutes)))
    members.append(("endedBy", requirement.endedBy.map(instrument) ?? .null))
    return .object(members)
  }

  private func link(_ requirement: LinkRequirement, in framework: Framework) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("from", .string(requirement.from)), ("to", .string(requirement.to.description)),
      ("via", optional(requirement.via)), ("type", .string(requirement.type.rawValue)),
      ("severity", .string(requirement.severity.rawValue)), ("basis", text(requirement.basis)),
      ("instruments", instruments(requirement.instruments)),
    ]
    members += period(requirement.period)
    let alternatives = requirement.alternatives.map { alternative in
      JSONValue.object(
        [("to", .string(alternative.to.description)), ("name", kindName(alternative.to, in: framework))]
          + period(alternative.period)
          + [("instruments", instruments(alternative.instruments))])
    }
    members.append(("alternatives", .array(alternatives)))
    members.append(("endedBy", requirement.endedBy.map(instrument) ?? .null))
    return .object(members)
  }

  private func roadmap(_ advice: RoadmapExpectation) -> JSONValue {
    .object(
      [
        ("early", .array(advice.earlyKinds.map(JSONValue.string))),
        ("phases", advice.phaseCount.map(JSONValue.integer) ?? .null),
        ("severity", .string(advice.severity.rawValue)), ("basis", text(advice.basis)),
        ("instruments", instruments(advice.instruments)),
      ] + period(advice.period))
  }

  private func nationalSystem(_ kind: ComponentKind) -> JSONValue {
    .object(
      [
        ("kind", .string(kind.id)), ("reference", .string(ComponentReference.national(kind.id).description)),
        ("name", text(kind.name)), ("layer", .string(kind.layer.rawValue)),
        ("available", kind.available.map(JSONValue.integer) ?? .null), ("through", optional(kind.through)),
        ("instruments", instruments(kind.instruments)),
      ] + period(kind.period))
  }
}
