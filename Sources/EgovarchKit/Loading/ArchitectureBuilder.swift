import EgovarchXML

/// Builds an `Architecture` from the parser's events, one element at a time.
///
/// It is lenient: a value the schema rejects becomes the attribute's default, so that the
/// rules can still look at the rest of the model; the schema findings say what was wrong.
final class ArchitectureBuilder: XMLEventHandler {
  private(set) var architecture: Architecture?
  private var path: [String] = []
  private var ignoredDepth = 0

  func startElement(_ tag: XMLStartTag) -> Bool {
    guard ignoredDepth == 0, tag.namespaceURI == ArchitectureNamespace.uri,
      path.isEmpty ? tag.localName == "architecture" : architecture != nil
    else {
      ignoredDepth += 1
      return false
    }
    let parent = path.last
    path.append(tag.localName)
    let position = SourcePosition(line: tag.position.line, column: tag.position.column)
    switch (parent, tag.localName) {
    case (nil, "architecture"):
      architecture = Architecture(
        id: tag.attribute("id") ?? "", province: tag.attribute("province") ?? "",
        framework: tag.attribute("framework") ?? "", edition: tag.attribute("edition"),
        decision: tag.attribute("decision"),
        approved: tag.attribute("approved").flatMap(CalendarDate.init(parsing:)),
        asOf: tag.attribute("asOf").flatMap(CalendarDate.init(parsing:)), position: position)
    case ("architecture", "title"), ("architecture", "description"), ("component", "description"),
      ("phase", "task"):
      if parent == "phase" { appendTask(tag, position) }
      return true
    case ("components", "component"):
      architecture?.components.append(
        Component(
          id: tag.attribute("id") ?? "", kind: tag.attribute("kind") ?? "",
          name: tag.attribute("name") ?? "", layer: tag.attribute("layer").flatMap(Layer.init),
          scope: tag.attribute("scope").flatMap(Scope.init) ?? .provincial,
          status: tag.attribute("status").flatMap(ComponentStatus.init) ?? .planned,
          owner: tag.attribute("owner"), position: position))
    case ("component", "dependsOn"):
      guard let ref = tag.attribute("ref"), let last = architecture?.components.indices.last
      else { break }
      architecture?.components[last].dependencies.append(
        Dependency(
          reference: ComponentReference(parsing: ref),
          type: tag.attribute("type").flatMap(DependencyType.init) ?? .uses, position: position))
    case ("architecture", "roadmap"):
      architecture?.roadmap = Roadmap(
        until: tag.attribute("until").flatMap(Self.integer), position: position)
    case ("roadmap", "phase"):
      architecture?.roadmap?.phases.append(
        Phase(
          number: tag.attribute("number").flatMap(Self.integer) ?? 0,
          start: tag.attribute("start").flatMap(Self.integer) ?? 0,
          end: tag.attribute("end").flatMap(Self.integer), title: tag.attribute("title"),
          position: position))
    case ("indicators", "indicator"):
      architecture?.indicators.append(
        Indicator(
          id: tag.attribute("id") ?? "", name: tag.attribute("name"),
          unit: tag.attribute("unit").flatMap(IndicatorUnit.init) ?? .percent,
          direction: tag.attribute("direction").flatMap(IndicatorDirection.init) ?? .atLeast,
          target: tag.attribute("target").flatMap(IndicatorValue.init(parsing:)),
          actual: tag.attribute("actual").flatMap(IndicatorValue.init(parsing:)),
          deadline: tag.attribute("deadline").flatMap(CalendarDate.init(parsing:)),
          source: tag.attribute("source"), component: tag.attribute("component"),
          position: position))
    case ("suppressions", "suppress"):
      architecture?.suppressions.append(
        Suppression(
          rule: tag.attribute("rule") ?? "", component: tag.attribute("component"),
          reason: tag.attribute("reason") ?? "", position: position))
    default:
      break
    }
    return false
  }

  func endElement(text: String?) {
    if ignoredDepth > 0 {
      ignoredDepth -= 1
      return
    }
    let name = path.popLast()
    guard let text, architecture != nil else { return }
    let cleaned = Self.collapsingWhitespace(text)
    switch (path.last, name) {
    case ("architecture", "title"): architecture?.title = cleaned
    case ("architecture", "description"): architecture?.description = cleaned
    case ("component", "description"):
      if let last = architecture?.components.indices.last {
        architecture?.components[last].description = cleaned
      }
    case ("phase", "task"):
      if let phase = architecture?.roadmap?.phases.indices.last,
        let task = architecture?.roadmap?.phases[phase].tasks.indices.last
      {
        architecture?.roadmap?.phases[phase].tasks[task].text = cleaned.isEmpty ? nil : cleaned
      }
    default: break
    }
  }

  private func appendTask(_ tag: XMLStartTag, _ position: SourcePosition) {
    guard let phase = architecture?.roadmap?.phases.indices.last else { return }
    architecture?.roadmap?.phases[phase].tasks.append(
      RoadmapTask(
        action: tag.attribute("action").flatMap(TaskAction.init) ?? .build,
        component: tag.attribute("component"),
        status: tag.attribute("status").flatMap(TaskStatus.init) ?? .notStarted,
        owner: tag.attribute("owner"),
        budget: tag.attribute("budget").flatMap { Double($0) }, id: tag.attribute("id"),
        position: position))
  }

  private static func integer(_ text: String) -> Int? {
    Int(text.trimmingCharacters(in: [" ", "\t", "\r", "\n"]))
  }

  private static func collapsingWhitespace(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
