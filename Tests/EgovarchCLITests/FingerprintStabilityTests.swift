import EgovarchTestSupport
import Foundation
import Testing

/// Fingerprints, in SARIF and in baselines, survive what does not change a finding: lines
/// inserted above it, reordered components (a cycle's too), the next day for a model without
/// `asOf`, the language of the run; they change when what the finding is about changes.
///
/// Baselines written before fingerprints were made of stable facts (version 1) are still
/// matched, and `--write-baseline` rewrites them as version 2; `--baseline-mode mark` keeps the
/// known findings, marked `unchanged` in SARIF and JSON, and only new ones fail the run.
@Suite struct FingerprintStabilityTests {
  /// The Lai Châu draft as bundled.
  static func original() throws -> String {
    try String(contentsOf: PackageRoot.modelsFolder.appendingPathComponent("lai-chau-2.0-draft.xml"), encoding: .utf8)
  }

  /// The SARIF log of `content` validated as `model.xml`, checked against the schema.
  private func log(of content: String) async throws -> SARIFLog {
    let directory = try TemporaryDirectory()
    try directory.write(content, to: "model.xml")
    let (result, log) = try await SARIFOutputTests.sarif(["model.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    return log
  }

  /// The results of `log` as `rule component-line fingerprint`, sorted.
  private func fingerprints(_ log: SARIFLog) -> [String] {
    log.results.map { "\($0.ruleID) \($0.fingerprint)" }.sorted()
  }

  @Test func fingerprintsSurviveLinesInsertedAtTheTop() async throws {
    let original = try Self.original()
    let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    try #require(original.hasPrefix(declaration))
    let shifted = declaration + "\n\n<!-- reviewed on 2020-09-01 -->\n\n" + original.dropFirst(declaration.count)
    let before = try await log(of: original)
    let after = try await log(of: shifted)
    try #require(before.results.count == 9)
    #expect(after.results.map(\.line) == before.results.map { $0.line + 4 })
    #expect(after.results.map(\.fingerprint) == before.results.map(\.fingerprint))
  }

  @Test func fingerprintsSurviveReorderedComponents() async throws {
    let original = try Self.original()
    let reporting = try #require(original.range(of: "    <component id=\"reporting-system\""))
    let hoTich = try #require(original.range(of: "    <component id=\"ho-tich\""))
    let lgsp = try #require(original.range(of: "    <component id=\"lgsp\""))
    try #require(reporting.lowerBound < hoTich.lowerBound && hoTich.lowerBound < lgsp.lowerBound)
    let reordered =
      original[..<reporting.lowerBound] + original[hoTich.lowerBound..<lgsp.lowerBound]
      + original[reporting.lowerBound..<hoTich.lowerBound] + original[lgsp.lowerBound...]
    let before = try await log(of: original)
    let after = try await log(of: String(reordered))
    // The two components' findings moved: the reporting link's conflict down, the unresolved
    // reference up (the LGSP's two conflicts stay).
    let moved = ["framework/national-unavailable", "model/unresolved-reference"]
    let positions = { (log: SARIFLog) in log.results.filter { moved.contains($0.ruleID) }.map(\.position) }
    #expect(positions(before) == ["57:7", "63:7", "68:7", "69:7"])
    #expect(positions(after) != positions(before))
    #expect(fingerprints(after) == fingerprints(before))
    #expect(after.results.count == 9)
  }

  @Test func fingerprintChangesWithWhatTheFindingIsAbout() async throws {
    let original = try Self.original()
    let reworded = original.replacing("<dependsOn ref=\"lgps\"", with: "<dependsOn ref=\"lgsx\"")
    try #require(reworded != original)
    let before = try await log(of: original)
    let after = try await log(of: reworded)
    let changed = Set(fingerprints(after)).subtracting(fingerprints(before))
    #expect(changed.count == 1)
    #expect(changed.first?.hasPrefix("model/unresolved-reference ") == true)
    #expect(after.results.map(\.position) == before.results.map(\.position))
    let unchanged = zip(before.results, after.results).filter { $0.0.fingerprint == $0.1.fingerprint }
    #expect(unchanged.count == 8)
  }

  @Test func fingerprintDependsOnTheFileName() async throws {
    let original = try Self.original()
    let directory = try TemporaryDirectory()
    try directory.write(original, to: "model.xml")
    try directory.write(original, to: "copy/model.xml")
    let (_, log) = try await SARIFOutputTests.sarif(["model.xml", "copy/model.xml"], in: directory.url)
    let first = log.results.filter { $0.uri == "model.xml" }.map(\.fingerprint)
    let second = log.results.filter { $0.uri == "copy/model.xml" }.map(\.fingerprint)
    #expect(first.count == 9 && second.count == 9)
    #expect(Set(first).isDisjoint(with: second))
  }

  // MARK: Baselines that stay quiet

  /// The bundled models without their `asOf`, so that each run judges them as of its own date:
  /// `(name, text)`.
  static func undatedModels() throws -> [(name: String, text: String)] {
    try PackageRoot.models.map { url in
      let text = try String(contentsOf: url, encoding: .utf8)
      let undated = text.replacing(#/ asOf="[^"]*"/#, with: "")
      #expect(undated != text, "\(url.lastPathComponent) has no asOf to take away")
      return (url.lastPathComponent, undated)
    }
  }

  /// The Lai Châu draft with three more components in a cycle, declared in `order`, each
  /// depending on the next one of `cycle-a → cycle-b → cycle-c → cycle-a`.
  static func withCycle(_ text: String, declaring order: [String]) throws -> String {
    let next = ["cycle-a": "cycle-b", "cycle-b": "cycle-c", "cycle-c": "cycle-a"]
    let components = order.map { id in
      "    <component id=\"\(id)\" kind=\"sector-application\" name=\"\(id)\" status=\"existing\">"
        + "<dependsOn ref=\"\(next[id]!)\"/></component>\n"
    }
    let anchor = try #require(text.range(of: "<components>\n"))
    return text.replacingCharacters(in: anchor, with: "<components>\n" + components.joined())
  }

  /// `text` with the `reporting-system` and `ho-tich` components of the Lai Châu draft swapped.
  static func swappingTwoComponents(_ text: String) throws -> String {
    let reporting = try #require(text.range(of: "    <component id=\"reporting-system\""))
    let hoTich = try #require(text.range(of: "    <component id=\"ho-tich\""))
    let lgsp = try #require(text.range(of: "    <component id=\"lgsp\""))
    try #require(reporting.lowerBound < hoTich.lowerBound && hoTich.lowerBound < lgsp.lowerBound)
    return String(
      text[..<reporting.lowerBound] + text[hoTich.lowerBound..<lgsp.lowerBound]
        + text[reporting.lowerBound..<hoTich.lowerBound] + text[lgsp.lowerBound...])
  }

  /// `egovarch validate models --no-config` and `options` in `directory`, as JSON.
  private func validate(_ options: [String], in directory: TemporaryDirectory) async throws -> CommandResult {
    try await CommandRunner.egovarch(
      ["validate", "models", "--no-config", "--format", "json"] + options, in: directory.url)
  }

  @Test func theNextDayEveryFindingOfAnUndatedModelStaysKnown() async throws {
    let directory = try TemporaryDirectory()
    for model in try Self.undatedModels() { try directory.write(model.text, to: "models/\(model.name)") }
    let recorded = try await validate(
      ["--as-of", "2026-05-01", "--write-baseline", "baseline.json"], in: directory)
    #expect(recorded.exitStatus == 1, "\(recorded)")
    let today = try recorded.jsonReport().findings
    // Findings that say how late a task is, or what was early on that date, are among them.
    #expect(today.filter { $0.rule == "roadmap/overdue" }.count > 50, "\(recorded)")
    #expect(today.contains { $0.rule == "framework/national-unavailable" }, "\(recorded)")
    #expect(
      try String(contentsOf: directory.url(of: "baseline.json"), encoding: .utf8).hasPrefix("{\n  \"version\": 2,"))

    let tomorrow = try await validate(["--as-of", "2026-05-02"], in: directory)
    let nextDay = try tomorrow.jsonReport().findings
    // The same findings, but some say so in other words: the date is in their message.
    #expect(nextDay.map(\.rule) == today.map(\.rule))
    #expect(nextDay.map(\.position) == today.map(\.position))
    #expect(Set(nextDay.map(\.message)).subtracting(today.map(\.message)).count > 50)

    let result = try await validate(
      ["--as-of", "2026-05-02", "--baseline", "baseline.json", "--fail-on", "note"], in: directory)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(try result.jsonReport().findings.isEmpty, "\(result)")
    #expect(result.standardError.contains("not reporting \(today.count) known findings"), "\(result)")
  }

  @Test func swappedComponentsKeepTheirFindingsAndTheCycleKnown() async throws {
    let original = try Self.withCycle(Self.original(), declaring: ["cycle-b", "cycle-c", "cycle-a"])
    let swapped = try Self.swappingTwoComponents(
      Self.withCycle(Self.original(), declaring: ["cycle-a", "cycle-c", "cycle-b"]))
    let directory = try TemporaryDirectory()
    try directory.write(original, to: "models/model.xml")
    let recorded = try await validate(["--write-baseline", "baseline.json"], in: directory)
    let cycle = try #require(try recorded.jsonReport().findings(of: "graph/cycle").first, "\(recorded)")
    // The cycle starts at its smallest id, whichever is declared first.
    #expect(cycle.component == "cycle-a")
    #expect(cycle.related == ["cycle-b", "cycle-c"])
    #expect(
      cycle.message.hasPrefix(
        "dependency cycle of 3 components: cycle-a ('cycle-a') → cycle-b ('cycle-b') → cycle-c ('cycle-c') → cycle-a"))

    try directory.write(swapped, to: "models/model.xml")
    let after = try await validate([], in: directory)
    let moved = try #require(try after.jsonReport().findings(of: "graph/cycle").first, "\(after)")
    #expect(moved.message == cycle.message)
    #expect(moved.position != cycle.position)
    let result = try await validate(["--baseline", "baseline.json", "--fail-on", "note"], in: directory)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(try result.jsonReport().findings.isEmpty, "\(result)")

    // SARIF gives the cycle the same fingerprint in both orders, and every other finding too.
    let before = try await log(of: original)
    let reordered = try await log(of: swapped)
    #expect(fingerprints(reordered) == fingerprints(before))
    #expect(before.results.count(where: { $0.ruleID == "graph/cycle" }) == 1)
  }

  @Test func anotherLanguageShiftedLinesAndTheNextDayAtOnceStayKnown() async throws {
    let undated = try #require(try Self.undatedModels().first { $0.name == "lai-chau-2.0-draft.xml" }).text
    let directory = try TemporaryDirectory()
    try directory.write(Self.withCycle(undated, declaring: ["cycle-c", "cycle-b", "cycle-a"]), to: "models/model.xml")
    let recorded = try await validate(
      ["--lang", "vi", "--as-of", "2026-05-01", "--write-baseline", "baseline.json"], in: directory)
    #expect(recorded.exitStatus == 1, "\(recorded)")
    let count = try recorded.jsonReport().findings.count
    let edited = try Self.swappingTwoComponents(Self.withCycle(undated, declaring: ["cycle-a", "cycle-b", "cycle-c"]))
      .replacingOccurrences(of: "<components>", with: "<!-- reviewed -->\n\n<components>")
      .replacingOccurrences(of: "<roadmap", with: "\n\n<roadmap")
    try directory.write(edited, to: "models/model.xml")
    for language in ["en", "vi"] {
      let result = try await validate(
        ["--lang", language, "--as-of", "2026-05-02", "--baseline", "baseline.json", "--fail-on", "note"],
        in: directory)
      #expect(result.exitStatus == 0, "\(result)")
      #expect(try result.jsonReport().findings.isEmpty, "\(result)")
      #expect(result.standardError.contains("not reporting \(count) known findings"), "\(result)")
    }
  }

  /// The folder of baselines written by earlier versions of egovarch, with the models they are of.
  static let oldBaselines = PackageRoot.url.appendingPathComponent("Tests/Fixtures/baselines")

  @Test func aBaselineOfVersionOneIsMatchedAndRewrittenAsVersionTwo() async throws {
    // Written by egovarch before version 2 (commit b7a20c3) with `validate models --as-of
    // 2026-05-01 --write-baseline lai-chau-undated.v1.json`, beside its model.
    let directory = try TemporaryDirectory()
    let model = try String(
      contentsOf: Self.oldBaselines.appendingPathComponent("models/lai-chau-undated.xml"), encoding: .utf8)
    try directory.write(model, to: "models/lai-chau-undated.xml")
    let old = try String(
      contentsOf: Self.oldBaselines.appendingPathComponent("lai-chau-undated.v1.json"), encoding: .utf8)
    #expect(old.hasPrefix("{\n  \"version\": 1,"))
    try directory.write(old, to: "baseline.json")
    let entries = old.components(separatedBy: "\"fingerprint\"").count - 1

    // On the day it was written, it knows every finding, whatever the language.
    for language in ["en", "vi"] {
      let sameDay = try await validate(
        ["--as-of", "2026-05-01", "--lang", language, "--baseline", "baseline.json", "--fail-on", "note"],
        in: directory)
      #expect(sameDay.exitStatus == 0, "\(sameDay)")
      #expect(try sameDay.jsonReport().findings.isEmpty, "\(sameDay)")
      #expect(sameDay.standardError.contains("not reporting \(entries) known findings"), "\(sameDay)")
      #expect(sameDay.standardError.contains("is of version 1, matched by message"), "\(sameDay)")
    }
    // The next day its overdue tasks say another date: version 1 cannot know them.
    let nextDay = try await validate(["--as-of", "2026-05-02", "--baseline", "baseline.json"], in: directory)
    #expect(try nextDay.jsonReport().findings(of: "roadmap/overdue").count > 10, "\(nextDay)")

    // --write-baseline over the old file writes version 2, which knows them the next day too.
    let rewritten = try await validate(["--as-of", "2026-05-01", "--write-baseline", "baseline.json"], in: directory)
    #expect(rewritten.exitStatus == 1, "\(rewritten)")
    let text = try String(contentsOf: directory.url(of: "baseline.json"), encoding: .utf8)
    #expect(text.hasPrefix("{\n  \"version\": 2,"))
    #expect(text.components(separatedBy: "\"fingerprint\"").count - 1 == entries)
    let quiet = try await validate(
      ["--as-of", "2026-05-02", "--baseline", "baseline.json", "--fail-on", "note"], in: directory)
    #expect(quiet.exitStatus == 0, "\(quiet)")
    #expect(try quiet.jsonReport().findings.isEmpty, "\(quiet)")
    #expect(!quiet.standardError.contains("version 1"), "\(quiet)")
  }

  /// The OASIS committee's own copy of the SARIF 2.1.0 schema, beside the one
  /// `SARIFSchemaValidator` finds.
  static func oasisSchema() throws -> URL {
    let found = SARIFSchemaValidator.candidates.map {
      $0.deletingLastPathComponent().appendingPathComponent("sarif-schema-2.1.0.oasis.json")
    }.first { FileManager.default.isReadableFile(atPath: $0.path) }
    return try #require(found, "no sarif-schema-2.1.0.oasis.json beside \(SARIFSchemaValidator.candidates)")
  }

  /// The `baselineState` of each result of the SARIF log `bytes`, `nil` where it has none.
  static func baselineStates(_ bytes: Data) throws -> [String?] {
    let root = try JSONObject(JSONSerialization.jsonObject(with: bytes), path: "log")
    let run = try JSONObject(try root.array("runs")[0], path: "runs[0]")
    return try run.array("results").enumerated().map { index, value in
      let result = try JSONObject(value, path: "results[\(index)]")
      return result.keys.contains("baselineState") ? try result.string("baselineState") : nil
    }
  }

  @Test func markModeKeepsKnownFindingsMarkedAndFailsOnlyOnNewOnes() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(try Self.original(), to: "models/model.xml")
    let recorded = try await validate(["--write-baseline", "baseline.json"], in: directory)
    let known = try recorded.jsonReport().findings.count
    try #require(known == 9)
    let schema = try Self.oasisSchema()

    // Nothing new: every result is there, unchanged, and the run passes.
    let quiet = try await CommandRunner.egovarch(
      [
        "validate", "models", "--no-config", "--format", "sarif", "--baseline", "baseline.json", "--baseline-mode",
        "mark",
      ],
      in: directory.url)
    #expect(quiet.exitStatus == 0, "\(quiet)")
    try await SARIFSchemaValidator.validate(quiet.standardOutputBytes, schema: schema)
    #expect(try Self.baselineStates(quiet.standardOutputBytes) == Array(repeating: "unchanged", count: known))
    #expect(quiet.standardError.contains("marking 9 known findings of the baseline 'baseline.json' as unchanged"))

    // A new component with a dangling reference: its finding is new, and fails the run.
    let edited = try Self.original().replacingOccurrences(
      of: "<components>",
      with: """
        <components>
            <component id="gis" kind="gis" name="GIS" status="planned"><dependsOn ref="no-such-thing"/></component>
        """)
    try directory.write(edited, to: "models/model.xml")
    let marked = try await CommandRunner.egovarch(
      [
        "validate", "models", "--no-config", "--format", "sarif", "--baseline", "baseline.json", "--baseline-mode",
        "mark",
      ],
      in: directory.url)
    #expect(marked.exitStatus == 1, "\(marked)")
    try await SARIFSchemaValidator.validate(marked.standardOutputBytes, schema: schema)
    let log = try SARIFLog(marked.standardOutputBytes)
    let states = try Self.baselineStates(marked.standardOutputBytes)
    let newOnes = zip(log.results, states).filter { $0.1 == "new" }.map(\.0)
    #expect(states.count(where: { $0 == "unchanged" }) == known, "\(marked)")
    #expect(newOnes.count == states.count - known, "\(marked)")
    #expect(!newOnes.isEmpty && newOnes.allSatisfy { $0.message.contains("'gis'") }, "\(marked)")

    // JSON says it per finding and counts the known ones; the text summary counts them too.
    let json = try await validate(["--baseline", "baseline.json", "--baseline-mode", "mark"], in: directory)
    #expect(json.exitStatus == 1, "\(json)")
    let object = try JSONObject(JSONSerialization.jsonObject(with: json.standardOutputBytes), path: "report")
    let findings = try object.array("findings").enumerated().map { index, value in
      try JSONObject(value, path: "findings[\(index)]").string("baseline")
    }
    #expect(findings.count(where: { $0 == "unchanged" }) == known)
    #expect(findings.count(where: { $0 == "new" }) == newOnes.count)
    #expect(try object.object("summary").integer("unchanged") == known)
    let text = try await CommandRunner.egovarch(
      ["validate", "models", "--no-config", "--baseline", "baseline.json", "--baseline-mode", "mark"], in: directory.url
    )
    #expect(text.exitStatus == 1, "\(text)")
    #expect(text.standardOutput.hasSuffix("(9 known to the baseline)\n"), "\(text)")
    #expect(text.textReport.findings.count == known + newOnes.count, "\(text)")

    // Filter (the default) leaves them out; --baseline-mode without --baseline is refused.
    let filtered = try await validate(["--baseline", "baseline.json"], in: directory)
    #expect(try filtered.jsonReport().findings.count == newOnes.count, "\(filtered)")
    let alone = try await validate(["--baseline-mode", "mark"], in: directory)
    #expect(alone.exitStatus == 2, "\(alone)")
    #expect(alone.standardError.contains("--baseline-mode needs --baseline"), "\(alone)")
  }
}
