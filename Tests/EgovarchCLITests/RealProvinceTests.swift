import EgovarchTestSupport
import Foundation
import Testing

/// Real provinces' architectures (`Tests/Fixtures/provinces/`), each validated with the built
/// `egovarch` at the as-of dates of `expectations.json`: every finding the law of the date
/// supports must be reported at its line with its severity, and no finding the law of the date
/// does not support may be reported (issue 13).
///
/// The expectations were written from the law, not from the tool's output: until the dated
/// framework data of issue 13 lands, many of them fail, and each failure is recorded with the
/// case, the finding and the reason the law gives.
@Suite struct RealProvinceTests {
  @Test func manifestIsReadableAndPointsAtItsElements() throws {
    let manifest = try ProvinceExpectationFile.load()
    #expect(manifest.version == 1)
    #expect(!manifest.cases.isEmpty)
    let folder = ProvinceExpectationFile.folder
    let models = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }
    #expect(Set(models) == Set(manifest.cases.map(\.model)), "every model has a case and every case a model")
    for province in manifest.cases {
      #expect(province.asOf.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil, "\(province): as-of date")
      let text = try String(contentsOf: folder.appendingPathComponent(province.model), encoding: .utf8)
      #expect(text == text.precomposedStringWithCanonicalMapping, "\(province.model) is not NFC")
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let located =
        province.expected.map { ($0.description, $0.line as Int?, $0.element as String?, $0.why) }
        + province.forbidden.map { ($0.description, $0.line, $0.element, $0.why) }
      for (name, line, element, why) in located {
        #expect(!why.isEmpty, "\(province): \(name) gives no reason")
        guard let line else { continue }
        let element = try #require(element, "\(province): \(name) gives a line but no element")
        let source = lines.indices.contains(line - 1) ? lines[line - 1] : ""
        #expect(
          source.drop { $0 == " " }.hasPrefix("<\(element)"),
          "\(province): \(name) points at line \(line), which does not start a <\(element)> element")
      }
    }
  }

  @Test(arguments: ProvinceExpectationFile.cases)
  func lawOfTheDate(_ province: ProvinceCase) async throws {
    let path = ProvinceExpectationFile.relativeFolder + "/" + province.model
    let result = try await CommandRunner.egovarch(
      ["validate", "--no-config", "--format", "json", "--fail-on", "never", "--as-of", province.asOf, path],
      in: PackageRoot.url)
    try #require(result.exitStatus == 0, "\(result)")
    let report = try result.jsonReport()
    #expect(report.xmlRules.isEmpty, "\(province.model) breaks the format: \(report.xmlRules)")
    for expected in province.expected where !report.findings.contains(where: expected.matches) {
      Issue.record(
        """
        \(province): expected \(expected) is not reported
          why: \(expected.why)
          basis: \(expected.basis); confidence: \(expected.confidence)
          reported at that line: \(Self.summary(of: report.findings.filter { $0.line == expected.line }))
        """)
    }
    for forbidden in province.forbidden {
      for finding in report.findings where forbidden.matches(finding) {
        Issue.record(
          """
          \(province): \(finding.severity) \(finding.rule) at \(finding.position) is reported, which the law of \
          the date does not support
            message: \(finding.message)
            why not: \(forbidden.why)
          """)
      }
    }
  }

  /// `findings` as `severity rule` items, or "nothing".
  private static func summary(of findings: [JSONFinding]) -> String {
    findings.isEmpty ? "nothing" : findings.map { "\($0.severity) \($0.rule)" }.joined(separator: ", ")
  }
}
