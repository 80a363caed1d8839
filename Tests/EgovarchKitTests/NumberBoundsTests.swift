import EgovarchTestSupport
import Foundation
import Testing

@testable import EgovarchKit

/// Numbers read from a model or a framework file: read only within the format's bounds, and
/// never the cause of a trap or of rules computing with garbage.
@Suite struct NumberBoundsTests {
  /// A model whose roadmap's third phase starts in `start` and whose second phase has no end,
  /// so that the second phase's last year is computed from it.
  private static func model(start: String, reference: String = "a") -> String {
    MarkedExample.header + """

        <components>
          <component id="a" kind="lgsp" name="A" status="planned">
            <dependsOn ref="\(reference)"/>
          </component>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2018"><task action="build" component="a"/></phase>
          <phase number="2" start="2020"/>
          <phase number="3" start="\(start)"/>
        </roadmap>
        <indicators>
          <indicator id="k" target="NaN" actual="INF" deadline="2020-12-31" component="a"/>
        </indicators>
      </architecture>
      """
  }

  /// Validates `document` at a fixed date.
  private static func validate(_ document: String) -> FileValidation {
    ArchitectureValidator(options: ValidationOptions(today: CalendarDate(year: 2030, month: 1, day: 1)!))
      .validate(bytes: Array(document.utf8), path: "x.xml")
  }

  @Test func theYearBeforeAPhaseStartingInIntMinIsUnknownNotATrap() {
    let position = SourcePosition(line: 1, column: 1)
    let roadmap = Roadmap(
      until: 2025,
      phases: [
        Phase(number: 1, start: 2018, position: position), Phase(number: 2, start: Int.min, position: position),
      ], position: position)
    #expect(roadmap.endYear(ofPhaseAt: 0) == nil)
    #expect(roadmap.endYear(ofPhaseAt: 1) == 2025)
    let ordinary = Roadmap(
      phases: [Phase(number: 1, start: 2018, position: position), Phase(number: 2, start: 2020, position: position)],
      position: position)
    #expect(ordinary.endYear(ofPhaseAt: 0) == 2019)
  }

  @Test(
    arguments: [
      ("-9223372036854775808", nil), ("9223372036854775807", nil), ("99999999999999999999", nil), ("2020", 2020),
      (" 2020\n", 2020), ("+2020", 2020), ("1989", nil), ("2101", nil), ("20 20", nil), ("", nil), ("٢٠٢٠", nil),
    ] as [(String, Int?)])
  func integersAreReadOnlyWithinTheirRange(text: String, expected: Int?) {
    #expect(text.integer(in: FormatBounds.years) == expected)
  }

  @Test(
    arguments: [
      ("nan", nil), ("inf", nil), ("-infinity", nil), ("1e400", nil), ("-1.7976931348623157e308", nil),
      ("1e19", nil), ("12.5", 12.5), (" -3 ", -3), ("999999999999999999", 999_999_999_999_999_999.0),
    ] as [(String, Double?)])
  func numbersAreFiniteAndWithinTheFormatsDigits(text: String, expected: Double?) {
    #expect(text.finiteNumber(upTo: FormatBounds.largestAmount) == expected)
    let indicator = IndicatorValue(parsing: text)
    #expect(indicator == expected.map(IndicatorValue.number))
  }

  @Test(arguments: ["-9223372036854775808", "9223372036854775807", "99999999999999999999999", "0", "1989"])
  func aModelBreakingTheSchemaGetsOnlyTheXMLAndStructuralFindings(start: String) {
    let validation = Self.validate(Self.model(start: start, reference: "ghost"))
    // The indicator's NaN and INF are schema errors too; the dangling reference is structural.
    #expect(
      validation.findings.map(\.ruleID).sorted()
        == ["model/unresolved-reference", "xml/schema", "xml/schema", "xml/schema"], "\(validation.findings)")
    #expect(validation.architecture == nil)
  }

  @Test func aModelWithinTheBoundsIsCheckedByEveryRule() {
    let valid = Self.model(start: "2022").replacingOccurrences(
      of: "target=\"NaN\" actual=\"INF\"", with: "target=\"30\"")
    let validation = Self.validate(valid)
    let rules = Set(validation.findings.map(\.ruleID))
    #expect(!rules.contains { $0.hasPrefix("xml/") }, "\(validation.findings)")
    #expect(rules.contains("kpi/not-reported"), "\(validation.findings)")
    #expect(rules.contains("graph/self-dependency"), "\(validation.findings)")
    #expect(validation.architecture?.roadmap?.phases.map(\.start) == [2018, 2020, 2022])
  }

  @Test func structuralRulesReadNoValueTheSchemaCouldReject() {
    let structural = Set(RuleRegistry.structuralRules.map { $0.description.id })
    #expect(structural == ["graph/cycle", "graph/self-dependency", "model/duplicate-id", "model/unresolved-reference"])
    let known = Set(RuleRegistry.modelRules.map { $0.description.id })
    #expect(structural.isSubset(of: known))
  }

  @Test func aFrameworksNumbersAreReadAroundWhiteSpace() throws {
    let path = "schemas/frameworks/2.0.xml"
    let text = try String(contentsOf: PackageRoot.url.appendingPathComponent(path), encoding: .utf8)
    let spaced = text.replacingOccurrences(of: "<roadmap severity=", with: "<roadmap phases=\" 4\n\" severity=")
      .replacingOccurrences(of: "available=\"2019\"", with: "available=\"\t2018 \"")
    #expect(spaced != text)
    let framework = try FrameworkLoader.load(bytes: Array(spaced.utf8), path: path)
    #expect(framework.roadmap?.phaseCount == 4)
    #expect(framework.nationalSystem("ngsp")?.available == 2018)
  }

  @Test(arguments: ["99999999999999999999", "-9223372036854775808", "1001", "0"])
  func aFrameworkWithAPhaseCountOutOfBoundsIsRefused(phases: String) throws {
    let path = "schemas/frameworks/2.0.xml"
    let text = try String(contentsOf: PackageRoot.url.appendingPathComponent(path), encoding: .utf8)
    let bad = text.replacingOccurrences(of: "<roadmap severity=", with: "<roadmap phases=\"\(phases)\" severity=")
    let line = (text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  <roadmap") } ?? 0) + 1
    #expect(throws: FrameworkLoadError.self) { try FrameworkLoader.load(bytes: Array(bad.utf8), path: "f.xml") }
    do {
      _ = try FrameworkLoader.load(bytes: Array(bad.utf8), path: "f.xml")
    } catch {
      #expect(error.problems.count == 1)
      #expect(
        error.problems.first?.hasPrefix("f.xml:\(line):3: element 'roadmap', attribute 'phases'") == true, "\(error)")
    }
  }
}
