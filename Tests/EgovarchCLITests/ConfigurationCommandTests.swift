import EgovarchTestSupport
import Foundation
import Testing

/// `.egovarch.yml`: found from the working directory upward, named with `--config`, ignored with
/// `--no-config`; the command line wins over it; its errors stop the run with their line.
@Suite struct ConfigurationCommandTests {
  private static let draft = "lai-chau-2.0-draft.xml"

  /// A repository with the Lai Châu draft, an archived copy and `configuration` at its root.
  private func repository(configuration: String?) throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    let text = try String(contentsOf: PackageRoot.modelsFolder.appendingPathComponent(Self.draft), encoding: .utf8)
    try directory.write(text, to: "models/\(Self.draft)")
    try directory.write(text, to: "models/archive/2019/\(Self.draft)")
    try directory.write("<architecture", to: "models/drafts/broken.xml")
    if let configuration { try directory.write(configuration, to: ".egovarch.yml") }
    return directory
  }

  @Test func theNearestConfigurationAppliesFromASubdirectory() async throws {
    let directory = try repository(
      configuration: """
        disabled-rules: [roadmap/overdue]
        severity:
          model/unresolved-reference: note
        exclude:
          - models/archive
          - models/drafts/*.xml
        fail-on: warning
        """)
    let result = try await CommandRunner.egovarch(
      ["validate", ".", "--format", "json"], in: directory.url(of: "models"))
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.summary.files == 1, "\(result)")
    #expect(!report.rules.contains("roadmap/overdue"), "\(result)")
    #expect(!report.rules.contains("xml/malformed"), "\(result)")
    let unresolved = report.findings.filter { $0.rule == "model/unresolved-reference" }
    #expect(!unresolved.isEmpty && unresolved.allSatisfy { $0.severity == "note" }, "\(result)")
  }

  @Test func theCommandLineWinsOverTheConfiguration() async throws {
    let directory = try repository(configuration: "fail-on: never\nonly-rules: [model/unresolved-reference]\n")
    let configured = try await CommandRunner.egovarch(["validate", "models/\(Self.draft)"], in: directory.url)
    #expect(configured.exitStatus == 0, "\(configured)")
    #expect(configured.textReport.findings.map(\.rule) == ["model/unresolved-reference"], "\(configured)")
    let overridden = try await CommandRunner.egovarch(
      ["validate", "models/\(Self.draft)", "--fail-on", "error"], in: directory.url)
    #expect(overridden.exitStatus == 1, "\(overridden)")
    let ignored = try await CommandRunner.egovarch(
      ["validate", "models/\(Self.draft)", "--no-config"], in: directory.url)
    #expect(ignored.textReport.findings.count > 1, "\(ignored)")
  }

  @Test func filesNamedOnTheCommandLineAreNeverExcluded() async throws {
    let directory = try repository(configuration: "exclude: [models/drafts]\n")
    let result = try await CommandRunner.egovarch(["validate", "models/drafts/broken.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.findings.map(\.rule).contains("xml/malformed"), "\(result)")
  }

  @Test func aConfigurationFrameworkIsUsedForEveryModel() async throws {
    let directory = try repository(configuration: "framework: \"1.0\"\n")
    let result = try await CommandRunner.egovarch(
      ["validate", "models/\(Self.draft)", "--format", "json"], in: directory.url)
    let report = try result.jsonReport()
    let withFramework = try await CommandRunner.egovarch(
      ["validate", "models/\(Self.draft)", "--format", "json", "--framework", "1.0", "--no-config"], in: directory.url)
    #expect(report.rules == (try withFramework.jsonReport()).rules, "\(result)")
    let missing = try repository(configuration: "framework: frameworks/ours.xml\n")
    let failed = try await CommandRunner.egovarch(["validate", "models/\(Self.draft)"], in: missing.url)
    #expect(failed.exitStatus == 2, "\(failed)")
    #expect(failed.standardError.contains(".egovarch.yml: framework: '"), "\(failed)")
    #expect(failed.standardError.contains("frameworks/ours.xml"), "\(failed)")
  }

  @Test func anExplicitConfigurationIsUsedAndItsErrorsCarryTheLine() async throws {
    let directory = try repository(configuration: nil)
    try directory.write("fail-on: warning\nseverty:\n  roadmap/overdue: error\n", to: "ci/egovarch.yml")
    let result = try await CommandRunner.egovarch(
      ["validate", "models/\(Self.draft)", "--config", "ci/egovarch.yml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.hasPrefix("egovarch: error: ci/egovarch.yml:2:1: unknown key 'severty'"), "\(result)")
    #expect(result.standardError.contains("did you mean 'severity'?"), "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
  }

  @Test func unknownRuleIdsAreErrorsWithTheLine() async throws {
    let directory = try repository(configuration: "disabled-rules:\n  - roadmap/overdue\n  - roadmap/overdu\n")
    let result = try await CommandRunner.egovarch(["validate", "models"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains(".egovarch.yml:3:5: unknown rule id 'roadmap/overdu'"), "\(result)")
  }

  @Test func configAndNoConfigTogetherAreAUsageError() async throws {
    let directory = try repository(configuration: nil)
    let result = try await CommandRunner.egovarch(
      ["validate", "models", "--config", "x.yml", "--no-config"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("--config and --no-config cannot be used together"), "\(result)")
  }
}
