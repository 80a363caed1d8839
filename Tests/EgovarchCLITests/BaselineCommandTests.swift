import EgovarchTestSupport
import Foundation
import Testing

/// `--write-baseline` and `--baseline`: known findings stay quiet through line shifts and
/// reordering; only new ones are reported, counted and fail the run.
@Suite struct BaselineCommandTests {
  private static let draft = "lai-chau-2.0-draft.xml"

  /// A copy of the Lai Châu draft (which has errors and warnings) in a fresh directory.
  private func repository() throws -> (TemporaryDirectory, String) {
    let directory = try TemporaryDirectory()
    let text = try String(contentsOf: PackageRoot.modelsFolder.appendingPathComponent(Self.draft), encoding: .utf8)
    try directory.write(text, to: "models/\(Self.draft)")
    return (directory, text)
  }

  @Test func onlyNewFindingsAreReportedAfterAnEdit() async throws {
    let (directory, text) = try repository()
    let recorded = try await CommandRunner.egovarch(
      ["validate", "models", "--write-baseline", "baseline.json", "--no-config"], in: directory.url)
    #expect(recorded.exitStatus == 1, "\(recorded)")
    let baseline = try String(contentsOf: directory.url(of: "baseline.json"), encoding: .utf8)
    #expect(baseline.contains("\"file\": \"models/\(Self.draft)\""))
    #expect(baseline.contains("\"rule\": \"model/unresolved-reference\""))

    // Shift every line and add one component with a dangling reference.
    let edited = text.replacingOccurrences(
      of: "<components>",
      with: """
        <components>
            <!-- added in review -->

            <component id="gis" kind="gis" name="GIS" status="planned"><dependsOn ref="no-such-thing"/></component>
        """)
    #expect(edited != text)
    try directory.write(edited, to: "models/\(Self.draft)")
    let result = try await CommandRunner.egovarch(
      ["validate", "models", "--baseline", "baseline.json", "--format", "json", "--no-config"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.findings.map(\.rule).contains("model/unresolved-reference"), "\(result)")
    #expect(report.findings.allSatisfy { $0.component == "gis" }, "\(result)")
    #expect(report.summary.errors == report.findings.filter { $0.severity == "error" }.count)
    #expect(result.standardError.contains("known findings of the baseline 'baseline.json'"), "\(result)")
  }

  @Test func aShiftedModelWithNothingNewPasses() async throws {
    let (directory, text) = try repository()
    _ = try await CommandRunner.egovarch(
      ["validate", "models", "--write-baseline", "baseline.json", "--no-config"], in: directory.url)
    let shifted = text.replacingOccurrences(of: "<components>", with: "<components>\n\n\n")
      .replacingOccurrences(of: "<roadmap", with: "\n\n<roadmap")
    try directory.write(shifted, to: "models/\(Self.draft)")
    let result = try await CommandRunner.egovarch(
      ["validate", "models", "--baseline", "baseline.json", "--fail-on", "note", "--no-config"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n", "\(result)")
  }

  @Test func aBaselineIsWrittenAtomicallyAndNeverOverAModel() async throws {
    let (directory, _) = try repository()
    let refused = try await CommandRunner.egovarch(
      ["validate", "models", "--write-baseline", "models/\(Self.draft)", "--no-config"], in: directory.url)
    #expect(refused.exitStatus == 2, "\(refused)")
    #expect(refused.standardError.contains("refusing to write over the model file"), "\(refused)")
    let unwritable = try await CommandRunner.egovarch(
      ["validate", "models", "--write-baseline", "no-such-folder/baseline.json", "--no-config"], in: directory.url)
    #expect(unwritable.exitStatus == 2, "\(unwritable)")
    #expect(unwritable.standardError.contains("cannot write 'no-such-folder/baseline.json'"), "\(unwritable)")
    let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
    #expect(left == ["models"])
  }

  @Test(arguments: [
    ("not json", "1:1: not an egovarch baseline: it is not a JSON object"),
    ("{\"version\": 7, \"findings\": []}", "1:13: not an egovarch baseline: 'version' must be 1 or 2"),
    ("{\"version\": 3, \"findings\": []}", "1:13: not an egovarch baseline: 'version' must be 1 or 2"),
    ("{\"version\": true, \"findings\": []}", "1:13: not an egovarch baseline: 'version' must be 1 or 2"),
    ("{\"version\": 1, \"findings\": [{\"rule\": \"x\"}]}", "1:29: not an egovarch baseline: finding 1 lacks"),
    (
      "{\"version\": 1,\n\"findings\": []}]", "2:16: not an egovarch baseline: unexpected ']' after the baseline object"
    ),
  ])
  func badBaselinesAreCommandFailures(content: String, reason: String) async throws {
    let (directory, _) = try repository()
    try directory.write(content, to: "baseline.json")
    let result = try await CommandRunner.egovarch(
      ["validate", "models", "--baseline", "baseline.json", "--no-config"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("--baseline: baseline.json:\(reason)"), "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
  }

  @Test func missingBaselineIsACommandFailure() async throws {
    let (directory, _) = try repository()
    let result = try await CommandRunner.egovarch(
      ["validate", "models", "--baseline", "nothing.json", "--no-config"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("--baseline: no such file or directory: 'nothing.json'"), "\(result)")
  }
}
