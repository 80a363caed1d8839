/// The words of the Mermaid and PlantUML diagrams in both languages that `DiagramWording` and
/// `Vocabulary` do not have: a finding as a task's or an edge's mark, and the legend's entries.
enum TextDiagramWording {
  /// The mark a finding of `ruleID` leaves on its task or link: a few words ("overdue"); the
  /// rule id itself for a rule without words here.
  static func mark(_ ruleID: String) -> LocalizedText {
    switch ruleID {
    case "roadmap/overdue": return overdue
    case "roadmap/unknown-component": return unknownComponent
    case "roadmap/dependency-later": return dependencyLater
    case "roadmap/dependency-unscheduled": return dependencyUnscheduled
    case "roadmap/status-conflict": return statusConflict
    case "roadmap/task-outside-phase": return outsidePhase
    case "roadmap/foundation-late": return foundationLate
    default: return LocalizedText(en: ruleID, vi: ruleID)
    }
  }

  static let overdue = DiagramWording.overdue
  static let unknownComponent = LocalizedText(en: "unknown component", vi: "thành phần không có trong mô hình")
  static let dependencyLater = LocalizedText(en: "dependency comes later", vi: "phụ thuộc triển khai sau")
  static let dependencyUnscheduled = LocalizedText(
    en: "dependency not on the roadmap", vi: "phụ thuộc chưa có trong lộ trình")
  static let statusConflict = DiagramWording.statusConflict
  static let outsidePhase = DiagramWording.outsidePhase
  static let foundationLate = LocalizedText(en: "foundation comes late", vi: "nền tảng triển khai muộn")

  /// The mark of a missing required link.
  static let missingLink = LocalizedText(en: "missing link", vi: "liên kết còn thiếu")
  /// The mark of a link that goes around the integration platform.
  static let bypass = LocalizedText(en: "bypasses the integration platform", vi: "không qua nền tảng tích hợp")
  /// The label of a reference to a component the model does not have.
  static let notInModel = LocalizedText(en: "not in the model", vi: "không có trong mô hình")
  /// The legend's entry of a task or a link with a finding.
  static let withFinding = LocalizedText(en: "with a finding", vi: "có phát hiện")
  /// The gantt chart's row of the as-of date.
  static let asOfRow = LocalizedText(en: "as of", vi: "tính đến ngày")
}
