extension TaskAction {
  /// The name of this task action (a verb: "build", "xây dựng") in both languages, from `Vocabulary`.
  public var term: LocalizedText { Vocabulary.term(rawValue, in: Vocabulary.taskActions) }
}
