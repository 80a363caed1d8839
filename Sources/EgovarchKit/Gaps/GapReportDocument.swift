/// Writes a gap report as text or Markdown, headings and counts in the chosen language.
struct GapReportDocument {
  let report: GapReport
  let language: Language
  let markdown: Bool

  private func say(_ english: String, _ vietnamese: String) -> String {
    language == .english ? english : vietnamese
  }

  private func heading(_ english: String, _ vietnamese: String) -> String {
    markdown ? "\n## \(say(english, vietnamese))\n\n" : "\n\(say(english, vietnamese).uppercased())\n"
  }

  /// One list item; `text` comes from the model or the framework file, so control characters
  /// are escaped (a province named with U+009B could otherwise drive the terminal).
  private func item(_ text: String, level: Int = 0) -> String {
    String(repeating: "  ", count: level) + (markdown ? "- " : "  ") + text.terminalSafe + "\n"
  }

  private func line(_ finding: Finding) -> String {
    let location = "\(finding.location.position.line):\(finding.location.position.column)"
    return (markdown ? "`\(location)` " : "\(location) ") + finding.message.text(in: language)
  }

  func render() -> String {
    var output = ""
    let framework = report.frameworkName.map { " (\($0.text(in: language)))" } ?? ""
    let title = (say("Gap report", "Báo cáo khoảng cách") + ": \(report.province)").terminalSafe
    output += markdown ? "# \(title)\n\n" : "\(title)\n"
    output += item(say("model", "mô hình") + ": \(report.path)")
    output += item(say("framework", "khung kiến trúc") + ": \(report.frameworkID)\(framework)")
    output += item(say("as of", "tính đến") + ": \(report.asOf)")

    output += heading("Required components", "Thành phần bắt buộc")
    output += item(
      say(
        "\(report.requiredPresent) of \(report.requiredTotal) present",
        "có \(report.requiredPresent)/\(report.requiredTotal)"))
    let layers = Layer.allCases.filter { layer in report.missingComponents.contains { $0.layer == layer } }
    for layer in layers {
      output += item(say("missing in ", "thiếu ở lớp ") + layer.label(in: language) + ":")
      for missing in report.missingComponents where missing.layer == layer {
        output += item(
          "\(missing.name.text(in: language)) ('\(missing.kind)'), \(missing.severity.label(in: language)); "
            + say("basis: ", "căn cứ: ") + missing.basis.text(in: language), level: 1)
      }
    }

    output += heading("Missing links", "Liên kết còn thiếu")
    output += item(say("\(report.missingLinks.count) missing", "thiếu \(report.missingLinks.count)"))
    for finding in report.missingLinks { output += item(line(finding), level: 1) }

    output += heading("Roadmap", "Lộ trình")
    if report.phases.isEmpty { output += item(say("no roadmap", "không có lộ trình")) }
    for phase in report.phases {
      let title = phase.title.map { ", \($0)" } ?? ""
      output += item(
        say("phase", "giai đoạn") + " \(phase.number) (\(phase.years))\(title): "
          + say(
            "\(phase.done) of \(phase.total) tasks done, \(phase.overdue.count) overdue",
            "hoàn thành \(phase.done)/\(phase.total) nhiệm vụ, \(phase.overdue.count) quá hạn"))
      for finding in phase.overdue { output += item(line(finding), level: 1) }
    }

    output += heading("Indicators", "Chỉ tiêu")
    let counts = report.indicatorStatusCounts
    let missed = counts[.missed] ?? 0
    let notReported = counts[.notReported] ?? 0
    let notYetDue = counts[.notYetDue] ?? 0
    output += item(
      say(
        "\(report.indicatorsMet) of \(report.indicatorsTotal) met; \(missed) missed, "
          + "\(notReported) not reported, \(notYetDue) not yet due",
        "đạt \(report.indicatorsMet)/\(report.indicatorsTotal); \(missed) không đạt, "
          + "\(notReported) chưa báo cáo, \(notYetDue) chưa đến hạn"))
    for finding in report.indicatorFindings { output += item(line(finding), level: 1) }

    output += heading("Roadmap conflicts", "Xung đột lộ trình")
    output += item(say("\(report.conflicts.count) found", "có \(report.conflicts.count)"))
    for finding in report.conflicts { output += item(line(finding), level: 1) }
    return output
  }
}
