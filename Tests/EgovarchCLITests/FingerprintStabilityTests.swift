import EgovarchTestSupport
import Foundation
import Testing

/// The SARIF fingerprints of the Lai Châu draft's findings survive lines inserted above them and
/// reordered components, and change when what a finding says changes.
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

  @Test func fingerprintChangesWithTheMessage() async throws {
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
}
