/// The words of the diagrams in both languages: titles, phase labels, status names, the legends.
enum DiagramWording {
  /// The default title of the roadmap diagram.
  static func roadmapTitle(province: String) -> LocalizedText {
    LocalizedText(en: "Roadmap: \(province)", vi: "Lộ trình: \(province)")
  }

  /// The default title of the dependency diagram.
  static func graphTitle(province: String) -> LocalizedText {
    LocalizedText(en: "Components and dependencies: \(province)", vi: "Thành phần và quan hệ phụ thuộc: \(province)")
  }

  /// "Phase 1 (2018–2019)" / "Giai đoạn 1 (2018–2019)", with the title on a second line.
  static func phase(_ phase: RoadmapSchedule.ScheduledPhase) -> LocalizedText {
    let head = LocalizedText(
      en: "Phase \(phase.phase.number) (\(phase.yearRange))",
      vi: "Giai đoạn \(phase.phase.number) (\(phase.yearRange))")
    guard let title = phase.phase.title, !title.isEmpty else { return head }
    return LocalizedText(en: head.english + "\n" + title, vi: head.vietnamese + "\n" + title)
  }

  /// The name of a task status.
  static func status(_ status: TaskStatus) -> LocalizedText {
    switch status {
    case .done: return LocalizedText(en: "done", vi: "đã hoàn thành")
    case .inProgress: return LocalizedText(en: "in progress", vi: "đang triển khai")
    case .notStarted: return LocalizedText(en: "not started", vi: "chưa triển khai")
    case .cancelled: return LocalizedText(en: "cancelled", vi: "đã hủy")
    }
  }

  /// The name of a component status.
  static func status(_ status: ComponentStatus) -> LocalizedText {
    switch status {
    case .existing: return LocalizedText(en: "existing", vi: "đã có")
    case .inProgress: return LocalizedText(en: "in progress", vi: "đang triển khai")
    case .planned: return LocalizedText(en: "planned", vi: "dự kiến")
    case .retired: return LocalizedText(en: "retired", vi: "ngừng sử dụng")
    }
  }

  /// The name of a dependency type, as shown in the legend.
  static func dependency(_ type: DependencyType) -> LocalizedText {
    switch type {
    case .uses: return LocalizedText(en: "uses", vi: "sử dụng")
    case .integration: return LocalizedText(en: "integration", vi: "tích hợp")
    case .hosting: return LocalizedText(en: "hosting", vi: "đặt tại (hạ tầng)")
    case .data: return LocalizedText(en: "data", vi: "dữ liệu")
    case .identity: return LocalizedText(en: "identity", vi: "định danh, xác thực")
    case .network: return LocalizedText(en: "network", vi: "mạng")
    case .security: return LocalizedText(en: "security", vi: "an toàn thông tin")
    }
  }

  static let legend = LocalizedText(en: "Legend", vi: "Chú giải")
  static let gaps = LocalizedText(en: "Missing required components", vi: "Thành phần bắt buộc còn thiếu")
  static let gapNode = LocalizedText(en: "missing required component", vi: "thành phần bắt buộc còn thiếu")
  static let later = LocalizedText(
    en: "dependency delivered in a later phase", vi: "thành phần phụ thuộc được triển khai ở giai đoạn sau")
  static let dependsOn = LocalizedText(en: "depends on", vi: "phụ thuộc vào")
  static let noTasks = LocalizedText(en: "(no tasks)", vi: "(không có nhiệm vụ)")
  static let national = LocalizedText(en: "National systems", vi: "Hệ thống quốc gia")
  static let cycle = LocalizedText(en: "dependency cycle", vi: "phụ thuộc vòng")
}
