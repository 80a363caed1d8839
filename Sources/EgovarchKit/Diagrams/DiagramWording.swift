/// The words of the diagrams in both languages: titles, phase labels, the notes that mark
/// findings, the legends; statuses and dependency types are named by `Vocabulary`.
enum DiagramWording {
  /// The default title of the roadmap diagram.
  static func roadmapTitle(province: String) -> LocalizedText {
    LocalizedText(en: "Roadmap: \(province)", vi: "Lộ trình: \(province)")
  }

  /// The default title of the dependency diagram.
  static func graphTitle(province: String) -> LocalizedText {
    LocalizedText(en: "Components and dependencies: \(province)", vi: "Thành phần và quan hệ phụ thuộc: \(province)")
  }

  /// "Phase 1 (2018–2019)" / "Giai đoạn 1 (2018–2019)" (`Vocabulary.phase`, capitalised).
  static func phase(_ phase: RoadmapSchedule.ScheduledPhase) -> LocalizedText {
    Vocabulary.capitalized(RoadmapWording.phase(phase))
  }

  static let legend = LocalizedText(en: "Legend", vi: "Chú giải")
  static let gaps = LocalizedText(en: "Missing required components", vi: "Thành phần bắt buộc còn thiếu")
  static let gapNode = LocalizedText(en: "missing required component", vi: "thành phần bắt buộc còn thiếu")
  static let later = LocalizedText(
    en: "dependency delivered in a later phase", vi: "thành phần phụ thuộc được triển khai ở giai đoạn sau")
  static let noTasks = LocalizedText(en: "(no tasks)", vi: "(không có nhiệm vụ)")
  static let national = Vocabulary.capitalized(Vocabulary.nationalSystems)
  static let cycle = LocalizedText(en: "dependency cycle", vi: "phụ thuộc vòng")

  // MARK: - The roadmap's marks

  /// The sign that opens every note about a finding, in a label or in the footnote.
  static let findingSign = "⚠"
  /// A task that is not done past its deadline.
  static let overdue = LocalizedText(en: "overdue", vi: "quá hạn")
  /// A task whose phase order or years conflict.
  static let phaseConflict = LocalizedText(
    en: "phase order or years in conflict", vi: "thứ tự hoặc năm của giai đoạn mâu thuẫn")
  /// A task whose dates fall outside its phase.
  static let outsidePhase = LocalizedText(en: "dates outside its phase", vi: "thời hạn nằm ngoài giai đoạn")
  /// A task whose status conflicts with its component's.
  static let statusConflict = LocalizedText(en: "status in conflict", vi: "trạng thái mâu thuẫn")
  /// The legend's sample of a task with a finding.
  static let findingOnTask = LocalizedText(en: "finding, noted on the task", vi: "phát hiện, ghi trên nhiệm vụ")
  /// The heading of the footnote listing the findings that are on no task.
  static let notOnATask = LocalizedText(en: "Findings not on a task", vi: "Phát hiện không gắn với nhiệm vụ")
  /// The legend's sample of a dependency between tasks.
  static let prerequisite = LocalizedText(
    en: "prerequisite → task that needs it", vi: "việc cần trước → nhiệm vụ cần đến nó")

  /// A task naming a component the model does not have.
  static func notInModel(_ id: String) -> LocalizedText {
    LocalizedText(en: "not in the model: '\(id)'", vi: "không có trong mô hình: '\(id)'")
  }

  /// A task whose component needs one delivered in a later phase.
  static func needs(_ name: String, deliveredIn phase: LocalizedText) -> LocalizedText {
    LocalizedText(
      en: "needs \(name), delivered only in \(phase.english)",
      vi: "cần \(name), chỉ được triển khai ở \(phase.vietnamese)")
  }

  /// A task whose component needs one the roadmap never delivers.
  static func needsUnscheduled(_ name: String) -> LocalizedText {
    LocalizedText(en: "needs \(name), not in the roadmap", vi: "cần \(name), chưa có trong lộ trình")
  }

  /// A task delivering a foundation later than the framework advises.
  static var foundationLate: LocalizedText {
    LocalizedText(
      en: "advised in the \(Vocabulary.firstPhase.english)",
      vi: "nên triển khai ở \(Vocabulary.firstPhase.vietnamese)")
  }

  /// A task whose component relies on a national system before it is available.
  static func reliesEarly(on name: String) -> LocalizedText {
    LocalizedText(
      en: "relies on \(name) before it is available", vi: "dựa vào \(name) trước khi hệ thống sẵn sàng")
  }

  /// "not drawn: 12 dependencies within the phase, 14 on phase 1": the dependencies of a
  /// phase's tasks summarised as counts instead of edges.
  static func notDrawn(within: Int, on others: [(number: Int, count: Int)]) -> LocalizedText {
    var english: [String] = []
    var vietnamese: [String] = []
    if within > 0 {
      english.append("\(within) \(within == 1 ? "dependency" : "dependencies") within the phase")
      vietnamese.append("\(within) phụ thuộc trong giai đoạn")
    }
    for (offset, other) in others.enumerated() {
      let noun = english.isEmpty && offset == 0 ? (other.count == 1 ? " dependency" : " dependencies") : ""
      english.append("\(other.count)\(noun) on phase \(other.number)")
      vietnamese.append("\(other.count) phụ thuộc vào giai đoạn \(other.number)")
    }
    return LocalizedText(
      en: "not drawn: " + english.joined(separator: ", "), vi: "không vẽ: " + vietnamese.joined(separator: ", "))
  }

  // MARK: - The dependency graph's marks

  /// The second line of a missing required component's node.
  static let missing = LocalizedText(en: "missing", vi: "còn thiếu")
  /// The legend's sample of a missing required link.
  static let missingLink = LocalizedText(en: "missing required link", vi: "liên kết bắt buộc còn thiếu")
  /// The legend's sample of a reference to an id the model does not have.
  static let unresolved = LocalizedText(
    en: "reference to an id not in the model", vi: "tham chiếu tới mã không có trong mô hình")
  /// The mark on a link that goes around the integration platform.
  static let bypass = LocalizedText(en: "bypass", vi: "bỏ qua nền tảng")
  /// The legend's sample of a link that goes around the integration platform.
  static let bypassLink = LocalizedText(
    en: "link that bypasses the integration platform", vi: "liên kết bỏ qua nền tảng tích hợp")
  /// The legend's sample of a planned link.
  static let plannedLink = LocalizedText(en: "planned link, with its date", vi: "liên kết dự kiến, kèm thời điểm")

  /// The node of a reference to `id`, which the model does not have.
  static func noSuchComponent(_ id: String) -> LocalizedText {
    LocalizedText(en: "'\(id)': no such component", vi: "'\(id)': không có thành phần này")
  }

  /// The date of a planned link: "from 2025" / "từ 2025".
  static func from(_ date: YearOrDate) -> LocalizedText {
    LocalizedText(en: "from \(date.spoken.english)", vi: "từ \(date.spoken.vietnamese)")
  }

  // MARK: - Fitting a slide

  /// What to do when a roadmap's text is too small on its slide.
  static let fewerPhases = LocalizedText(
    en: "draw fewer phases at a time with --phase N, or choose a larger --size",
    vi: "vẽ ít giai đoạn hơn mỗi lần với --phase N, hoặc chọn --size lớn hơn")
  /// What to do when a dependency graph's text is too small on its slide.
  static let fewerLayers = LocalizedText(
    en: "draw fewer layers at a time with --layer LAYER, or choose a larger --size",
    vi: "vẽ ít lớp hơn mỗi lần với --layer LAYER, hoặc chọn --size lớn hơn")
}
