import EgovarchTestSupport
import Foundation
import Testing

/// `validate --format sarif` as GitHub code scanning reads it: the category and help URIs, a
/// region that ends where the start tag ends, at most 25,000 results with a notification of
/// the rest, linked files named by their target; every log valid against the OASIS schema
/// and read back by `sarif-tools`.
@Suite struct SARIFCodeScanningTests {
  /// Runs `validate --format sarif` with `options` in `directory`, checks the log against the
  /// schema, reads it back with `sarif-tools` (whose counts must be the log's) and parses it.
  static func sarif(
    _ options: [String], in directory: URL, timeout: Duration = CommandRunner.defaultTimeout
  ) async throws -> (CommandResult, SARIFLog) {
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "sarif"] + options, in: directory, timeout: timeout)
    try await SARIFSchemaValidator.validate(result.standardOutputBytes)
    let log = try SARIFLog(result.standardOutputBytes)
    let counts = try await SARIFTools.summary(result.standardOutputBytes)
    for level in ["error", "warning", "note"] {
      #expect(counts[level, default: 0] == log.results.count { $0.level == level }, "\(level): \(counts)")
    }
    return (result, log)
  }

  @Test func categoryAndHelpURIBaseFromTheCommandLine() async throws {
    let base = "https://github.com/o/r/blob/main/docs/rules.md"
    let (result, log) = try await Self.sarif(
      ["--category", "provinces", "--help-uri-base", base, "models"], in: PackageRoot.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(log.automationID == "provinces/")
    #expect(log.rules.count == 33)
    #expect(log.rules["framework/missing-link"]?.helpURI == base + "#frameworkmissing-link")
    #expect(log.rules["framework/missing-link"]?.name == "FrameworkMissingLink")
    #expect(log.rules["roadmap/foundation-late"]?.tags == ["roadmap", "1178/BTTTT-THH"])
    // Every rule's help URI is the anchor of its section in docs/rules.md.
    let rulesPage = try String(contentsOf: PackageRoot.url.appendingPathComponent("docs/rules.md"), encoding: .utf8)
    for (id, rule) in log.rules {
      let anchor = try #require(rule.helpURI?.split(separator: "#").last)
      #expect(rulesPage.contains("](#\(anchor))") && rulesPage.contains("\n## \(id)\n"), "\(id)")
    }
    #expect(log.notifications == nil && log.executionSuccessful == nil)
  }

  @Test func helpURIBaseFromTheConfigurationAndTheCommandLineWins() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "dien-bien.xml")
    try directory.write("help-uri-base: https://example.org/rules/\n", to: ".egovarch.yml")
    let (_, configured) = try await Self.sarif(["dien-bien.xml"], in: directory.url)
    #expect(configured.rules["graph/cycle"]?.helpURI == "https://example.org/rules/graph/cycle")
    #expect(configured.automationID == nil)
    let (_, overridden) = try await Self.sarif(
      ["--help-uri-base", "https://x.org/r.md#", "dien-bien.xml"], in: directory.url)
    #expect(overridden.rules["graph/cycle"]?.helpURI == "https://x.org/r.md#graphcycle")
    let (_, none) = try await Self.sarif(["--no-config", "dien-bien.xml"], in: directory.url)
    #expect(none.rules.values.allSatisfy { $0.helpURI == nil })
  }

  @Test(arguments: [
    (["--help-uri-base", "docs/rules.md"], "--help-uri-base must be an absolute URI"),
    (["--help-uri-base", "https://x/r.md#top"], "--help-uri-base must not have a fragment"),
    (["--category", ""], "--category cannot be empty"),
  ])
  func badOptionsStopTheRun(_ options: [String], _ message: String) async throws {
    let directory = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "dien-bien.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "sarif"] + options + ["dien-bien.xml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains(message), "\(result)")
    #expect(result.standardOutput.isEmpty)
  }

  /// The position just after the `>` of the start tag that begins at `line:column` of `text`
  /// (columns in Unicode scalars), found by reading the tag: quoted values may hold a `>`.
  private func endOfStartTag(in text: String, line: Int, column: Int) -> (line: Int, column: Int) {
    var current = (line: 1, column: 1)
    var inTag = false
    var quote: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      if !inTag && current.line == line && current.column == column { inTag = true }
      let before = current
      if scalar == "\n" { current = (current.line + 1, 1) } else { current.column += 1 }
      guard inTag else { continue }
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == ">" {
        return (before.line, before.column + 1)
      }
    }
    return (0, 0)
  }

  @Test(arguments: BundledModelCommandTests.expectations.map(\.name))
  func regionsEndWhereTheStartTagEnds(_ name: String) async throws {
    let (_, log) = try await Self.sarif(["models/\(name)"], in: PackageRoot.url)
    let text = try String(contentsOf: PackageRoot.url.appendingPathComponent("models/\(name)"), encoding: .utf8)
    // (Two of the bundled models have no findings.)
    for result in log.results {
      let end = try #require(result.end, "\(result.ruleID) at \(result.position) has no end")
      let expected = endOfStartTag(in: text, line: result.line, column: result.column)
      #expect(end.line == expected.line && end.column == expected.column, "\(result.ruleID) at \(result.position)")
    }
  }

  /// A Python program that prints, as JSON, what the tests read in a large SARIF log.
  ///
  /// It prints the results' count, levels and order, and the invocations; the log is never
  /// read into this process (see `SARIFSchemaValidator.validate(fileAt:schema:)`).
  private static let largeLogFacts = #"""
    import json, sys
    with open(sys.argv[1], encoding="utf-8") as file:
        run = json.load(file)["runs"][0]
    results = run["results"]
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results]
    print(json.dumps({
        "count": len(results),
        "levels": {level: sum(1 for r in results if r["level"] == level) for level in ("error", "warning", "note")},
        "ordered": lines == sorted(lines),
        "ended": all("endLine" in r["locations"][0]["physicalLocation"]["region"] for r in results),
        "invocations": run.get("invocations"),
    }))
    """#

  @Test func moreThan25000FindingsKeepTheMostSevereAndSaySoInANotification() async throws {
    let directory = try TemporaryDirectory()
    let generator = try CommandRunner.egovarchExecutable.get().deletingLastPathComponent()
      .appendingPathComponent("egovarch-bench")
    // 36,000 generated components judged as of 2099: every task is overdue (27,637 findings,
    // warnings and notes).
    let generated = try await CommandRunner.run(
      generator, ["generate", "--components", "36000", "--seed", "1", "-o", "large.xml"], in: directory.url,
      timeout: .seconds(300))
    #expect(generated.exitStatus == 0, "\(generated)")
    let options = ["--as-of", "2099-01-01", "--fail-on", "never", "large.xml"]
    // Written to a file and only its last line read: megabytes read here would raise this
    // process's peak memory, below which `BoundedCommandRunner` cannot measure later runs.
    let text = try await CommandRunner.egovarch(
      ["validate", "-o", "large.txt"] + options, in: directory.url, timeout: .seconds(300))
    #expect(text.exitStatus == 0, "\(text)")
    let last = try await CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["tail", "-n", "1", "large.txt"], in: directory.url)
    let summary = try #require(
      last.outputLines.last?.wholeMatch(of: /([0-9]+) errors?, ([0-9]+) warnings?, ([0-9]+) notes? in 1 file/))
    let (errors, warnings, notes) = (Int(summary.1)!, Int(summary.2)!, Int(summary.3)!)
    let total = errors + warnings + notes
    #expect(total > 25_000 && warnings > 0 && notes > 0 && errors + warnings < 25_000, "\(summary.0)")
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "sarif", "-o", "large.sarif"] + options, in: directory.url, timeout: .seconds(300))
    #expect(result.exitStatus == 0, "\(result)")
    let log = directory.url(of: "large.sarif")
    try await SARIFSchemaValidator.validate(fileAt: log)
    let counts = try await SARIFTools.summary(fileAt: log)
    #expect(counts == ["error": errors, "warning": warnings, "note": 25_000 - errors - warnings], "\(counts)")
    let read = try await CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", Self.largeLogFacts, log.path], in: directory.url,
      timeout: .seconds(300))
    let facts = try JSONObject(JSONSerialization.jsonObject(with: read.standardOutputBytes), path: "facts")
    #expect(try facts.integer("count") == 25_000)
    // The most severe are kept: every error and warning, then the first notes; in document order.
    let levels = try facts.object("levels")
    #expect(try levels.integer("warning") == warnings && levels.integer("error") == errors)
    #expect(try facts.boolean("ordered") && facts.boolean("ended"))
    let invocations = try facts.array("invocations")
    #expect(invocations.count == 1)
    let invocation = try JSONObject(invocations[0], path: "invocations[0]")
    #expect(try invocation.boolean("executionSuccessful"))
    let notifications = try invocation.array("toolExecutionNotifications")
    #expect(notifications.count == 1)
    let notification = try JSONObject(notifications[0], path: "notification")
    #expect(try notification.string("level") == "warning")
    #expect(
      try notification.object("message").string("text")
        == "25000 of \(total) results are in this log, the most severe first: the other \(total - 25_000) are left out, "
        + "because GitHub code scanning accepts at most 25000 results per run (the text and JSON formats list "
        + "every finding)")
  }

  @Test func aLinkedModelIsReportedAtItsTargetInsideTheDirectory() async throws {
    let directory = try TemporaryDirectory()
    let outside = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "models/dien-bien.xml")
    try outside.write(FormatExample.text, to: "far.xml")
    let fileManager = FileManager.default
    try fileManager.createSymbolicLink(
      atPath: directory.url(of: "current.xml").path, withDestinationPath: "models/dien-bien.xml")
    try fileManager.createSymbolicLink(atPath: directory.url(of: "linked").path, withDestinationPath: "models")
    try fileManager.createSymbolicLink(
      atPath: directory.url(of: "far.xml").path, withDestinationPath: outside.url(of: "far.xml").path)
    for (path, uri) in [
      ("current.xml", "models/dien-bien.xml"), ("linked/dien-bien.xml", "models/dien-bien.xml"),
      ("far.xml", "far.xml"),
    ] {
      let (result, log) = try await Self.sarif([path], in: directory.url)
      #expect(result.exitStatus == 1, "\(result)")
      #expect(log.results.count == 4)
      #expect(log.results.allSatisfy { $0.uri == uri && $0.uriBaseID == "%SRCROOT%" }, "\(path)")
    }
  }
}
