extension Framework {
  /// The kind `id` as messages, reports and diagrams name it: "provincial data centre
  /// ('data-centre')" (`Vocabulary.kind`); `shownID` is the id as written, `national:…` for a
  /// national reference.
  public func kindTerm(_ id: String, shownAs shownID: String? = nil, lineBreak: Bool = false) -> LocalizedText {
    let kind = kind(id)
    return Vocabulary.kind(shownID ?? id, name: kind?.name, national: kind?.isNational ?? false, lineBreak: lineBreak)
  }

  /// A component as messages name it: its own name, then its id (`Component.term`); kept here
  /// so that every message names components the same way, whatever it has at hand.
  public func componentTerm(_ component: Component) -> LocalizedText {
    component.term
  }

  /// A national system by its reference: its name, then the reference as written ("Nền tảng
  /// tích hợp, chia sẻ dữ liệu quốc gia (NGSP, NDXP) ('national:ngsp')"); the reference alone
  /// when the catalogue does not have it.
  public func nationalTerm(_ id: String) -> LocalizedText {
    kindTerm(id, shownAs: ComponentReference.national(id).description)
  }
}
