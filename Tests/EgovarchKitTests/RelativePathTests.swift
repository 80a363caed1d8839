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
}
