extension Vocabulary {
  /// The default title of the timeline: "Roadmap timeline: Điện Biên" / "Tiến độ lộ trình: Điện Biên".
  public static func timelineTitle(province: String) -> LocalizedText {
    LocalizedText(en: "Roadmap timeline: \(province)", vi: "Tiến độ lộ trình: \(province)")
  }

  /// The heading of the timeline's footnote: "Findings marked" / "Phát hiện được đánh dấu".
  public static let findingsMarked = LocalizedText(en: "Findings marked", vi: "Phát hiện được đánh dấu")

  /// The legend's entry for a bar outlined in red with a numbered marker: "with a finding" /
  /// "có phát hiện".
  public static let findingOnTask = LocalizedText(en: "with a finding", vi: "có phát hiện")

  /// The legend's entry for a marker on the time axis: "indicator deadline with a finding" /
  /// "hạn chỉ tiêu có phát hiện".
  public static let indicatorDeadline = LocalizedText(
    en: "indicator deadline with a finding", vi: "hạn chỉ tiêu có phát hiện")

  /// The section of components with a roadmap finding but no task: "not scheduled in any
  /// phase" / "chưa xếp vào giai đoạn nào".
  public static let notInAnyPhase = LocalizedText(
    en: "not scheduled in any phase", vi: "chưa xếp vào giai đoạn nào")

  /// A month on a time axis, 1 to 12: "Jan" / "thg 1" (a month out of range is its number).
  public static func monthAbbreviation(_ month: Int) -> LocalizedText {
    let english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    guard (1...12).contains(month) else { return LocalizedText(en: String(month), vi: String(month)) }
    return LocalizedText(en: english[month - 1], vi: "thg \(month)")
  }
}
