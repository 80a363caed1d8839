/// The words of the gap report in both languages, shared by its text, Markdown and the HTML
/// report; written as they read inside a sentence (`Vocabulary.capitalized` makes a heading).
enum GapReportWording {
  static let gapReport = LocalizedText(en: "gap report", vi: "báo cáo khoảng cách")
  static let model = LocalizedText(en: "model", vi: "mô hình")
  static let framework = LocalizedText(en: "framework", vi: "khung kiến trúc")
  static let requiredComponents = Vocabulary.requiredComponents
  static let missingLinks = LocalizedText(en: "missing links", vi: "liên kết còn thiếu")
  static let bypassingLinks = LocalizedText(
    en: "links that bypass the integration platform", vi: "liên kết không qua nền tảng tích hợp")
  static let roadmap = LocalizedText(en: "roadmap", vi: "lộ trình")
  static let noRoadmap = LocalizedText(en: "no roadmap", vi: "không có lộ trình")
  static let indicators = LocalizedText(en: "indicators", vi: "chỉ tiêu")
  static let conflicts = LocalizedText(en: "roadmap conflicts", vi: "xung đột lộ trình")

  /// "11 of 11 present" / "có 11/11".
  static func present(_ count: Int, of total: Int) -> LocalizedText {
    LocalizedText(en: "\(count) of \(total) present", vi: "có \(count)/\(total)")
  }

  /// "missing in data" / "thiếu ở lớp dữ liệu": the heading of a layer's missing components.
  static func missing(in layer: Layer) -> LocalizedText {
    LocalizedText(en: "missing in \(layer.term.english)", vi: "thiếu ở lớp \(layer.term.vietnamese)")
  }

  /// A missing component: its kind (`Vocabulary.kind`), severity and basis.
  static func missing(_ missing: MissingComponent) -> LocalizedText {
    let kind = Vocabulary.kind(missing.kind, name: missing.name, national: false)
    let (severity, basis) = (missing.severity.term, Vocabulary.basis)
    return LocalizedText(
      en: "\(kind.english), \(severity.english); \(basis.english): \(missing.basis.english)",
      vi: "\(kind.vietnamese), \(severity.vietnamese); \(basis.vietnamese): \(missing.basis.vietnamese)")
  }

  /// "2 missing" / "thiếu 2".
  static func missingCount(_ count: Int) -> LocalizedText {
    LocalizedText(en: "\(count) missing", vi: "thiếu \(count)")
  }

  /// "phase 2 (2021–2022), TITLE: 0 of 11 tasks done, 11 overdue", without the title when there
  /// is none.
  static func progress(_ phase: PhaseProgress) -> LocalizedText {
    let name = Vocabulary.phase(phase.number, years: phase.years)
    let title = phase.title.map { ", \($0)" } ?? ""
    return LocalizedText(
      en: "\(name.english)\(title): \(phase.done) of \(phase.total) tasks done, \(phase.overdue.count) overdue",
      vi:
        "\(name.vietnamese)\(title): hoàn thành \(phase.done)/\(phase.total) nhiệm vụ, \(phase.overdue.count) quá hạn"
    )
  }

  /// "8 of 14 met; 6 missed, 0 not reported, 0 not yet due".
  static func indicatorCounts(_ report: GapReport) -> LocalizedText {
    let counts = report.indicatorStatusCounts
    let (met, total) = (report.indicatorsMet, report.indicatorsTotal)
    let (missed, notReported, notYetDue) = (
      counts[.missed] ?? 0, counts[.notReported] ?? 0, counts[.notYetDue] ?? 0
    )
    return LocalizedText(
      en: "\(met) of \(total) met; \(missed) missed, \(notReported) not reported, \(notYetDue) not yet due",
      vi: "đạt \(met)/\(total); \(missed) không đạt, \(notReported) chưa báo cáo, \(notYetDue) chưa đến hạn")
  }

  /// "0 found" / "có 0".
  static func found(_ count: Int) -> LocalizedText {
    LocalizedText(en: "\(count) found", vi: "có \(count)")
  }

  /// "trend of 'id': 21 (31 October 2024) → 23 (31 December 2025)" / "diễn biến của 'id': 21
  /// (31/10/2024) → 23 (31/12/2025)"; an undated `actual` has no date.
  static func trend(_ trend: IndicatorTrend) -> LocalizedText {
    let points = trend.points.map { point in
      let value = IndicatorAssessment.format(point.value, unit: trend.unit)
      guard let date = point.date?.spoken else { return value }
      return LocalizedText(en: "\(value.english) (\(date.english))", vi: "\(value.vietnamese) (\(date.vietnamese))")
    }
    return LocalizedText(
      en: "trend of '\(trend.indicator)': " + points.map(\.english).joined(separator: " → "),
      vi: "diễn biến của '\(trend.indicator)': " + points.map(\.vietnamese).joined(separator: " → "))
  }
}
