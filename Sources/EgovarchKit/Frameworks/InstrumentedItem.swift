/// An item of a framework that rests on legal instruments: a component requirement, a link
/// requirement or the roadmap advice, whose severity and basis the loader derives from them.
protocol InstrumentedItem {
  /// The severity of its findings.
  var severity: Severity { get set }
  /// Its basis, as findings quote it.
  var basis: LocalizedText { get set }
  /// The instruments it rests on.
  var instruments: [LegalInstrument] { get }
}

extension ComponentRequirement: InstrumentedItem {}
extension LinkRequirement: InstrumentedItem {}
extension RoadmapExpectation: InstrumentedItem {}
