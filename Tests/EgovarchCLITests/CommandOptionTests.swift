import Foundation
import Testing

/// The options of `validate`: `--fail-on`, `--as-of`, bad values, help and version.
@Suite struct CommandOptionTests {
  /// The complete model with one more component, 'a', whose only defect is a dangling
  /// reference (line 9, column 7): its one finding is an error, and there is nothing else.
  static let oneError = ModelSource.complete(
    components: """
          <component id="a" kind="sector-application" name="A" status="existing">
            <dependsOn ref="ghost"/>
          </component>

      """)

  /// Writes the complete (clean) model and the one-error model into a fresh directory.
  private func inputs() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "clean.xml")
    try directory.write(Self.oneError, to: "error.xml")
    return directory
  }

  @Test(arguments: [
    ("error", Int32(1)), ("warning", 1), ("note", 1), ("never", 0),
  ])
  func failOnWithAnError(_ level: String, _ status: Int32) async throws {
    let directory = try inputs()
    let result = try await CommandRunner.egovarch(["validate", "--fail-on", level, "error.xml"], in: directory.url)
    #expect(result.exitStatus == status, "\(result)")
    #expect(result.textReport.rules == ["model/unresolved-reference"])
    #expect(result.textReport.summary == "1 error, 0 warnings, 0 notes in 1 file")
    #expect(result.standardError.isEmpty)
  }

  @Test(arguments: ["error", "warning", "note", "never"])
  func failOnWithACleanModel(_ level: String) async throws {
    let directory = try inputs()
    let result = try await CommandRunner.egovarch(["validate", "--fail-on", level, "clean.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n", "\(result)")
  }

  @Test func oneErrorModelHasExactlyItsOneFinding() async throws {
    let directory = try inputs()
    let result = try await CommandRunner.egovarch(["validate", "--fail-on", "note", "error.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(
      result.standardOutput == """
        error.xml:9:7: error: component A ('a') depends on 'ghost', which is not a component of this model \
        [model/unresolved-reference]
        1 error, 0 warnings, 0 notes in 1 file

        """)
  }

  @Test func failOnNeverStillPrintsFindings() async throws {
    let directory = try inputs()
    let result = try await CommandRunner.egovarch(
      ["validate", "--fail-on", "never", "--format", "json", "error.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(try result.jsonReport().summary == JSONSummary(files: 1, errors: 1))
  }

  @Test(arguments: ["2019-08-31", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])
  func validAsOfDateIsAccepted(_ date: String) async throws {
    let directory = try inputs()
    let clean = try await CommandRunner.egovarch(["validate", "--as-of", date, "clean.xml"], in: directory.url)
    #expect(clean.exitStatus == 0, "\(clean)")
    #expect(clean.textReport.summary?.hasPrefix("0 errors, ") == true, "\(clean)")
    let error = try await CommandRunner.egovarch(["validate", "--as-of=\(date)", "error.xml"], in: directory.url)
    #expect(error.exitStatus == 1, "\(error)")
  }

  @Test(arguments: [
    "2020-13-45", "2020-02-30", "2021-02-29", "1900-02-29", "2020-00-10", "2020-01-00", "2020-1-5",
    "20-01-01", "2020/01/01", "2020-01-01T00:00", " 2020-01-01", "0000-01-01", "abc", "",
  ])
  func invalidAsOfDateIsAUsageError(_ date: String) async throws {
    let directory = try inputs()
    let result = try await CommandRunner.egovarch(["validate", "--as-of", date, "clean.xml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(!result.standardError.isEmpty)
    #expect(result.standardOutput.isEmpty, "\(result)")
  }

  @Test(arguments: [
    ["--format", "nope"], ["--format", "JSON"], ["--fail-on", "bogus"], ["--lang", "fr"],
    ["--color", "rainbow"], ["--no-such-option"], ["--format"],
  ])
  func badOptionIsAUsageError(_ options: [String]) async throws {
    let directory = try inputs()
    let result = try await CommandRunner.egovarch(["validate", "clean.xml"] + options, in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(!result.standardError.isEmpty)
    #expect(result.standardOutput.isEmpty, "\(result)")
  }

  @Test func missingPathIsAUsageError() async throws {
    let directory = try inputs()
    let result = try await CommandRunner.egovarch(["validate"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(!result.standardError.isEmpty)
  }

  @Test func unknownSubcommandIsAUsageError() async throws {
    let directory = try inputs()
    let result = try await CommandRunner.egovarch(["validat", "clean.xml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(!result.standardError.isEmpty)
  }

  @Test func helpAndVersionSucceed() async throws {
    let directory = try inputs()
    let help = try await CommandRunner.egovarch(["validate", "--help"], in: directory.url)
    #expect(help.exitStatus == 0, "\(help)")
    for option in ["--format", "--fail-on", "--framework", "--as-of", "--lang", "--color"] {
      #expect(help.standardOutput.contains(option), "help does not mention \(option)")
    }
    let version = try await CommandRunner.egovarch(["--version"], in: directory.url)
    #expect(version.exitStatus == 0, "\(version)")
    #expect(version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
  }

  @Test func optionsMayFollowPaths() async throws {
    let directory = try inputs()
    let result = try await CommandRunner.egovarch(
      ["validate", "error.xml", "--format", "json", "clean.xml", "--fail-on", "never"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(try result.jsonReport().summary == JSONSummary(files: 2, errors: 1))
  }
}
