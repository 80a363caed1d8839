import Testing

/// Every output format exits as the text format does: 0 when nothing reaches `--fail-on`, 1
/// when something does, 2 when the command cannot run.
@Suite struct CIFormatExitStatusTests {
  /// Every format of `validate`.
  static let formats = [
    "text", "json", "sarif", "junit", "github", "markdown", "codeclimate", "checkstyle", "azure",
  ]

  @Test(arguments: CIFormatInput.all, formats)
  func exitStatusIsTheTextFormats(_ input: CIFormatInput, format: String) async throws {
    let directory = try TemporaryDirectory()
    let result = try await input.validate(["--format", format], in: directory)
    #expect(result.exitStatus == input.exitStatus, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
  }

  @Test(arguments: formats)
  func failOnNeverExitsWith0(format: String) async throws {
    let directory = try TemporaryDirectory()
    try directory.write(CIFormatInput.malformed, to: "broken.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", format, "--fail-on", "never", "broken.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(!result.standardOutput.isEmpty)
  }

  @Test(arguments: formats)
  func missingFileExitsWith2(format: String) async throws {
    let directory = try TemporaryDirectory()
    let result = try await CommandRunner.egovarch(["validate", "--format", format, "absent.xml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("absent.xml"), "\(result)")
  }
}
