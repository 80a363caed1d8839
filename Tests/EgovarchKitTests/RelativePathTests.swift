import EgovarchKit
import Testing

/// Files are named relative to the base directory when they lie below it.
@Suite struct RelativePathTests {
  @Test(arguments: [
    ("models/x.xml", "/repo", "models/x.xml"),
    ("./models//x.xml", "/repo", "models/x.xml"),
    ("/repo/models/x.xml", "/repo/", "models/x.xml"),
    ("models/../districts/y.xml", "/repo", "districts/y.xml"),
    ("/repository/x.xml", "/repo", nil),
    ("../x.xml", "/repo", nil),
    ("/repo", "/repo", nil),
    ("/x.xml", "/", "x.xml"),
  ])
  func relative(path: String, base: String, expected: String?) {
    #expect(RelativePath.of(path, base: base) == expected)
  }

  @Test func absolutePathsAreNormalised() {
    #expect(RelativePath.absolute("../other/./x.xml", base: "/repo/sub") == "/repo/other/x.xml")
    #expect(RelativePath.absolute("/a//b/../c", base: "/repo") == "/a/c")
  }

  @Test func aReportResolvedFromTheWorkingDirectoryNamesFilesAbsolutely() {
    let finding = Finding(
      ruleID: "xml/schema", severity: .error, message: LocalizedText(en: "m", vi: "m"),
      location: SourceLocation(file: "models/../x.xml", position: SourcePosition(line: 1, column: 1)))
    let report = ValidationReport(files: [
      FileValidation(path: "models/../x.xml", architecture: nil, findings: [finding]),
      FileValidation(path: "/elsewhere/y.xml", architecture: nil, findings: []),
    ]).resolvingPaths(from: "/repo/sub")
    #expect(report.files.map(\.path) == ["/repo/sub/x.xml", "/elsewhere/y.xml"])
    #expect(report.findings.map(\.location.file) == ["/repo/sub/x.xml"])
    // The text format names them from its base directory, as the machine formats do.
    #expect(TextReporter(language: .english, baseDirectory: "/repo").render(report).hasPrefix("sub/x.xml:1:1: error"))
    #expect(JSONReporter(language: .english, baseDirectory: "/repo").render(report).contains(#""file": "sub/x.xml""#))
  }
}
