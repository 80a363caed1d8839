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

  /// "7 missing, 1 planned" / "thiếu 7, 1 đã có kế hoạch"; just the missing count when none is
  /// planned.
  static func missingCount(_ count: Int, planned: Int) -> LocalizedText {
    let missing = missingCount(count)
    guard planned > 0 else { return missing }
    return LocalizedText(
      en: "\(missing.english), \(planned) planned", vi: "\(missing.vietnamese), \(planned) đã có kế hoạch")
  }

  /// "phase 2 (2021–2022), TITLE: 0 of 11 tasks done, 11 overdue" ("1 of 1 task done"), without
  /// the title when there is none.
  static func progress(_ phase: PhaseProgress) -> LocalizedText {
    let name = Vocabulary.phase(phase.number, years: phase.years)
    let title = phase.title.map { ", \($0)" } ?? ""
    let tasks = Vocabulary.count(phase.total, "task").english
    return LocalizedText(
      en: "\(name.english)\(title): \(phase.done) of \(tasks) done, \(phase.overdue.count) overdue",
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

  static let budget = LocalizedText(en: "budget", vi: "kinh phí")
  static let budgetBySource = LocalizedText(en: "budget by source", vi: "kinh phí theo nguồn")
  static let noBudget = LocalizedText(en: "no budget given", vi: "chưa ghi kinh phí")
  static let noSource = LocalizedText(en: "source not given", vi: "chưa ghi nguồn")

  /// "12500 million VND" / "12500 triệu đồng": the number as the report writes numbers
  /// (`IndicatorAssessment.format`: no trailing `.0`, a decimal comma in Vietnamese).
  static func amount(_ amount: Double) -> LocalizedText {
    let number = IndicatorAssessment.format(.number(amount), unit: .count)
    return LocalizedText(en: "\(number.english) million VND", vi: "\(number.vietnamese) triệu đồng")
  }

  /// "phase 1 (2017–2019): 3 of 8 tasks with a budget: 12500 million VND; phase as a whole: 20000 million VND",
  /// either part alone when only it is given, or "no budget given".
  static func budget(_ phase: PhaseProgress) -> LocalizedText {
    let name = Vocabulary.phase(phase.number, years: phase.years)
    var parts: [LocalizedText] = []
    if let tasks = phase.taskBudget {
      let sum = amount(tasks)
      let (count, total) = (phase.budgetedTasks, phase.total)
      parts.append(
        LocalizedText(
          en: "\(count) of \(Vocabulary.count(total, "task").english) with a budget: \(sum.english)",
          vi: "\(count)/\(total) nhiệm vụ có kinh phí: \(sum.vietnamese)"))
    }
    if let own = phase.budget {
      let sum = amount(own)
      parts.append(LocalizedText(en: "phase as a whole: \(sum.english)", vi: "cả giai đoạn: \(sum.vietnamese)"))
    }
    if parts.isEmpty { parts.append(noBudget) }
    return LocalizedText(
      en: "\(name.english): " + parts.map(\.english).joined(separator: "; "),
      vi: "\(name.vietnamese): " + parts.map(\.vietnamese).joined(separator: "; "))
  }

  /// "ngân sách tỉnh: 2 tasks: 5000 million VND; 1 phase: 20000 million VND", a part left out
  /// when it sums nothing.
  static func budget(_ source: SourceBudget) -> LocalizedText {
    let name = source.source.map { LocalizedText(en: $0, vi: $0) } ?? noSource
    var parts: [LocalizedText] = []
    if source.taskCount > 0 {
      let (sum, count) = (amount(source.tasks), source.taskCount)
      parts.append(
        LocalizedText(
          en: "\(Vocabulary.count(count, "task").english): \(sum.english)",
          vi: "\(Vocabulary.count(count, "task").vietnamese): \(sum.vietnamese)"))
    }
    if source.phaseCount > 0 {
      let (sum, count) = (amount(source.phases), source.phaseCount)
      parts.append(
        LocalizedText(
          en: "\(Vocabulary.count(count, "phase").english): \(sum.english)",
          vi: "\(Vocabulary.count(count, "phase").vietnamese): \(sum.vietnamese)"))
    }
    return LocalizedText(
      en: "\(name.english): " + parts.map(\.english).joined(separator: "; "),
      vi: "\(name.vietnamese): " + parts.map(\.vietnamese).joined(separator: "; "))
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
