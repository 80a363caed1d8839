import Foundation
import Testing

/// A correct model gives no findings and exit status 0, in every format and language.
@Suite struct CleanModelTests {
  @Test func formatExampleIsClean() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.formatExample, to: "dien-bien.xml")
    let result = try await CommandRunner.egovarch(["validate", "dien-bien.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n")
    #expect(result.standardError.isEmpty)
  }

  @Test func formatExampleIsCleanAsJSON() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.formatExample, to: "dien-bien.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "dien-bien.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    let report = try result.jsonReport()
    #expect(report.findings.isEmpty)
    #expect(report.summary == JSONSummary(files: 1, errors: 0))
  }

  @Test func formatExampleIsCleanInVietnamese() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.formatExample, to: "dien-bien.xml")
    let result = try await CommandRunner.egovarch(["validate", "--lang", "vi", "dien-bien.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 lỗi, 0 cảnh báo, 0 ghi chú trong 1 tệp\n")
  }

  @Test func smallestModelIsClean() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.document("  <components/>"), to: "empty-components.xml")
    let result = try await CommandRunner.egovarch(["validate", "empty-components.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n")
  }

  @Test func byteOrderMarkAndWindowsLineEndingsAreAccepted() async throws {
    let directory = try TemporaryDirectory()
    let windows = ModelSource.formatExample.replacingOccurrences(of: "\n", with: "\r\n")
    try directory.write(Data([0xEF, 0xBB, 0xBF]) + Data(windows.utf8), to: "windows.xml")
    let result = try await CommandRunner.egovarch(["validate", "windows.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n")
  }

  @Test func cleanFilesInNestedFoldersAreAllCounted() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.formatExample, to: "tree/a.xml")
    try directory.write(ModelSource.formatExample, to: "tree/sub/b.xml")
    try directory.write(ModelSource.formatExample, to: "tree/sub/deeper/c.xml")
    try directory.write("not a model", to: "tree/sub/notes.txt")
    let result = try await CommandRunner.egovarch(["validate", "tree"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 3 files\n")
  }
}
