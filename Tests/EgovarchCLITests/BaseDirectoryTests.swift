import EgovarchTestSupport
import Foundation
import Testing

/// `validate --base-dir DIR`: every format names files from the base directory, by default the
/// top of the git working tree (a `.git` directory or a `gitdir:` file above the working
/// directory), so that a step run in a subdirectory names files as GitHub and GitLab place them.
@Suite struct BaseDirectoryTests {
  /// The name each format gives the model, read from its output.
  static func reportedNames(in result: CommandResult, format: String) async throws -> [String] {
    let output = result.standardOutput
    switch format {
    case "text": return result.outputLines.dropLast().map { String($0.prefix { $0 != ":" }) }
    case "json": return try result.jsonReport().findings.map(\.file)
    case "github": return result.outputLines.dropLast().compactMap { GitHubCommand($0)?.file }
    case "azure": return result.outputLines.dropLast().compactMap { AzureLoggingCommand($0)?.properties["sourcepath"] }
    case "markdown": return result.outputLines.filter { $0.hasPrefix("### ") }.map { String($0.dropFirst(4)) }
    case "codeclimate":
      let issues = try JSONSerialization.jsonObject(with: result.standardOutputBytes) as? [[String: Any]] ?? []
      return issues.compactMap { ($0["location"] as? [String: Any])?["path"] as? String }
    case "sarif":
      let log = try JSONSerialization.jsonObject(with: result.standardOutputBytes) as? [String: Any]
      let run = (log?["runs"] as? [[String: Any]])?.first
      let results = run?["results"] as? [[String: Any]] ?? []
      return results.compactMap { result in
        let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        return (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
      }
    case "junit":
      return [try await XMLLint.evaluate("string(/testsuites/testsuite/@name)", in: result.standardOutputBytes)]
    case "checkstyle":
      return [try await XMLLint.evaluate("string(/checkstyle/file/@name)", in: result.standardOutputBytes)]
    default:
      Issue.record("no reader for \(format): \(output.prefix(100))")
      return []
    }
  }

  /// A repository in a fresh directory: `repo/` with `marker` written as `repo/.git` (`nil`: a
  /// directory) and the format document's example at `repo/provinces/lai-chau/models/m.xml`.
  private func repository(marker: String? = nil) throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    if let marker {
      try directory.write(marker, to: "repo/.git")
    } else {
      try directory.makeFolder("repo/.git/objects")
      try directory.write("ref: refs/heads/main\n", to: "repo/.git/HEAD")
    }
    try directory.write(FormatExample.text, to: "repo/provinces/lai-chau/models/m.xml")
    return directory
  }

  /// Runs `validate --format FORMAT` with `options` on `models/m.xml` from `repo/provinces/lai-chau`
  /// and checks that every name the format gives is `expected`.
  private func expectNames(
    _ expected: String, format: String, options: [String] = [], in directory: TemporaryDirectory
  ) async throws {
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", format] + options + ["models/m.xml"],
      in: directory.url(of: "repo/provinces/lai-chau"))
    #expect(result.exitStatus == 1, "\(result)")
    let names = try await Self.reportedNames(in: result, format: format)
    #expect(!names.isEmpty, "\(format): \(result)")
    #expect(names.allSatisfy { $0 == expected }, "\(format): \(names)")
  }

  @Test(arguments: CIFormatExitStatusTests.formats)
  func aGitDirectoryAboveMakesNamesRepositoryRelative(format: String) async throws {
    let directory = try repository()
    try await expectNames("provinces/lai-chau/models/m.xml", format: format, in: directory)
  }

  @Test(arguments: CIFormatExitStatusTests.formats)
  func aGitdirFileAboveMakesNamesWorktreeRelative(format: String) async throws {
    let directory = try repository(marker: "gitdir: /elsewhere/.git/worktrees/repo\n")
    try await expectNames("provinces/lai-chau/models/m.xml", format: format, in: directory)
  }

  @Test(arguments: ["github", "sarif", "text"])
  func anExplicitBaseDirectoryWins(format: String) async throws {
    let directory = try repository()
    try await expectNames("models/m.xml", format: format, options: ["--base-dir", "."], in: directory)
    try await expectNames("lai-chau/models/m.xml", format: format, options: ["--base-dir", ".."], in: directory)
    try await expectNames(
      "provinces/lai-chau/models/m.xml", format: format,
      options: ["--base-dir", directory.url(of: "repo").path], in: directory)
    // A file outside the base directory keeps its absolute path (SARIF: a file:// URI).
    let outside = directory.url(of: "repo/provinces/lai-chau/models/m.xml").path
    let expected = format == "sarif" ? "file://" + outside : outside
    try directory.makeFolder("repo/other")
    try await expectNames(expected, format: format, options: ["--base-dir", "../../other"], in: directory)
  }

  @Test func sarifNamesTheBaseDirectoryAsItsSourceRoot() async throws {
    let directory = try repository()
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "sarif", "models/m.xml"], in: directory.url(of: "repo/provinces/lai-chau"))
    let root = directory.url(of: "repo").standardizedFileURL.path
    #expect(result.standardOutput.contains("\"uri\": \"file://\(root)/\""), "\(result)")
  }

  @Test(arguments: ["github", "json"])
  func outsideAWorkingTreeNamesAreFromTheWorkingDirectory(format: String) async throws {
    // A `.git` file that is not a gitdir: file marks nothing.
    let directory = try repository(marker: "not a repository\n")
    try await expectNames("models/m.xml", format: format, in: directory)
  }

  @Test func aBaseDirectoryThatIsNotOneIsRefused() async throws {
    let directory = try repository()
    for (value, message) in [
      ("nowhere", "--base-dir: no such directory: 'nowhere'"),
      ("models/m.xml", "--base-dir: 'models/m.xml' is not a directory"),
    ] {
      let result = try await CommandRunner.egovarch(
        ["validate", "--base-dir", value, "models/m.xml"], in: directory.url(of: "repo/provinces/lai-chau"))
      #expect(result.exitStatus == 2, "\(result)")
      #expect(result.standardError.contains(message), "\(result)")
      #expect(result.standardOutput.isEmpty)
    }
  }
}
