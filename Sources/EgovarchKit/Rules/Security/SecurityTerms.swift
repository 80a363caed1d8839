/// How the `security/…` rules name components and kinds: through the framework's catalogue
/// when the model's framework is known (`Framework.componentTerm`, `Framework.kindTerm`), by
/// their ids otherwise, since these rules run whatever the framework.
enum SecurityTerms {
  /// `component` by its name with its id after: "Trung tâm dữ liệu tỉnh ('dc')", with or without a
  /// framework.
  static func component(_ component: Component, in framework: Framework?) -> LocalizedText {
    framework?.componentTerm(component) ?? component.term
  }

  /// The kind `id` named from the catalogue: "SOC ('soc')", or "'soc'" without a framework;
  /// `shownID` is the id as written (`national:ncsc`).
  static func kind(_ id: String, shownAs shownID: String? = nil, in framework: Framework?) -> LocalizedText {
    framework?.kindTerm(id, shownAs: shownID) ?? Vocabulary.kind(shownID ?? id, name: nil, national: false)
  }
}
