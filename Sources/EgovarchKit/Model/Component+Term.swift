extension Component {
  /// How messages, reports and diagrams name the component: its name, then its id ("Trung tâm
  /// dữ liệu tỉnh Điện Biên ('dc')"), a long name shortened (`Vocabulary.named`).
  public var term: LocalizedText { Vocabulary.named(name, id: id) }
}
