import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch gaps MODEL`: the gap report, in text, Markdown and JSON, in English and Vietnamese.
@Suite struct GapsCommandTests {
  /// Runs `egovarch gaps` with `arguments` from the package root.
  private func gaps(_ arguments: [String]) async throws -> CommandResult {
    try await CommandRunner.egovarch(["gaps"] + arguments, in: PackageRoot.url)
  }

  /// The lines of `result`'s standard output, without their indentation.
  private func trimmedLines(_ result: CommandResult) -> [String] {
    result.outputLines.map { $0.trimmingCharacters(in: .whitespaces) }
  }

  // MARK: - Long An: every required component, 6 of 14 indicators missed

  @Test func longAnAsText() async throws {
    let result = try await gaps(["models/long-an-2.0.xml"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    #expect(result.outputLines.first == "Gap report: Long An", "\(result)")
    let lines = trimmedLines(result)
    #expect(lines.contains("model: models/long-an-2.0.xml"))
    #expect(lines.contains("framework: 2.0 (Vietnam e-Government Architecture Framework, version 2.0)"))
    #expect(lines.contains("as of 15 April 2021"))
    for heading in [
      "REQUIRED COMPONENTS", "MISSING LINKS", "LINKS THAT BYPASS THE INTEGRATION PLATFORM", "ROADMAP", "INDICATORS",
      "ROADMAP CONFLICTS",
    ] {
      #expect(result.outputLines.contains(heading), "no heading \(heading): \(result)")
    }
    #expect(lines.contains("11 of 11 present"), "\(result)")
    #expect(lines.contains("0 missing"), "\(result)")
    #expect(lines.contains("6 of 14 met; 6 missed, 2 not reported, 0 not yet due"), "\(result)")
    #expect(lines.contains("0 found"), "\(result)")
    // The six missed indicators are listed with their positions, as validate reports them, after
    // the two measured only after their deadline.
    let listed = lines.filter { $0.contains("missed its target") }.map { String($0.prefix { $0 != " " }) }
    #expect(listed == ["182:5", "185:5", "188:5", "191:5", "194:5", "197:5"], "\(result)")
    let late = lines.filter { $0.contains("was not reported at its deadline") }.map { String($0.prefix { $0 != " " }) }
    #expect(late == ["172:5", "177:5"], "\(result)")
    #expect(lines.contains { $0.hasPrefix("phase 1 (2019–2020)") && $0.hasSuffix(": 8 of 8 tasks done, 0 overdue") })
  }

  @Test func longAnAsMarkdown() async throws {
    let result = try await gaps(["--format", "markdown", "models/long-an-2.0.xml"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput.hasPrefix("# Gap report: Long An\n"), "\(result)")
    for heading in [
      "## Required components", "## Missing links", "## Links that bypass the integration platform", "## Roadmap",
      "## Indicators", "## Roadmap conflicts",
    ] {
      #expect(result.outputLines.contains(heading), "no heading \(heading): \(result)")
    }
    #expect(result.outputLines.contains("- 11 of 11 present"), "\(result)")
    #expect(result.outputLines.contains { $0.hasPrefix("- 6 of 14 met") }, "\(result)")
    #expect(result.outputLines.filter { $0.hasPrefix("  - `1") && $0.contains("missed its target") }.count == 6)
    #expect(!result.standardOutput.contains("\u{1B}"))
  }

  @Test func longAnAsJSON() async throws {
    let result = try await gaps(["--format", "json", "models/long-an-2.0.xml"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.isEmpty)
    let root = try JSONObject(JSONSerialization.jsonObject(with: result.standardOutputBytes), path: "gaps")
    #expect(try root.integer("version") == 1)
    #expect(try root.string("file") == "models/long-an-2.0.xml")
    #expect(try root.string("province") == "Long An")
    #expect(try root.string("framework") == "2.0")
    #expect(try root.string("asOf") == "2021-04-15")
    let required = try root.object("requiredComponents")
    #expect(try required.integer("present") == 11)
    #expect(try required.integer("required") == 11)
    #expect(try required.array("missing").isEmpty)
    #expect(try root.array("missingLinks").isEmpty)
    #expect(try root.array("bypassingLinks").isEmpty)
    let phases = try root.array("phases").enumerated().map { try JSONObject($1, path: "phases[\($0)]") }
    #expect(try phases.map { try $0.integer("number") } == [1, 2, 3])
    #expect(try phases.map { try $0.integer("done") } == [8, 0, 0])
    #expect(try phases.map { try $0.integer("total") } == [8, 11, 4])
    #expect(try phases.allSatisfy { try $0.array("overdue").isEmpty })
    let indicators = try root.object("indicators")
    #expect(try indicators.integer("met") == 6)
    #expect(try indicators.integer("total") == 14)
    #expect(try indicators.integer("missed") == 6)
    #expect(try indicators.integer("notReported") == 2)
    let findings = try indicators.array("findings").enumerated().map {
      try JSONObject($1, path: "indicators.findings[\($0)]")
    }
    #expect(
      try findings.map { try $0.string("rule") }
        == Array(repeating: "kpi/not-reported", count: 2) + Array(repeating: "kpi/target-missed", count: 6))
    #expect(try findings.map { try $0.integer("line") } == [172, 177, 182, 185, 188, 191, 194, 197])
    #expect(try root.array("conflicts").isEmpty)
  }

  @Test func longAnInVietnamese() async throws {
    let result = try await gaps(["--lang", "vi", "models/long-an-2.0.xml"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.outputLines.first == "Báo cáo khoảng cách: Long An", "\(result)")
    let lines = trimmedLines(result)
    for heading in [
      "THÀNH PHẦN BẮT BUỘC", "LIÊN KẾT CÒN THIẾU", "LIÊN KẾT KHÔNG QUA NỀN TẢNG TÍCH HỢP", "LỘ TRÌNH", "CHỈ TIÊU",
      "XUNG ĐỘT LỘ TRÌNH",
    ] {
      #expect(result.outputLines.contains(heading), "no heading \(heading): \(result)")
    }
    #expect(lines.contains("có 11/11"), "\(result)")
    #expect(lines.contains { $0.hasPrefix("đạt 6/14; 6 không đạt, 2 chưa báo cáo") }, "\(result)")
    #expect(lines.filter { $0.contains("không đạt: ") }.count == 6, "\(result)")
    #expect(lines.contains("khung kiến trúc: 2.0 (Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 2.0)"))
  }

  @Test func languageFollowsTheEnvironmentAndMarkdownToo() async throws {
    let result = try await CommandRunner.egovarch(
      ["gaps", "--format", "markdown", "models/long-an-2.0.xml"], in: PackageRoot.url,
      environment: ["LANG": "vi_VN.UTF-8"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput.hasPrefix("# Báo cáo khoảng cách: Long An\n"), "\(result)")
    #expect(result.outputLines.contains("## Chỉ tiêu"), "\(result)")
  }

  /// Long An's six short indicators are not yet due on their deadline day, missed the day after;
  /// its level 3 and 4 rates, measured only on 2021-04-15, are not yet due on the day and not
  /// reported the day after.
  ///
  /// On 2020-12-31 they are not yet due, not met; on 2021-01-01 they are missed. Something due
  /// on D is met when done on D and late from D + 1.
  @Test func longAnOnItsDeadlineDayAndTheDayAfter() async throws {
    let onTheDay = try await gaps(["--as-of", "2020-12-31", "models/long-an-2.0.xml"])
    #expect(onTheDay.exitStatus == 0, "\(onTheDay)")
    #expect(
      trimmedLines(onTheDay).contains("6 of 14 met; 0 missed, 0 not reported, 8 not yet due"), "\(onTheDay)")
    #expect(!onTheDay.standardOutput.contains("missed its target"), "\(onTheDay)")
    let vietnamese = try await gaps(["--as-of", "2020-12-31", "--lang", "vi", "models/long-an-2.0.xml"])
    #expect(
      trimmedLines(vietnamese).contains("đạt 6/14; 0 không đạt, 0 chưa báo cáo, 8 chưa đến hạn"), "\(vietnamese)")
    let dayAfter = try await gaps(["--as-of", "2021-01-01", "--format", "json", "models/long-an-2.0.xml"])
    let root = try JSONObject(JSONSerialization.jsonObject(with: dayAfter.standardOutputBytes), path: "gaps")
    let indicators = try root.object("indicators")
    #expect(try indicators.integer("met") == 6)
    #expect(try indicators.integer("missed") == 6)
    #expect(try indicators.integer("notReported") == 2)
    #expect(try indicators.integer("notYetDue") == 0)
    let early = try await gaps(["--as-of", "2020-12-31", "--format", "json", "models/long-an-2.0.xml"])
    let earlyRoot = try JSONObject(JSONSerialization.jsonObject(with: early.standardOutputBytes), path: "gaps")
    #expect(try earlyRoot.object("indicators").integer("notYetDue") == 8)
    #expect(try earlyRoot.object("indicators").integer("met") == 6)
  }

  // MARK: - Điện Biên: a link around the LGSP

  /// The one-stop-shop that reaches the National Public Service Portal around the LGSP is filed
  /// with the framework's links, not among the roadmap's conflicts.
  @Test func dienBienFilesItsBypassWithTheLinks() async throws {
    let result = try await gaps(["--format", "json", "models/dien-bien-1.0.xml"])
    #expect(result.exitStatus == 0, "\(result)")
    let root = try JSONObject(JSONSerialization.jsonObject(with: result.standardOutputBytes), path: "gaps")
    let bypassing = try root.array("bypassingLinks").enumerated().map {
      try JSONObject($1, path: "bypassingLinks[\($0)]")
    }
    #expect(try bypassing.map { try $0.string("rule") } == ["framework/bypass-integration"])
    #expect(try bypassing.map { try $0.optionalString("component") } == ["one-stop"])
    #expect(try bypassing.map { try $0.integer("line") } == [42])
    let conflicts = try root.array("conflicts").enumerated().map { try JSONObject($1, path: "conflicts[\($0)]") }
    #expect(try conflicts.allSatisfy { try $0.string("rule") != "framework/bypass-integration" })
    #expect(try conflicts.map { try $0.string("rule") }.contains("roadmap/dependency-later"))
    let text = try await gaps(["models/dien-bien-1.0.xml"])
    let lines = text.outputLines
    let heading = try #require(lines.firstIndex(of: "LINKS THAT BYPASS THE INTEGRATION PLATFORM"), "\(text)")
    #expect(lines[heading + 1] == "  1 found", "\(text)")
    #expect(
      lines[heading + 2].hasPrefix(
        "    42:7 component Hệ thống thông tin một cửa điện tử tỉnh ('one-stop') integrates straight with"), "\(text)")
  }

  // MARK: - Lai Châu: a planned link, four overdue tasks of phase 1

  @Test func laiChauListsItsOverdueTasksAndConflicts() async throws {
    let result = try await gaps(["models/lai-chau-2.0-draft.xml"])
    #expect(result.exitStatus == 0, "the report was made: \(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    let lines = trimmedLines(result)
    #expect(lines.contains("as of 18 August 2020"))
    #expect(lines.contains("11 of 11 present"), "\(result)")
    // The reporting link is planned with the planned reporting system: not missing.
    #expect(lines.contains("0 missing"), "\(result)")
    let phase1 = try #require(lines.first { $0.hasPrefix("phase 1 (2017–2019)") }, "\(result)")
    #expect(phase1.hasSuffix(": 4 of 8 tasks done, 4 overdue"), "\(result)")
    for position in ["112:7", "113:7", "114:7", "115:7"] {
      #expect(lines.contains { $0.hasPrefix("\(position) task ") && $0.contains("is not done") }, "\(result)")
    }
    #expect(lines.contains { $0.hasPrefix("phase 2 (2020)") && $0.hasSuffix(": 0 of 7 tasks done, 0 overdue") })
    // No indicator is due before asOf; the national systems the reporting system and the LGSP
    // of phase 1 rely on, available only from 2020, are the roadmap's conflicts.
    #expect(lines.contains { $0.hasPrefix("0 of 6 met") && $0.contains("6 not yet due") }, "\(result)")
    #expect(lines.contains("3 found"), "\(result)")
    let conflicts = lines.filter { $0.hasPrefix("57:7 ") || $0.hasPrefix("68:7 ") || $0.hasPrefix("69:7 ") }
    #expect(conflicts.count == 3, "\(result)")
    #expect(conflicts.first?.contains("('national:government-reporting-system'), available only from 2020") == true)
    // The authoring slips are validate's business, not the gap report's.
    #expect(!result.standardOutput.contains("lgps"))
  }

  @Test func laiChauAsJSON() async throws {
    let result = try await gaps(["--format", "json", "models/lai-chau-2.0-draft.xml"])
    #expect(result.exitStatus == 0, "\(result)")
    let root = try JSONObject(JSONSerialization.jsonObject(with: result.standardOutputBytes), path: "gaps")
    let links = try root.array("missingLinks").enumerated().map { try JSONObject($1, path: "missingLinks[\($0)]") }
    #expect(links.isEmpty)
    let phases = try root.array("phases").enumerated().map { try JSONObject($1, path: "phases[\($0)]") }
    #expect(try phases.map { try $0.array("overdue").count } == [4, 0, 0])
    #expect(try phases.map { try $0.integer("done") } == [4, 0, 0])
    let conflicts = try root.array("conflicts").enumerated().map { try JSONObject($1, path: "conflicts[\($0)]") }
    #expect(try conflicts.map { try $0.string("rule") } == Array(repeating: "framework/national-unavailable", count: 3))
    #expect(try conflicts.map { try $0.integer("line") } == [57, 68, 69])
  }

  @Test func laiChauInVietnamese() async throws {
    let result = try await gaps(["--lang", "vi", "models/lai-chau-2.0-draft.xml"])
    #expect(result.exitStatus == 0, "\(result)")
    let lines = trimmedLines(result)
    #expect(lines.contains("thiếu 0"), "\(result)")
    #expect(
      lines.contains {
        $0.hasPrefix("giai đoạn 1 (2017–2019)") && $0.hasSuffix(": hoàn thành 4/8 nhiệm vụ, 4 quá hạn")
      },
      "\(result)")
  }

  // MARK: - Options and failures

  @Test func asOfOptionMovesTheJudgement() async throws {
    // Before phase 1 of Lai Châu ends nothing is overdue; after 2020 the indicators fall due.
    let early = try await gaps(["--as-of", "2019-06-30", "models/lai-chau-2.0-draft.xml"])
    #expect(early.exitStatus == 0, "\(early)")
    #expect(trimmedLines(early).contains("as of 30 June 2019"))
    #expect(
      trimmedLines(early).contains { $0.hasPrefix("phase 1 (2017–2019)") && $0.hasSuffix(", 0 overdue") }, "\(early)")
    let late = try await gaps(["--as-of", "2021-06-30", "--format", "json", "models/lai-chau-2.0-draft.xml"])
    #expect(late.exitStatus == 0, "\(late)")
    let root = try JSONObject(JSONSerialization.jsonObject(with: late.standardOutputBytes), path: "gaps")
    #expect(try root.string("asOf") == "2021-06-30")
    #expect(try root.object("indicators").integer("notYetDue") == 0)
  }

  @Test func frameworkOptionChangesTheRequirements() async throws {
    let result = try await gaps(["--framework", "2.0", "models/dien-bien-1.0.xml"])
    #expect(result.exitStatus == 0, "\(result)")
    let lines = trimmedLines(result)
    #expect(lines.contains { $0.hasPrefix("framework: 2.0 ") }, "\(result)")
    #expect(lines.contains("9 of 11 present"), "\(result)")
    // A warning: until 2026-06-30 the SOC rests on Directive 14/CT-TTg and a monitoring duty.
    #expect(lines.contains { $0.hasPrefix("security operations centre (SOC) ('soc'), warning; basis: ") }, "\(result)")
    let own = try await gaps(["models/dien-bien-1.0.xml"])
    #expect(trimmedLines(own).contains("7 of 7 present"), "\(own)")
  }

  @Test func malformedModelIsReportedOnStandardError() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.document("  <components>"), to: "unclosed.xml")
    let result = try await CommandRunner.egovarch(["gaps", "unclosed.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(result.standardError.hasPrefix("unclosed.xml:4:16: error: opening and ending tag mismatch"), "\(result)")
    #expect(result.standardError.contains("[xml/malformed]"), "\(result)")
    #expect(result.standardError.contains("1 error, 0 warnings, 0 notes in 1 file"), "\(result)")
  }

  @Test func emptyFileIsReportedOnStandardError() async throws {
    let directory = try TemporaryDirectory()
    try directory.write("", to: "empty.xml")
    let result = try await CommandRunner.egovarch(["gaps", "--format", "json", "empty.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(result.standardError.hasPrefix("empty.xml:1:1: error: the file is empty [xml/malformed]"), "\(result)")
  }

  @Test func missingModelIsACommandFailure() async throws {
    let directory = try TemporaryDirectory()
    let result = try await CommandRunner.egovarch(["gaps", "no-such-model.xml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(result.standardError.hasPrefix("egovarch: error: "), "\(result)")
    #expect(result.standardError.contains("no-such-model.xml"), "\(result)")
  }

  @Test func directoryIsNotAModel() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "models/a.xml")
    let result = try await CommandRunner.egovarch(["gaps", "models"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(result.standardError.hasPrefix("egovarch: error: "), "\(result)")
  }

  @Test(arguments: [
    ["--format", "sarif"], ["--format", "JSON"], ["--lang", "fr"], ["--as-of", "2020-02-30"], ["--no-such-option"],
    ["--fail-on", "error"],
  ])
  func badOptionIsAUsageError(_ options: [String]) async throws {
    let result = try await gaps(options + ["models/long-an-2.0.xml"])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(!result.standardError.isEmpty)
  }

  @Test func missingModelArgumentIsAUsageError() async throws {
    let result = try await gaps([])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(!result.standardError.isEmpty)
  }

  @Test func helpNamesTheOptions() async throws {
    let result = try await gaps(["--help"])
    #expect(result.exitStatus == 0, "\(result)")
    for option in ["--format", "--framework", "--as-of", "--lang"] {
      #expect(result.standardOutput.contains(option), "help does not mention \(option)")
    }
  }
}
