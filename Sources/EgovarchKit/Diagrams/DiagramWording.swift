/// The words of the diagrams in both languages: titles, phase labels, the legends; statuses and
/// dependency types are named by `Vocabulary`.
enum DiagramWording {
  /// The default title of the roadmap diagram.
  static func roadmapTitle(province: String) -> LocalizedText {
    LocalizedText(en: "Roadmap: \(province)", vi: "Lộ trình: \(province)")
  }

  /// The default title of the dependency diagram.
  static func graphTitle(province: String) -> LocalizedText {
    LocalizedText(en: "Components and dependencies: \(province)", vi: "Thành phần và quan hệ phụ thuộc: \(province)")
  }

  /// "Phase 1 (2018–2019)" / "Giai đoạn 1 (2018–2019)" (`Vocabulary.phase`, capitalised), with
  /// the title on a second line.
  static func phase(_ phase: RoadmapSchedule.ScheduledPhase) -> LocalizedText {
    let head = Vocabulary.capitalized(RoadmapWording.phase(phase))
    guard let title = phase.phase.title, !title.isEmpty else { return head }
    return LocalizedText(en: head.english + "\n" + title, vi: head.vietnamese + "\n" + title)
  }

  static let legend = LocalizedText(en: "Legend", vi: "Chú giải")
  static let gaps = LocalizedText(en: "Missing required components", vi: "Thành phần bắt buộc còn thiếu")
  static let gapNode = LocalizedText(en: "missing required component", vi: "thành phần bắt buộc còn thiếu")
  static let later = LocalizedText(
    en: "dependency delivered in a later phase", vi: "thành phần phụ thuộc được triển khai ở giai đoạn sau")
  static let dependsOn = LocalizedText(en: "depends on", vi: "phụ thuộc vào")
  static let noTasks = LocalizedText(en: "(no tasks)", vi: "(không có nhiệm vụ)")
  static let national = Vocabulary.capitalized(Vocabulary.nationalSystems)
  static let cycle = LocalizedText(en: "dependency cycle", vi: "phụ thuộc vòng")
}
