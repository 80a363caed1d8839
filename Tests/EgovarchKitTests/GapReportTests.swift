import EgovarchKit
import EgovarchTestSupport
import Testing

/// The gap report's counts on the bundled models, as a steering committee reads them.
@Suite struct GapReportTests {
  private func report(_ name: String) throws -> GapReport {
    let url = PackageRoot.url.appendingPathComponent("models/\(name)")
    let validator = ArchitectureValidator()
    let validation = try validator.validate(fileAt: url.path)
    let model = try #require(validation.architecture)
    return GapReport(
      validation: validation, architecture: model, framework: BuiltInFrameworks.framework(model.framework),
      asOf: try #require(model.asOf))
  }

  @Test func longAnMissesSixOfFourteenIndicators() throws {
    let gaps = try report("long-an-2.0.xml")
    #expect(gaps.indicatorsTotal == 14)
    #expect(gaps.indicatorsMet == 6)
    #expect(gaps.indicatorStatusCounts[.missed] == 6)
    #expect(gaps.indicatorStatusCounts[.notReported] == 2)
    #expect(
      gaps.indicatorFindings.map(\.ruleID)
        == Array(repeating: "kpi/not-reported", count: 2) + Array(repeating: "kpi/target-missed", count: 6))
    #expect(gaps.requiredPresent == gaps.requiredTotal)
    #expect(gaps.missingComponents.isEmpty)
  }

  @Test func laiChauPlansTheReportingLinkAndHasOverdueTasks() throws {
    let gaps = try report("lai-chau-2.0-draft.xml")
    // The planned reporting system's link is planned with it: its design, no missing link.
    #expect(gaps.missingLinks.isEmpty)
    #expect(gaps.conflicts.map(\.component) == ["reporting-system", "lgsp", "lgsp"])
    let first = try #require(gaps.phases.first)
    #expect(first.years == "2017–2019")
    #expect(first.overdue.count == 4)
    #expect(first.done + first.overdue.count == first.total)
    #expect(gaps.indicatorsMet == 0)
  }

  @Test func dienBienShowsTheLateDataCentreAsAConflictAndTheBypassWithTheLinks() throws {
    let gaps = try report("dien-bien-1.0.xml")
    #expect(gaps.frameworkID == "1.0")
    #expect(gaps.conflicts.contains { $0.ruleID == "roadmap/dependency-later" && $0.component == "lgsp" })
    // A link around the LGSP is a matter of the framework's integration, not of the roadmap.
    #expect(gaps.conflicts.allSatisfy { $0.ruleID != "framework/bypass-integration" })
    #expect(gaps.bypassingLinks.map(\.ruleID) == ["framework/bypass-integration"])
    #expect(gaps.bypassingLinks.map(\.component) == ["one-stop"])
    let english = GapReportFormat.text.render(gaps, language: .english)
    let vietnamese = GapReportFormat.markdown.render(gaps, language: .vietnamese)
    #expect(
      english.contains(
        "\nLINKS THAT BYPASS THE INTEGRATION PLATFORM\n  1 found\n    42:7 component Hệ thống thông tin một cửa điện tử tỉnh ('one-stop') integrates"
      ))
    #expect(
      vietnamese.contains(
        "\n## Liên kết không qua nền tảng tích hợp\n\n- có 1\n  - `42:7` thành phần Hệ thống thông tin một cửa điện tử tỉnh ('one-stop') kết nối thẳng"
      ))
  }

  @Test func missingComponentsAreListedByLayerInBothLanguages() {
    let document = MarkedExample.header + "\n<components/>\n</architecture>\n"
    let validator = ArchitectureValidator()
    let validation = validator.validate(bytes: Array(document.utf8), path: "empty.xml")
    let framework = BuiltInFrameworks.framework("2.0")
    let gaps = GapReport(
      validation: validation, architecture: validation.architecture!, framework: framework,
      asOf: CalendarDate(year: 2021, month: 1, day: 1)!)
    #expect(gaps.requiredPresent == 0)
    // Every requirement in force on that day: one each (the web portal's, the SOC's and the
    // security system's requirements change bases on later days and are counted once).
    let inForce = framework?.applied(on: CalendarDate(year: 2021, month: 1, day: 1)!).components ?? []
    #expect(gaps.missingComponents.count == inForce.count)
    #expect(gaps.missingComponents.map(\.kind) == inForce.map(\.kind))
    #expect(Set(inForce.map(\.kind)).count == inForce.count)
    let english = GapReportFormat.text.render(gaps, language: .english)
    let vietnamese = GapReportFormat.text.render(gaps, language: .vietnamese)
    #expect(english.contains("missing in integration:"))
    #expect(vietnamese.contains("thiếu ở lớp tích hợp:"))
    #expect(english.contains("0 of \(gaps.requiredTotal) present"))
  }
}
