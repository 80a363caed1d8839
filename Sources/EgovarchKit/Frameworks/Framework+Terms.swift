extension Framework {
  /// The kind `id` as messages, reports and diagrams name it: "provincial data centre
  /// ('data-centre')" (`Vocabulary.kind`); `shownID` is the id as written, `national:…` for a
  /// national reference.
  public func kindTerm(_ id: String, shownAs shownID: String? = nil, lineBreak: Bool = false) -> LocalizedText {
    let kind = kind(id)
    return Vocabulary.kind(shownID ?? id, name: kind?.name, national: kind?.isNational ?? false, lineBreak: lineBreak)
  }

  /// A component named with its kind: "'dc' (provincial data centre)" (`Vocabulary.component`).
  public func componentTerm(_ component: Component) -> LocalizedText {
    let kind = kind(component.kind)
    return Vocabulary.component(
      component.id, kind: component.kind, name: kind?.name, national: kind?.isNational ?? false)
  }
}
