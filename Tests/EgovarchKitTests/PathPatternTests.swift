import EgovarchKit
import Testing

/// Exclude globs: `*`, `?` and `**`, anchoring at the base directory, directories taking in
/// everything below them, normalised paths and refused patterns.
@Suite struct PathPatternTests {
  @Test func starMatchesWithinOneSegment() throws {
    let pattern = try PathPattern("drafts/*.xml", relativeTo: "/repo")
    #expect(matches(pattern, "/repo/drafts/long-an.xml"))
    #expect(matches(pattern, "/repo/drafts/.xml"))
    #expect(matches(pattern, "/repo/drafts/.hidden.xml"))
    #expect(!matches(pattern, "/repo/drafts/old/long-an.xml"))
    #expect(!matches(pattern, "/repo/drafts/long-an.xml.bak"))
    #expect(!matches(pattern, "/repo/drafts/long-an.XML"))
    #expect(!matches(pattern, "/repo/other/long-an.xml"))
    #expect(!matches(pattern, "/repo/drafts"))
  }

  @Test func starsInsideASegmentNeverCrossASlash() throws {
    let pattern = try PathPattern("a*b", relativeTo: "/r")
    #expect(matches(pattern, "/r/ab"))
    #expect(matches(pattern, "/r/a-x-b"))
    #expect(!matches(pattern, "/r/a/b"))
    let doubled = try PathPattern("a**b", relativeTo: "/r")
    #expect(matches(doubled, "/r/axxb"))
    #expect(!matches(doubled, "/r/a/x/b"))
    let several = try PathPattern("*-*-*.xml", relativeTo: "/r")
    #expect(matches(several, "/r/lai-chau-2.0.xml"))
    #expect(!matches(several, "/r/lai-chau.xml"))
  }

  @Test func questionMarkMatchesExactlyOneCharacter() throws {
    let pattern = try PathPattern("v?.xml", relativeTo: "/r")
    #expect(matches(pattern, "/r/v1.xml"))
    #expect(!matches(pattern, "/r/v.xml"))
    #expect(!matches(pattern, "/r/v10.xml"))
    #expect(!matches(pattern, "/r/v/.xml"))
    let vietnamese = try PathPattern("L?ng S?n.xml", relativeTo: "/r")
    #expect(matches(vietnamese, "/r/L\u{1EA1}ng S\u{01A1}n.xml"))
    #expect(matches(vietnamese, "/r/La\u{0323}ng So\u{031B}n.xml"))  // decomposed: still one character each
  }

  @Test func doubleStarMatchesAnyNumberOfSegments() throws {
    let pattern = try PathPattern("models/**/draft-*.xml", relativeTo: "/r")
    #expect(matches(pattern, "/r/models/draft-1.xml"))
    #expect(matches(pattern, "/r/models/2019/draft-1.xml"))
    #expect(matches(pattern, "/r/models/2019/q1/draft-1.xml"))
    #expect(!matches(pattern, "/r/models/2019/final-1.xml"))
    #expect(!matches(pattern, "/r/other/2019/draft-1.xml"))
    let leading = try PathPattern("**/tmp", relativeTo: "/r")
    #expect(matches(leading, "/r/tmp"))
    #expect(matches(leading, "/r/tmp/a.xml"))
    #expect(matches(leading, "/r/a/b/tmp/c/d.xml"))
    #expect(!matches(leading, "/r/tmpfiles/a.xml"))
    #expect(!matches(leading, "/elsewhere/tmp/a.xml"))
    let allXML = try PathPattern("**/*.xml", relativeTo: "/r")
    #expect(matches(allXML, "/r/a.xml"))
    #expect(matches(allXML, "/r/x/y/a.xml"))
    #expect(!matches(allXML, "/r/x/y/a.xsd"))
  }

  @Test func trailingDoubleStarTakesInTheDirectoryAndEverythingBelow() throws {
    let pattern = try PathPattern("archive/**", relativeTo: "/r")
    #expect(matches(pattern, "/r/archive/a.xml"))
    #expect(matches(pattern, "/r/archive/2019/q1/a.xml"))
    #expect(matches(pattern, "/r/archive"))
    #expect(!matches(pattern, "/r/archives/a.xml"))
    #expect(!matches(pattern, "/r/a.xml"))
  }

  @Test(arguments: ["archive", "archive/", "archive//", "./archive"])
  func directoryNameTakesInEverythingBelow(_ text: String) throws {
    let pattern = try PathPattern(text, relativeTo: "/r")
    #expect(matches(pattern, "/r/archive"))
    #expect(matches(pattern, "/r/archive/a.xml"))
    #expect(matches(pattern, "/r/archive/2019/a.xml"))
    #expect(!matches(pattern, "/r/archived/a.xml"))
    #expect(!matches(pattern, "/r/arch/a.xml"))
    #expect(!matches(pattern, "/r/models/archive/a.xml"))  // anchored at the base
    #expect(!matches(pattern, "/archive/a.xml"))
  }

  @Test func pathsAreNormalisedBeforeMatching() throws {
    let pattern = try PathPattern("drafts/*.xml", relativeTo: "/repo")
    #expect(matches(pattern, "/repo/./drafts//a.xml"))
    #expect(matches(pattern, "/repo/models/../drafts/a.xml"))
    #expect(matches(pattern, "//repo/drafts/a.xml"))
    #expect(!matches(pattern, "/repo/drafts/../a.xml"))
    #expect(!matches(pattern, "/repo/drafts/x/../../a.xml"))
  }

  @Test func relativePathsStartFromTheCurrentDirectory() throws {
    let pattern = try PathPattern("drafts/*.xml", relativeTo: "/repo")
    #expect(pattern.matches("drafts/a.xml", currentDirectory: "/repo"))
    #expect(pattern.matches("../drafts/a.xml", currentDirectory: "/repo/models"))
    #expect(pattern.matches("a.xml", currentDirectory: "/repo/drafts"))
    #expect(!pattern.matches("drafts/a.xml", currentDirectory: "/elsewhere"))
  }

  @Test func anEmptyOrRelativeBaseStartsFromTheCurrentDirectory() throws {
    let empty = try PathPattern("drafts/*.xml", relativeTo: "")
    #expect(empty.matches("drafts/a.xml", currentDirectory: "/work"))
    #expect(empty.matches("/work/drafts/a.xml", currentDirectory: "/work"))
    #expect(!empty.matches("/repo/drafts/a.xml", currentDirectory: "/work"))
    let relative = try PathPattern("drafts/*.xml", relativeTo: "repo")
    #expect(relative.matches("/work/repo/drafts/a.xml", currentDirectory: "/work"))
    #expect(!relative.matches("/work/drafts/a.xml", currentDirectory: "/work"))
  }

  @Test func dotsInThePatternAreResolved() throws {
    let sibling = try PathPattern("../shared/*.xml", relativeTo: "/repo/models")
    #expect(matches(sibling, "/repo/shared/a.xml"))
    #expect(!matches(sibling, "/repo/models/shared/a.xml"))
    let inner = try PathPattern("x/../drafts/./*.xml", relativeTo: "/repo")
    #expect(matches(inner, "/repo/drafts/a.xml"))
    #expect(!matches(inner, "/repo/x/drafts/a.xml"))
    let aboveRoot = try PathPattern("../../../../etc", relativeTo: "/repo")
    #expect(matches(aboveRoot, "/etc/passwd"))
    let itself = try PathPattern(".", relativeTo: "/repo")
    #expect(matches(itself, "/repo"))
    #expect(matches(itself, "/repo/any/a.xml"))
    #expect(!matches(itself, "/other/a.xml"))
  }

  @Test func doubleStarAtTheRootMatchesEverything() throws {
    let pattern = try PathPattern("**", relativeTo: "/")
    #expect(matches(pattern, "/"))
    #expect(matches(pattern, "/a/b.xml"))
  }

  @Test func otherCharactersStandForThemselves() throws {
    let pattern = try PathPattern("a[1]{x,y}\\.xml", relativeTo: "/r")
    #expect(matches(pattern, "/r/a[1]{x,y}\\.xml"))
    #expect(!matches(pattern, "/r/a1x.xml"))
    #expect(!matches(pattern, "/r/a1.xml"))
  }

  @Test func backtrackingStaysCorrectOnRepetitiveNames() throws {
    let name = String(repeating: "a", count: 3000)
    let pattern = try PathPattern(String(repeating: "*a", count: 40) + "*b", relativeTo: "/r")
    #expect(!matches(pattern, "/r/" + name))
    #expect(matches(pattern, "/r/" + name + "b"))
  }

  @Test func keepsTheTextAndBase() throws {
    let pattern = try PathPattern("drafts//*.xml", relativeTo: "/repo")
    #expect(pattern.pattern == "drafts//*.xml")
    #expect(pattern.base == "/repo")
    #expect(pattern.description == "drafts//*.xml")
    #expect(try PathPattern("a/*", relativeTo: "/r") == PathPattern("a/*", relativeTo: "/r"))
    #expect(try PathPattern("a/*", relativeTo: "/r") != PathPattern("a/*", relativeTo: "/s"))
  }

  @Test(arguments: [
    ("", PathPatternError.empty),
    ("/srv/archive", .absolute(pattern: "/srv/archive")),
    ("drafts/*/../a.xml", .parentAfterWildcard(pattern: "drafts/*/../a.xml")),
    ("**/..", .parentAfterWildcard(pattern: "**/..")),
    ("v?/..", .parentAfterWildcard(pattern: "v?/..")),
  ])
  func refusesUnusablePatterns(_ text: String, _ expected: PathPatternError) {
    #expect(throws: expected) { try PathPattern(text, relativeTo: "/r") }
  }

  @Test func refusesAPatternLongerThanAPath() throws {
    let longest = String(repeating: "a", count: PathPattern.lengthLimit)
    #expect(try PathPattern(longest, relativeTo: "/r").pattern == longest)
    #expect(throws: PathPatternError.tooLong(pattern: longest + "a")) {
      try PathPattern(longest + "a", relativeTo: "/r")
    }
  }

  @Test func errorsDescribeTheProblem() {
    #expect(PathPatternError.empty.description == "a path pattern cannot be empty")
    #expect(
      PathPatternError.absolute(pattern: "/x").description
        == "'/x' is absolute; a path pattern is relative to its base directory")
    #expect(PathPatternError.parentAfterWildcard(pattern: "*/..").description == "'*/..' has '..' after a wildcard")
    #expect(PathPatternError.tooLong(pattern: "").description == "a path pattern cannot be longer than 4096 bytes")
  }

  private func matches(_ pattern: PathPattern, _ path: String) -> Bool {
    pattern.matches(path, currentDirectory: "/nowhere")
  }
}
