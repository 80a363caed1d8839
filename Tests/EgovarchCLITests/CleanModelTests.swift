import Foundation
import Testing

/// A correct model gives no findings and exit status 0, in every format and language.
///
/// "Correct" now means correct against the framework too: `ModelSource.complete` has every
/// component and link that framework 2.0 requires and a consistent roadmap.
@Suite struct CleanModelTests {
  @Test func completeModelIsClean() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "complete.xml")
    let result = try await CommandRunner.egovarch(["validate", "--fail-on", "note", "complete.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n", "\(result)")
    #expect(result.standardError.isEmpty)
  }

  @Test func completeModelIsCleanAsJSON() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "complete.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "complete.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    let report = try result.jsonReport()
    #expect(report.findings.isEmpty, "\(result)")
    #expect(report.summary == JSONSummary(files: 1, errors: 0))
  }

  @Test func completeModelIsCleanInVietnamese() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "complete.xml")
    let result = try await CommandRunner.egovarch(["validate", "--lang", "vi", "complete.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 lỗi, 0 cảnh báo, 0 ghi chú trong 1 tệp\n")
  }

  @Test func completeModelIsCleanAgainstFramework2() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "complete.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--fail-on", "note", "--framework", "2.0", "complete.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n", "\(result)")
  }

  /// Against 1.0 the complete model meets every requirement, and is told that 1.0 had been
  /// replaced by its date (2023-12-28), by 2.0 on 2019-12-31.
  @Test func completeModelAgainstFramework1IsOnlyToldItIsSuperseded() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "complete.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--framework", "1.0", "complete.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(
      result.standardOutput
        == "complete.xml:2:1: warning: framework 1.0 was replaced on 31 December 2019 by framework 2.0, Vietnam "
        + "e-Government Architecture Framework, version 2.0 (Decision 2323/QĐ-BTTTT of 31/12/2019) "
        + "[framework/superseded]\n0 errors, 1 warning, 0 notes in 1 file\n", "\(result)")
  }

  @Test func completeModelHasNoGaps() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "complete.xml")
    let result = try await CommandRunner.egovarch(["gaps", "complete.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.isEmpty)
    let lines = result.outputLines.map { $0.trimmingCharacters(in: .whitespaces) }
    for expected in [
      "11 of 11 present", "0 missing", "phase 1 (2020–2021), Hạ tầng và nền tảng: 3 of 3 tasks done, 0 overdue",
      "phase 2 (2022–2023), Ứng dụng: 3 of 3 tasks done, 0 overdue",
      "phase 3 (2024–2025), Vận hành: 2 of 2 tasks done, 0 overdue", "0 found",
    ] {
      #expect(lines.contains(expected), "no line '\(expected)' in \(result)")
    }
    #expect(lines.contains { $0.hasPrefix("2 of 2 met") }, "\(result)")
  }

  /// The smallest document the schema accepts is well-formed and valid, and what the framework
  /// then says is exactly that each required component is missing, with the severity the force
  /// of its basis gives: the decrees' and the Prime Minister's decisions' as errors, the
  /// framework decision's (data centre), the directive's (e-mail, SOC) and the lowered ones as
  /// warnings.
  @Test func smallestModelMissesEveryRequiredComponentAndNothingElse() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.document("  <components/>"), to: "empty-components.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "--as-of", "2023-12-28", "empty-components.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(Set(report.rules) == ["framework/missing-component"], "\(result)")
    #expect(report.findings.allSatisfy { $0.position == "2:1" && $0.component == nil })
    // `related` holds the kinds that would meet each requirement, the required one first.
    func kinds(_ severity: String) -> Set<String> {
      Set(report.findings.filter { $0.severity == severity }.compactMap(\.related.first))
    }
    #expect(
      report.findings.allSatisfy { finding in finding.related.allSatisfy { finding.message.contains("('\($0)')") } })
    #expect(
      kinds("error") == [
        "lgsp", "one-stop-shop", "web-portal", "eoffice", "public-service-portal", "reporting-system",
      ])
    #expect(kinds("warning") == ["data-centre", "email", "soc", "security-system", "digital-signature"])
    #expect(report.summary == JSONSummary(files: 1, errors: 6, warnings: 5))
  }

  @Test func byteOrderMarkAndWindowsLineEndingsAreAccepted() async throws {
    let directory = try TemporaryDirectory()
    let windows = ModelSource.complete.replacingOccurrences(of: "\n", with: "\r\n")
    try directory.write(Data([0xEF, 0xBB, 0xBF]) + Data(windows.utf8), to: "windows.xml")
    let result = try await CommandRunner.egovarch(["validate", "windows.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n")
  }

  @Test func cleanFilesInNestedFoldersAreAllCounted() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "tree/a.xml")
    try directory.write(ModelSource.complete, to: "tree/sub/b.xml")
    try directory.write(ModelSource.complete, to: "tree/sub/deeper/c.xml")
    try directory.write("not a model", to: "tree/sub/notes.txt")
    let result = try await CommandRunner.egovarch(["validate", "tree"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 3 files\n")
  }
}
