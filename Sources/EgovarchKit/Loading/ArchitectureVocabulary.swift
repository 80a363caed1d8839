/// The element names, attribute names and namespace of the architecture format, numbered for
/// the streaming parser's `XMLElementHandler` interface.
enum ArchitectureVocabulary: Int, CaseIterable {
  // Elements.
  case architecture, title, description, components, component, dependsOn, roadmap, phase, task
  case indicators, indicator, suppressions, suppress
  // Attributes (`component` doubles as an attribute of tasks, indicators and suppressions).
  case id, province, framework, edition, decision, approved, asOf, kind, name, layer, scope, status
  case owner, ref, type, until, number, start, end, action, budget, unit, direction, target, actual
  case deadline, source, rule, reason
  case securityLevel
  // Attributes of format 1.1: a task's dates, a task's or phase's budget source.
  case due, budgetSource
  // Format 1.1: an indicator's dated values.
  case measurement, measured, date, value
  // Attributes of format 1.1 (`from` of dependsOn).
  case from
  // The namespace.
  case namespace

  /// The names in vocabulary order.
  static let names: [String] = allCases.map { $0 == .namespace ? ArchitectureNamespace.uri : "\($0)" }
}
