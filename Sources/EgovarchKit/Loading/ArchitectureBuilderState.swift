import EgovarchXML

/// The model being built by `ArchitectureBuilder`, and the methods that build it.
///
/// A struct changed through `mutating` methods, so that the many small updates of a large
/// model pay for one exclusivity check per event rather than one per property access.
struct ArchitectureBuilderState {
  private typealias Name = ArchitectureVocabulary

  private(set) var architecture: Architecture?
  /// Whether `architecture` is set (cheaper to ask than comparing the model with `nil`).
  private var hasArchitecture = false
  /// The vocabulary numbers of the open elements of the model (-1 for unknown names).
  private var path: [Int] = []
  private var ignoredDepth = 0
  /// The dependencies of the component being read, stored when it ends (at their exact size).
  private var dependencies: [Dependency] = []

  mutating func startElement(_ element: XMLElementStart) -> Bool {
    guard ignoredDepth == 0, element.namespace == Name.namespace.rawValue,
      path.isEmpty ? element.name == Name.architecture.rawValue : hasArchitecture
    else {
      ignoredDepth += 1
      return false
    }
    let parent = path.last.flatMap(Name.init(rawValue:))
    let name = Name(rawValue: element.name)
    path.append(element.name)
    let position = SourcePosition(
      line: element.position.line, column: element.position.column,
      end: (element.end.line, element.end.column))
    switch (parent, name) {
    case (nil, .architecture?):
      architecture = Architecture(
        id: element.value(Name.id.rawValue) ?? "", province: element.value(Name.province.rawValue) ?? "",
        framework: element.value(Name.framework.rawValue) ?? "", edition: element.value(Name.edition.rawValue),
        decision: element.value(Name.decision.rawValue),
        approved: element.value(Name.approved.rawValue).flatMap(CalendarDate.init(parsing:)),
        asOf: element.value(Name.asOf.rawValue).flatMap(CalendarDate.init(parsing:)), position: position)
      hasArchitecture = true
    case (.architecture?, .title?), (.architecture?, .description?), (.component?, .description?):
      return true
    case (.phase?, .task?):
      appendTask(element, position)
      return true
    case (.components?, .component?):
      architecture?.components.append(
        Component(
          id: element.value(Name.id.rawValue) ?? "", kind: element.sharedValue(Name.kind.rawValue) ?? "",
          name: element.value(Name.name.rawValue) ?? "",
          layer: element.value(Name.layer.rawValue).flatMap(Layer.init),
          scope: element.value(Name.scope.rawValue).flatMap(Scope.init) ?? .provincial,
          status: element.value(Name.status.rawValue).flatMap(ComponentStatus.init) ?? .planned,
          owner: element.sharedValue(Name.owner.rawValue),
          securityLevel: element.value(Name.securityLevel.rawValue)?.integer(in: FormatBounds.securityLevels),
          position: position))
    case (.component?, .dependsOn?):
      guard let ref = element.value(Name.ref.rawValue), architecture?.components.isEmpty == false
      else { break }
      dependencies.append(
        Dependency(
          reference: ComponentReference(parsing: ref),
          type: element.value(Name.type.rawValue).flatMap(DependencyType.init) ?? .uses,
          status: element.value(Name.status.rawValue).flatMap(Self.linkStatus),
          from: element.value(Name.from.rawValue).flatMap(YearOrDate.init(parsing:)), position: position))
    case (.architecture?, .roadmap?):
      architecture?.roadmap = Roadmap(until: element.value(Name.until.rawValue).flatMap(Self.year), position: position)
    case (.roadmap?, .phase?):
      architecture?.roadmap?.phases.append(
        Phase(
          number: element.value(Name.number.rawValue)?.integer(in: FormatBounds.phaseNumbers) ?? 0,
          start: element.value(Name.start.rawValue).flatMap(Self.year) ?? 0,
          end: element.value(Name.end.rawValue).flatMap(Self.year), title: element.value(Name.title.rawValue),
          budget: element.value(Name.budget.rawValue)?.finiteNumber(upTo: FormatBounds.largestAmount),
          budgetSource: element.sharedValue(Name.budgetSource.rawValue), position: position))
    case (.indicators?, .indicator?):
      architecture?.indicators.append(
        Indicator(
          id: element.value(Name.id.rawValue) ?? "", name: element.value(Name.name.rawValue),
          unit: element.value(Name.unit.rawValue).flatMap(IndicatorUnit.init) ?? .percent,
          direction: element.value(Name.direction.rawValue).flatMap(IndicatorDirection.init) ?? .atLeast,
          target: element.value(Name.target.rawValue).flatMap(IndicatorValue.init(parsing:)),
          actual: element.value(Name.actual.rawValue).flatMap(IndicatorValue.init(parsing:)),
          measured: element.value(Name.measured.rawValue).flatMap(CalendarDate.init(parsing:)),
          deadline: element.value(Name.deadline.rawValue).flatMap(CalendarDate.init(parsing:)),
          source: element.value(Name.source.rawValue), component: element.sharedValue(Name.component.rawValue),
          position: position))
    case (.indicator?, .measurement?):
      appendMeasurement(element, position)
    case (.suppressions?, .suppress?):
      architecture?.suppressions.append(
        Suppression(
          rule: element.value(Name.rule.rawValue) ?? "", component: element.sharedValue(Name.component.rawValue),
          reason: element.value(Name.reason.rawValue) ?? "", position: position))
    default:
      break
    }
    return false
  }

  mutating func endElement(text: String?) {
    if ignoredDepth > 0 {
      ignoredDepth -= 1
      return
    }
    let name = path.popLast().flatMap(Name.init(rawValue:))
    switch (path.last.flatMap(Name.init(rawValue:)), name) {
    case (_, .component?): storeDependencies()
    case (.architecture?, .components?): architecture?.components.shrinkToFit()
    case (.roadmap?, .phase?):
      if let phase = architecture?.roadmap?.phases.indices.last {
        architecture?.roadmap?.phases[phase].tasks.shrinkToFit()
      }
    default: break
    }
    guard let text, hasArchitecture else { return }
    let cleaned = text.collapsingWhitespace()
    switch (path.last.flatMap(Name.init(rawValue:)), name) {
    case (.architecture?, .title?): architecture?.title = cleaned
    case (.architecture?, .description?): architecture?.description = cleaned
    case (.component?, .description?):
      if let last = architecture?.components.indices.last {
        architecture?.components[last].description = cleaned
      }
    case (.phase?, .task?):
      if let phase = architecture?.roadmap?.phases.indices.last,
        let task = architecture?.roadmap?.phases[phase].tasks.indices.last
      {
        architecture?.roadmap?.phases[phase].tasks[task].text = cleaned.isEmpty ? nil : cleaned
      }
    default: break
    }
  }

  /// Gives the dependencies read since the last `component` element ended to the last
  /// component declared, as if each had been appended when read.
  private mutating func storeDependencies() {
    guard !dependencies.isEmpty, let last = architecture?.components.indices.last else { return }
    if architecture?.components[last].dependencies.isEmpty == true {
      // A new buffer of exactly this size: the scratch buffer itself has the capacity of the
      // component with the most dependencies so far.
      let count = dependencies.count
      architecture?.components[last].dependencies = [Dependency](unsafeUninitializedCapacity: count) {
        buffer, initialized in
        _ = buffer.initialize(from: dependencies)
        initialized = count
      }
    } else {
      architecture?.components[last].dependencies += dependencies
    }
    dependencies.removeAll(keepingCapacity: true)
  }

  private mutating func appendTask(_ element: XMLElementStart, _ position: SourcePosition) {
    guard let phase = architecture?.roadmap?.phases.indices.last else { return }
    architecture?.roadmap?.phases[phase].tasks.append(
      RoadmapTask(
        action: element.value(Name.action.rawValue).flatMap(TaskAction.init) ?? .build,
        component: element.value(Name.component.rawValue),
        status: element.value(Name.status.rawValue).flatMap(TaskStatus.init) ?? .notStarted,
        owner: element.sharedValue(Name.owner.rawValue),
        budget: element.value(Name.budget.rawValue)?.finiteNumber(upTo: FormatBounds.largestAmount),
        id: element.value(Name.id.rawValue),
        budgetSource: element.sharedValue(Name.budgetSource.rawValue),
        start: element.value(Name.start.rawValue).flatMap(Self.yearOrDate),
        due: element.value(Name.due.rawValue).flatMap(Self.yearOrDate), position: position))
  }

  /// A year or a day (`YearOrDate`), white space at both ends ignored as the schema does;
  /// anything else (a schema error) reads as absent.
  private static func yearOrDate(_ text: String) -> YearOrDate? {
    YearOrDate(parsing: text.trimmingCharacters(in: String.xmlWhitespace))
  }

  /// Adds a `measurement` to the last indicator; one without a valid date or value (a schema
  /// error) is left out, as an unparsable `actual` is.
  private mutating func appendMeasurement(_ element: XMLElementStart, _ position: SourcePosition) {
    guard let indicator = architecture?.indicators.indices.last,
      let date = element.value(Name.date.rawValue).flatMap(CalendarDate.init(parsing:)),
      let value = element.value(Name.value.rawValue).flatMap(IndicatorValue.init(parsing:))
    else { return }
    architecture?.indicators[indicator].measurements.append(
      IndicatorMeasurement(date: date, value: value, position: position))
  }

  /// The status of a link: any status but `retired` (a schema error, read as absent).
  private static func linkStatus(_ text: String) -> ComponentStatus? {
    ComponentStatus(rawValue: text).flatMap { $0 == .retired ? nil : $0 }
  }

  /// A year within the schema's range; a year beyond it (a schema error) reads as absent.
  private static func year(_ text: String) -> Int? {
    text.integer(in: FormatBounds.years)
  }
}
