/// The terms every message, report and diagram takes its words from, in both languages.
///
/// The words for the values of the model format (statuses, actions, dependency types, layers)
/// are keyed by the value as the format writes it (`planned`, `in-progress`): the model's types
/// sit in a higher layer and read their words here (`ComponentStatus.term`, `Layer.term`). The
/// phrases (a phase, a date, a kind of the catalogue) are functions, so that every message says
/// them the same way. `VocabularyTests` fail when a term has two translations.
public enum Vocabulary {
  /// The statuses of a component, by the value of `status`.
  public static let componentStatuses: KeyValuePairs<String, LocalizedText> = [
    "existing": LocalizedText(en: "existing", vi: "đã có"),
    "in-progress": LocalizedText(en: "in progress", vi: "đang triển khai"),
    "planned": LocalizedText(en: "planned", vi: "dự kiến"),
    "retired": LocalizedText(en: "retired", vi: "ngừng sử dụng"),
  ]

  /// The statuses of a roadmap task, by the value of `status`.
  public static let taskStatuses: KeyValuePairs<String, LocalizedText> = [
    "not-started": LocalizedText(en: "not started", vi: "chưa triển khai"),
    "in-progress": LocalizedText(en: "in progress", vi: "đang triển khai"),
    "done": LocalizedText(en: "done", vi: "đã hoàn thành"),
    "cancelled": LocalizedText(en: "cancelled", vi: "đã hủy"),
  ]

  /// The actions of a roadmap task (verbs), by the value of `action`.
  public static let taskActions: KeyValuePairs<String, LocalizedText> = [
    "build": LocalizedText(en: "build", vi: "xây dựng"),
    "upgrade": LocalizedText(en: "upgrade", vi: "nâng cấp"),
    "integrate": LocalizedText(en: "integrate", vi: "tích hợp"),
    "operate": LocalizedText(en: "operate", vi: "vận hành"),
    "train": LocalizedText(en: "train", vi: "đào tạo"),
    "consult": LocalizedText(en: "consult", vi: "tư vấn"),
    "policy": LocalizedText(en: "policy", vi: "chính sách"),
  ]

  /// The types of a dependency, by the value of `type`.
  public static let dependencyTypes: KeyValuePairs<String, LocalizedText> = [
    "uses": LocalizedText(en: "uses", vi: "sử dụng"),
    "integration": LocalizedText(en: "integration", vi: "tích hợp"),
    "hosting": LocalizedText(en: "hosting", vi: "đặt tại (hạ tầng)"),
    "data": LocalizedText(en: "data", vi: "dữ liệu"),
    "identity": LocalizedText(en: "identity", vi: "định danh, xác thực"),
    "network": LocalizedText(en: "network", vi: "mạng"),
    "security": LocalizedText(en: "security", vi: "an toàn thông tin"),
  ]

  /// The layers of the architecture, by the value of `layer`.
  public static let layers: KeyValuePairs<String, LocalizedText> = [
    "users": LocalizedText(en: "users", vi: "người sử dụng"),
    "channels": LocalizedText(en: "channels", vi: "kênh giao tiếp"),
    "portals": LocalizedText(en: "portals", vi: "cổng"),
    "services": LocalizedText(en: "services", vi: "dịch vụ công"),
    "applications": LocalizedText(en: "applications", vi: "ứng dụng"),
    "integration": LocalizedText(en: "integration", vi: "tích hợp"),
    "shared": LocalizedText(en: "shared", vi: "dịch vụ dùng chung"),
    "data": LocalizedText(en: "data", vi: "dữ liệu"),
    "infrastructure": LocalizedText(en: "infrastructure", vi: "hạ tầng"),
    "security": LocalizedText(en: "security", vi: "an toàn thông tin"),
    "governance": LocalizedText(en: "governance", vi: "quản lý, chỉ đạo"),
  ]

  /// The scopes of a component, by the value of `scope`: the levels of government a province
  /// runs, and the systems it does not.
  public static let scopes: KeyValuePairs<String, LocalizedText> = [
    "provincial": LocalizedText(en: "provincial level", vi: "cấp tỉnh"),
    "district": LocalizedText(en: "district level", vi: "cấp huyện"),
    "commune": LocalizedText(en: "commune level", vi: "cấp xã"),
    "national": LocalizedText(en: "national", vi: "quốc gia"),
    "external": LocalizedText(en: "external", vi: "bên ngoài"),
  ]

  /// The severities of a finding, by their name in configurations and SARIF.
  public static let severities: KeyValuePairs<String, LocalizedText> = [
    "note": LocalizedText(en: "note", vi: "ghi chú"),
    "warning": LocalizedText(en: "warning", vi: "cảnh báo"),
    "error": LocalizedText(en: "error", vi: "lỗi"),
  ]

  /// The types of legal instrument a framework cites, by the value of `type`, as a citation
  /// starts: "Decree 107/2021/NĐ-CP" / "Nghị định 107/2021/NĐ-CP".
  public static let instrumentTypes: KeyValuePairs<String, LocalizedText> = [
    "law": LocalizedText(en: "Law", vi: "Luật"),
    "resolution": LocalizedText(en: "Resolution", vi: "Nghị quyết"),
    "decree": LocalizedText(en: "Decree", vi: "Nghị định"),
    "pm-decision": LocalizedText(en: "Decision", vi: "Quyết định"),
    "circular": LocalizedText(en: "Circular", vi: "Thông tư"),
    "directive": LocalizedText(en: "Directive", vi: "Chỉ thị"),
    "ministry-decision": LocalizedText(en: "Decision", vi: "Quyết định"),
    "letter": LocalizedText(en: "Official letter", vi: "Công văn"),
    "dispatch": LocalizedText(en: "Official dispatch", vi: "Công điện"),
  ]

  /// How a cited instrument was checked, by the value of `confidence`, as a citation ends
  /// ("seen" adds nothing and has no entry).
  public static let confidences: KeyValuePairs<String, LocalizedText> = [
    "secondary": LocalizedText(en: "secondary source", vi: "nguồn thứ cấp"),
    "partial": LocalizedText(en: "partly verified", vi: "kiểm chứng một phần"),
    "background": LocalizedText(en: "background knowledge, not verified", vi: "hiểu biết chung, chưa kiểm chứng"),
    "unverified": LocalizedText(en: "not verified", vi: "chưa kiểm chứng"),
  ]

  /// Every table of terms with its name, for the tests and for anyone listing the vocabulary.
  public static let tables: [(name: String, terms: KeyValuePairs<String, LocalizedText>)] = [
    ("component status", componentStatuses), ("task status", taskStatuses), ("task action", taskActions),
    ("dependency type", dependencyTypes), ("layer", layers), ("scope", scopes), ("severity", severities),
    ("instrument type", instrumentTypes), ("confidence", confidences), ("catalogue term", catalogueTerms),
    ("noun", nouns),
  ]

  /// The term of `key` in `table`; the key itself, in both languages, when the table lacks it.
  public static func term(_ key: String, in table: KeyValuePairs<String, LocalizedText>) -> LocalizedText {
    table.first { $0.key == key }?.value ?? LocalizedText(en: key, vi: key)
  }

  /// The legal basis of a requirement or a finding: "basis" / "căn cứ".
  public static let basis = LocalizedText(en: "basis", vi: "căn cứ")

  /// A finding a `<suppress>` of the model has accepted: "suppressed" / "đã miễn trừ".
  public static let suppressed = LocalizedText(en: "suppressed", vi: "đã miễn trừ")

  /// A finding the baseline of `--baseline` holds: "known to the baseline" / "đã có trong
  /// đường cơ sở".
  public static let knownToTheBaseline = LocalizedText(
    en: "known to the baseline", vi: "đã có trong đường cơ sở")

  // MARK: Agencies

  /// The `owner` of a component or a task: "owner" / "cơ quan chủ trì".
  public static let owner = LocalizedText(en: "owner", vi: "cơ quan chủ trì")

  /// The provincial department that ran e-government until 2025-03-01.
  public static let departmentOfInformationAndCommunications = LocalizedText(
    en: "Department of Information and Communications", vi: "Sở Thông tin và Truyền thông")

  /// The provincial department that took over its duties on 2025-03-01.
  public static let departmentOfScienceAndTechnology = LocalizedText(
    en: "Department of Science and Technology", vi: "Sở Khoa học và Công nghệ")

  /// The province's police, in charge of cyber-information security from 2025-03-01.
  public static let provincialPolice = LocalizedText(en: "provincial police", vi: "Công an tỉnh")

  // MARK: Phrases

  /// "phase 2 (2020–2021)" / "giai đoạn 2 (2020–2021)", or "phase 2" without the years.
  public static func phase(_ number: Int, years: String? = nil) -> LocalizedText {
    let suffix = years.map { " (\($0))" } ?? ""
    return LocalizedText(en: "phase \(number)\(suffix)", vi: "giai đoạn \(number)\(suffix)")
  }

  /// A deadline: "by 31 December 2020" / "chậm nhất ngày 31/12/2020"; `date` as
  /// `CalendarDate.spoken` says it (the Model layer's overloads take the date itself).
  public static func by(_ date: LocalizedText) -> LocalizedText {
    LocalizedText(en: "by \(date.english)", vi: "chậm nhất ngày \(date.vietnamese)")
  }

  /// The date statuses are judged at: "as of 30 June 2024" / "tính đến ngày 30/06/2024".
  public static func asOf(_ date: LocalizedText) -> LocalizedText {
    LocalizedText(en: "as of \(date.english)", vi: "tính đến ngày \(date.vietnamese)")
  }

  /// A day something happened or ends: "on 31 December 2022" / "vào ngày 31/12/2022".
  public static func on(_ date: LocalizedText) -> LocalizedText {
    LocalizedText(en: "on \(date.english)", vi: "vào ngày \(date.vietnamese)")
  }

  /// The day something starts: "from 1 July 2021" / "từ ngày 01/07/2021".
  public static func since(_ date: LocalizedText) -> LocalizedText {
    LocalizedText(en: "from \(date.english)", vi: "từ ngày \(date.vietnamese)")
  }

  /// A citation of a legal instrument, with its article and confidence when given.
  ///
  /// "Decree 107/2021/NĐ-CP of 06/12/2021, Art. 1" / "Nghị định 107/2021/NĐ-CP ngày 06/12/2021,
  /// Điều 1"; `type` is a term of `instrumentTypes`, `date` as Vietnamese documents write it
  /// (dd/mm/yyyy), `confidence` a term of `confidences` added in brackets.
  public static func citation(
    type: LocalizedText, number: String, date: String, article: LocalizedText?, confidence: LocalizedText?
  ) -> LocalizedText {
    func cite(_ type: String, _ of: String, _ article: String?, _ confidence: String?) -> String {
      "\(type) \(number) \(of) \(date)" + (article.map { ", \($0)" } ?? "") + (confidence.map { " (\($0))" } ?? "")
    }
    return LocalizedText(
      en: cite(type.english, "of", article?.english, confidence?.english),
      vi: cite(type.vietnamese, "ngày", article?.vietnamese, confidence?.vietnamese))
  }

  /// Alternatives in an English sentence: "a", "a or b", "a, b or c".
  public static func or(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " or " + last
  }

  /// Alternatives in a Vietnamese sentence: "a", "a hoặc b", "a, b hoặc c".
  public static func orVietnamese(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " hoặc " + last
  }

  /// The year something starts to exist: "from 2020" / "từ năm 2020".
  public static func from(year: Int) -> LocalizedText {
    LocalizedText(en: "from \(year)", vi: "từ năm \(year)")
  }

  /// A year something starts or ends: "in 2020" / "năm 2020".
  public static func `in`(year: Int) -> LocalizedText {
    LocalizedText(en: "in \(year)", vi: "năm \(year)")
  }

  /// How a kind of the catalogue is named: its name, then its id, as in "provincial data centre
  /// ('data-centre')"; `shownID` is the id as written (`national:…` for a national reference).
  ///
  /// Provincial kinds are common nouns, so their names start in lower case (unless they start
  /// with an acronym, as "LGSP" does); national systems are proper names and keep their
  /// capitals. A kind the catalogue does not have (`name` is `nil` or empty) is its id alone.
  /// With `lineBreak`, the id goes on a second line (the label of a diagram's node).
  public static func kind(
    _ shownID: String, name: LocalizedText?, national: Bool, lineBreak: Bool = false
  ) -> LocalizedText {
    let id = "'\(shownID)'"
    guard let name else { return LocalizedText(en: id, vi: id) }
    let named = kindName(name, national: national)
    func phrase(_ text: String) -> String { text.isEmpty ? id : text + (lineBreak ? "\n" : " ") + "(\(id))" }
    return LocalizedText(en: phrase(named.english), vi: phrase(named.vietnamese))
  }

  /// The longest component name a message quotes, in characters; a longer one is cut at a
  /// word and ended with "…" (the id after it still tells which component it is).
  public static let nameLimit = 80

  /// How a component of the model is named: its own name, then its id.
  ///
  /// "Trung tâm dữ liệu tỉnh Điện Biên ('dc')", the same in both languages (the name is the
  /// model's). A name longer than `nameLimit` is shortened; an empty one leaves the id alone
  /// ("'dc'").
  public static func named(_ name: String, id: String) -> LocalizedText {
    let quoted = "'\(id)'"
    let shown = shortened(name, to: nameLimit)
    let phrase = shown.isEmpty ? quoted : "\(shown) (\(quoted))"
    return LocalizedText(en: phrase, vi: phrase)
  }

  /// `text` on one line, cut to at most `limit` characters at a word (when a word boundary is
  /// near enough) and ended with "…" when longer.
  public static func shortened(_ text: String, to limit: Int) -> String {
    let line = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    guard line.count > limit else { return line }
    var cut = String(line.prefix(limit))
    if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= limit / 2 {
      cut = String(cut[..<space])
    }
    while let last = cut.last, last.isPunctuation || last.isWhitespace { cut.removeLast() }
    return cut + "…"
  }

  /// A kind's catalogue name as it reads inside a sentence: a provincial kind's starts in lower
  /// case unless it starts with an acronym; a national system's is kept.
  public static func kindName(_ name: LocalizedText, national: Bool) -> LocalizedText {
    guard !national else { return name }
    return LocalizedText(en: lowercasingFirstWord(name.english), vi: lowercasingFirstWord(name.vietnamese))
  }

  /// `text` with its first letter in upper case: a term at the start of a heading or a label.
  public static func capitalized(_ text: LocalizedText) -> LocalizedText {
    func capital(_ text: String) -> String {
      guard let first = text.first else { return text }
      return first.uppercased() + text.dropFirst()
    }
    return LocalizedText(en: capital(text.english), vi: capital(text.vietnamese))
  }

  /// `text` with its first letter in lower case, unless the first word is an acronym ("SOC").
  static func lowercasingFirstWord(_ text: String) -> String {
    guard let first = text.first else { return text }
    if let second = text.dropFirst().first, second.isUppercase { return text }
    return first.lowercased() + text.dropFirst()
  }
}
