import Foundation
import Testing

/// `egovarch validate` over the bundled models, run from the package root as a user would.
@Suite struct BundledModelCommandTests {
  /// The bundled models and the exit status each one gives.
  static let expectedStatuses: [(name: String, status: Int32)] = [
    ("dien-bien-1.0.xml", 0),
    ("hau-giang-2.0.xml", 0),
    ("lai-chau-2.0-draft.xml", 1),
    ("lang-son-2.0.xml", 0),
    ("long-an-2.0.xml", 0),
  ]

  /// The text output for the Lai Châu draft, which keeps two authoring slips on purpose.
  static let laiChauOutput = """
    models/lai-chau-2.0-draft.xml:62:7: error: 'ho-tich' depends on 'lgps', which is not a component of this \
    model; did you mean 'lgsp'? [model/unresolved-reference]
    models/lai-chau-2.0-draft.xml:123:7: error: task of phase 2 names 'workstations', which is not a component \
    of this model [roadmap/unknown-component]

    """

  @Test(arguments: expectedStatuses.map(\.name))
  func bundledModelGivesItsExitStatus(_ name: String) async throws {
    let expected = try #require(Self.expectedStatuses.first { $0.name == name }?.status)
    let result = try await CommandRunner.egovarch(["validate", "models/\(name)"], in: PackageDirectory.root)
    #expect(result.exitStatus == expected, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    if expected == 0 {
      #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n", "\(result)")
    }
  }

  @Test func laiChauDraftReportsExactlyItsTwoSlips() async throws {
    let result = try await CommandRunner.egovarch(
      ["validate", "models/lai-chau-2.0-draft.xml"], in: PackageDirectory.root)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardOutput == Self.laiChauOutput + "2 errors, 0 warnings, 0 notes in 1 file\n")
    #expect(result.standardError.isEmpty)
    let report = result.textReport
    #expect(report.unparsedLines.isEmpty)
    #expect(report.findings.map(\.position) == ["62:7", "123:7"])
    #expect(report.rules == ["model/unresolved-reference", "roadmap/unknown-component"])
  }

  @Test func laiChauDraftAsJSON() async throws {
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "models/lai-chau-2.0-draft.xml"], in: PackageDirectory.root)
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.version == 1)
    #expect(report.summary == JSONSummary(files: 1, errors: 2))
    try #require(report.findings.count == 2)
    let reference = report.findings[0]
    #expect(reference.rule == "model/unresolved-reference")
    #expect(reference.severity == "error")
    #expect(reference.file == "models/lai-chau-2.0-draft.xml")
    #expect(reference.position == "62:7")
    #expect(reference.component == "ho-tich")
    #expect(reference.related == ["lgps", "lgsp"])
    #expect(reference.message.hasSuffix("did you mean 'lgsp'?"))
    #expect(!reference.suppressed)
    let task = report.findings[1]
    #expect(task.rule == "roadmap/unknown-component")
    #expect(task.position == "123:7")
    #expect(task.related.first == "workstations")
    #expect(task.message.contains("'workstations'"))
  }

  @Test func wholeModelsDirectoryAtOnce() async throws {
    let result = try await CommandRunner.egovarch(["validate", "models"], in: PackageDirectory.root)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardOutput == Self.laiChauOutput + "2 errors, 0 warnings, 0 notes in 5 files\n")
    #expect(result.standardError.isEmpty)
  }

  @Test func wholeModelsDirectoryAsJSONCountsFiveFiles() async throws {
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "models/"], in: PackageDirectory.root)
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.summary == JSONSummary(files: 5, errors: 2))
    #expect(Set(report.findings.map(\.file)) == ["models/lai-chau-2.0-draft.xml"])
  }

  @Test func absolutePathsArePrintedAsGiven() async throws {
    let model = PackageDirectory.models.appendingPathComponent("lai-chau-2.0-draft.xml").path
    let elsewhere = try TemporaryDirectory()
    let result = try await CommandRunner.egovarch(["validate", model], in: elsewhere.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.findings.map(\.file) == [model, model])
  }
}
