extension Analysis {
  /// How messages name the component `id`: its name, then its id (`Component.term`) when the
  /// model has it, else the id alone, quoted ("'lgps'").
  public func term(ofComponent id: String) -> LocalizedText {
    if let index = graph.indexByID[id] { return graph.components[index].term }
    return LocalizedText(en: "'\(id)'", vi: "'\(id)'")
  }

  /// How messages name what a `dependsOn` points at: a component by `term(ofComponent:)`, a
  /// national system by its catalogue name, then the reference ("Nền tảng tích hợp, chia sẻ dữ
  /// liệu quốc gia (NGSP, NDXP) ('national:ngsp')"); the reference alone, quoted, when the
  /// framework is unknown or does not have the system.
  public func term(of reference: ComponentReference) -> LocalizedText {
    switch reference {
    case .component(let id): return term(ofComponent: id)
    case .national(let id):
      if let framework { return framework.nationalTerm(id) }
      let quoted = "'\(reference.description)'"
      return LocalizedText(en: quoted, vi: quoted)
    }
  }
}
