import Foundation
import Testing

/// Hostile inputs that the corpus of `HostileCorpusTests` cannot express, because the check is
/// not a rule id or a fragment of the output.
///
/// The hostile documents themselves (entities, bombs, deep nesting, wrong encodings, garbage)
/// are cases of `Tests/Fixtures/hostile/cases.json`.
@Suite struct HostileDocumentTests {
  @Test func escapeCharacterInAFileNameDoesNotReachTheTerminal() async throws {
    // A harmless sequence (red), so that a failure message cannot clear the developer's screen.
    let name = "evil\u{1B}[31mred.xml"
    let directory = try TemporaryDirectory()
    try directory.write(CommandOptionTests.oneError, to: name)
    let result = try await CommandRunner.egovarch(["validate", "--color", "never", name], in: directory.url)
    #expect(result.exitStatus == 1, "\(result.standardOutput.debugDescription)")
    #expect(!result.standardOutputBytes.contains(0x1B), "raw ESC in \(result.standardOutput.debugDescription)")
  }

  @Test func escapeCharacterInAFileNameDoesNotReachTheOtherFormats() async throws {
    let name = "evil\u{1B}[31mred.xml"
    let directory = try TemporaryDirectory()
    try directory.write(CommandOptionTests.oneError, to: name)
    for format in ["github", "json", "sarif", "junit"] {
      let result = try await CommandRunner.egovarch(["validate", "--format", format, name], in: directory.url)
      #expect(result.exitStatus == 1, "\(format): \(result)")
      #expect(
        !result.standardOutputBytes.contains(0x1B), "\(format): raw ESC in \(result.standardOutput.debugDescription)")
    }
  }
}
