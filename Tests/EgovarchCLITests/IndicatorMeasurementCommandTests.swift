import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch validate` and `egovarch gaps` on format 1.1's dated indicator values: an October
/// figure is not judged as the December result, and the gap report shows the trend.
@Suite struct IndicatorMeasurementCommandTests {
  /// Lạng Sơn's 2024 figure measured in October, and its 2025 figures.
  private static let model = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="lang-son" province="Lạng Sơn" framework="2.0"
                  asOf="2026-01-15">
      <components>
        <component id="portal" kind="web-portal" name="Cổng thông tin" status="existing"/>
      </components>
      <indicators>
        <indicator id="targets-2024" name="Số chỉ tiêu chuyển đổi số đạt" unit="count" target="30"
                   actual="21" measured="2024-10-31" deadline="2024-12-31"/>
        <indicator id="targets-2025" unit="count" target="34" actual="23" measured="2025-12-31" deadline="2025-12-31">
          <measurement date="2025-06-30" value="19"/>
        </indicator>
      </indicators>
    </architecture>
    """

  private func run(_ arguments: [String]) async throws -> CommandResult {
    let directory = try TemporaryDirectory()
    try directory.write(Self.model, to: "lang-son.xml")
    return try await CommandRunner.egovarch(arguments + ["lang-son.xml"], in: directory.url)
  }

  @Test func anOctoberFigureIsNotReportedAtTheDeadlineNotMissed() async throws {
    let english = try await run(["validate"])
    #expect(english.exitStatus == 1, "\(english)")  // the framework's missing components
    #expect(
      english.standardOutput.contains(
        "lang-son.xml:8:5: warning: indicator 'targets-2024' (Số chỉ tiêu chuyển đổi số đạt) was not reported at "
          + "its deadline 31 December 2024; last measured on 31 October 2024: 21 against at least 30 [kpi/not-reported]"
      ), "\(english)")
    #expect(
      english.standardOutput.contains(
        "lang-son.xml:10:5: warning: indicator 'targets-2025' missed its target: 23 (measured 31 December 2025) "
          + "against at least 34"), "\(english)")
    let vietnamese = try await run(["validate", "--lang", "vi"])
    #expect(
      vietnamese.standardOutput.contains(
        "chưa có số liệu tại thời hạn 31/12/2024; lần đo gần nhất ngày 31/10/2024: 21 so với mục tiêu tối thiểu 30"),
      "\(vietnamese)")
    #expect(!vietnamese.standardOutput.contains("2024-10-31"), "\(vietnamese)")
  }

  @Test func theGapReportShowsTheTrend() async throws {
    let text = try await run(["gaps"])
    #expect(text.exitStatus == 0, "\(text)")
    #expect(
      text.outputLines.contains("    trend of 'targets-2025': 19 (30 June 2025) → 23 (31 December 2025)"), "\(text)")
    let markdown = try await run(["gaps", "--format", "markdown", "--lang", "vi"])
    #expect(markdown.outputLines.contains("  - diễn biến của 'targets-2025': 19 (30/06/2025) → 23 (31/12/2025)"))
    let json = try await run(["gaps", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    let indicators = try #require(object["indicators"] as? [String: Any])
    let trends = try #require(indicators["trends"] as? [[String: Any]])
    #expect(trends.map { $0["indicator"] as? String } == ["targets-2025"])
    let measurements = try #require(trends.first?["measurements"] as? [[String: Any]])
    #expect(measurements.map { $0["date"] as? String } == ["2025-06-30", "2025-12-31"])
    #expect(measurements.map { ($0["value"] as? NSNumber)?.intValue } == [19, 23])
    #expect(indicators["notReported"] as? Int == 1)
    #expect(indicators["missed"] as? Int == 1)
  }
}
