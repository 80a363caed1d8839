/// How the roadmap rules and the roadmap diagram name a phase and a task, in both languages, with
/// the words of `Vocabulary`.
enum RoadmapWording {
  /// The longest task description quoted in a message, in characters.
  static let taskTextLimit = 40

  /// "phase 2 (2020–2021)" / "giai đoạn 2 (2020–2021)", with the number as written.
  static func phase(_ phase: RoadmapSchedule.ScheduledPhase) -> LocalizedText {
    Vocabulary.phase(phase.phase.number, years: phase.yearRange)
  }

  /// How a task is named in messages: its action and component ("build lgsp"), else the start
  /// of its text, else its action alone.
  static func task(_ task: RoadmapTask) -> LocalizedText {
    let verb = task.action.term
    if let component = task.component {
      return LocalizedText(en: "\(verb.english) \(component)", vi: "\(verb.vietnamese) \(component)")
    }
    if let text = task.text.map(excerpt), !text.isEmpty {
      return LocalizedText(en: text, vi: text)
    }
    return verb
  }

  /// When a task starts or is due, inside a sentence: "on 30 June 2025" / "vào ngày 30/06/2025" for
  /// a day, "in 2025" / "năm 2025" for a year.
  static func when(_ date: YearOrDate) -> LocalizedText {
    switch date {
    case .year(let year): return Vocabulary.in(year: year)
    case .day(let date): return Vocabulary.on(date)
    }
  }

  /// A task's due date as a label: "due 30 June 2025" / "hạn 30/06/2025", "due 2025" / "hạn 2025".
  static func due(_ due: YearOrDate) -> LocalizedText {
    let date = due.spoken
    return LocalizedText(en: "due \(date.english)", vi: "hạn \(date.vietnamese)")
  }

  /// A task's own dates as a label: "from 2025, due 30 June 2025" / "từ 2025, hạn 30/06/2025";
  /// either part alone when only one is given, `nil` when neither is.
  static func dates(start: YearOrDate?, due: YearOrDate?) -> LocalizedText? {
    let from = start.map { LocalizedText(en: "from \($0.spoken.english)", vi: "từ \($0.spoken.vietnamese)") }
    switch (from, due.map(Self.due)) {
    case (nil, nil): return nil
    case (let from?, nil): return from
    case (nil, let due?): return due
    case (let from?, let due?):
      return LocalizedText(en: "\(from.english), \(due.english)", vi: "\(from.vietnamese), \(due.vietnamese)")
    }
  }

  /// How a message names a task: its action and its component by name and id ("build LGSP tỉnh
  /// Lai Châu ('lgsp')"), else the start of its text, else its action, both quoted; ready to
  /// follow "task" / "nhiệm vụ".
  static func task(_ task: RoadmapTask, in analysis: Analysis) -> LocalizedText {
    let verb = task.action.term
    if let id = task.component {
      let component = analysis.term(ofComponent: id)
      return LocalizedText(
        en: "\(verb.english) \(component.english)", vi: "\(verb.vietnamese) \(component.vietnamese)")
    }
    if let text = task.text.map(excerpt), !text.isEmpty {
      return LocalizedText(en: "'\(text)'", vi: "'\(text)'")
    }
    return LocalizedText(en: "'\(verb.english)'", vi: "'\(verb.vietnamese)'")
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
}
