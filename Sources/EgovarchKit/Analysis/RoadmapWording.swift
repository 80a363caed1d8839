/// The words the roadmap rules and the roadmap diagram share: phase labels, task names and kind
/// names in both languages.
enum RoadmapWording {
  /// The longest task description quoted in a message, in characters.
  static let taskTextLimit = 40

  /// "phase 2 (2020–2021)" / "giai đoạn 2 (2020–2021)", with the number as written.
  static func phase(_ phase: RoadmapSchedule.ScheduledPhase) -> LocalizedText {
    LocalizedText(
      en: "phase \(phase.phase.number) (\(phase.yearRange))",
      vi: "giai đoạn \(phase.phase.number) (\(phase.yearRange))")
  }

  /// How a task is named in messages: its action and component ("build lgsp"), else the start
  /// of its text, else its action alone.
  static func task(_ task: RoadmapTask) -> LocalizedText {
    let verb = action(task.action)
    if let component = task.component {
      return LocalizedText(en: "\(verb.english) \(component)", vi: "\(verb.vietnamese) \(component)")
    }
    if let text = task.text.map(excerpt), !text.isEmpty {
      return LocalizedText(en: text, vi: text)
    }
    return verb
  }

  /// The verb of `action` in both languages.
  static func action(_ action: TaskAction) -> LocalizedText {
    switch action {
    case .build: return LocalizedText(en: "build", vi: "xây dựng")
    case .upgrade: return LocalizedText(en: "upgrade", vi: "nâng cấp")
    case .integrate: return LocalizedText(en: "integrate", vi: "tích hợp")
    case .operate: return LocalizedText(en: "operate", vi: "vận hành")
    case .train: return LocalizedText(en: "train", vi: "đào tạo")
    case .consult: return LocalizedText(en: "consult", vi: "tư vấn")
    case .policy: return LocalizedText(en: "policy", vi: "chính sách")
    }
  }

  /// The name of the kind `id` in the framework's catalogue, starting in lower case so that it
  /// reads inside a sentence ("provincial data centre", but "LGSP" stays as it is); the id itself
  /// when there is no framework or the catalogue does not have it.
  static func kindName(_ id: String, in framework: Framework?) -> LocalizedText {
    guard let name = framework?.kind(id)?.name else { return LocalizedText(en: id, vi: id) }
    return LocalizedText(en: lowercasedStart(name.english), vi: lowercasedStart(name.vietnamese))
  }

  /// The first `taskTextLimit` characters of `text` on one line, cut at a word and ended with
  /// `…` when longer.
  private static func excerpt(_ text: String) -> String {
    let words = text.split(whereSeparator: \.isWhitespace)
    let line = words.joined(separator: " ")
    guard line.count > taskTextLimit else { return line }
    var cut = String(line.prefix(taskTextLimit))
    if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= taskTextLimit / 2 {
      cut = String(cut[..<space])
    }
    while let last = cut.last, last.isPunctuation || last.isWhitespace { cut.removeLast() }
    return cut + "…"
  }

  /// `text` with its first letter in lower case, unless the second is upper case (an acronym).
  private static func lowercasedStart(_ text: String) -> String {
    guard let first = text.first else { return text }
    let rest = text.dropFirst()
    if let second = rest.first, second.isUppercase { return text }
    return first.lowercased() + rest
  }
}
