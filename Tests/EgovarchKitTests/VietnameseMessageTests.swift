import EgovarchKit
import EgovarchTestSupport
import Testing

/// What a Vietnamese architect reads (issue 14): dates as dd/mm/yyyy, never ISO, and national
/// systems by their name with the reference after, never a bare `national:…`, in every message
/// of every rule's examples and of the bundled models at several dates; the English messages
/// are held to the same.
@Suite struct VietnameseMessageTests {
  private static let today = CalendarDate(year: 2021, month: 6, day: 30)!
  /// The dates the bundled models are judged at, besides their own.
  private static let dates = [
    CalendarDate(year: 2019, month: 12, day: 31)!, CalendarDate(year: 2021, month: 6, day: 30)!,
    CalendarDate(year: 2025, month: 9, day: 1)!, CalendarDate(year: 2030, month: 1, day: 1)!,
  ]
  /// The problems of one message, empty when there are none.
  ///
  /// A reference the framework's catalogue does not have (what `framework/unknown-kind`
  /// reports) has no name to show, and `ref="national:x"` is the XML an architect is told to
  /// write: both are allowed. The named form is `Name ('national:x')`.
  static func problems(_ text: String, framework: Framework?) -> [String] {
    var problems: [String] = []
    for match in text.matches(of: #/\d{4}-\d{2}-\d{2}/#) {
      problems.append("ISO date \(text[match.range])")
    }
    for match in text.matches(of: #/national:([A-Za-z0-9_.\-]+)/#) {
      let before = String(text[..<match.range.lowerBound].suffix(4))
      let id = String(match.output.1)
      // Named: "… ('national:x')", the name's last letter before the space.
      if before.count == 4, before.hasSuffix(" ('"), let last = before.first, !last.isWhitespace { continue }
      if before.hasSuffix("=\"") { continue }
      if let framework, framework.nationalSystem(id) == nil { continue }
      problems.append("bare national:\(id)")
    }
    return problems
  }

  private static func check(_ findings: [Finding], framework: Framework?, in source: String) {
    for finding in findings {
      // English says dates and national systems the same way ("31 December 2019").
      for text in [finding.message.vietnamese, finding.message.english] {
        let problems = problems(text, framework: framework)
        #expect(problems.isEmpty, "\(source) \(finding.ruleID): \(problems)\n  \(text)")
      }
    }
  }

  @Test func theCheckSeesWhatItLooksFor() {
    let framework = BuiltInFrameworks.framework("2.0")
    #expect(Self.problems("đã kết thúc vào ngày 2019-12-31", framework: framework) == ["ISO date 2019-12-31"])
    #expect(Self.problems("dựa vào 'national:ngsp'", framework: framework) == ["bare national:ngsp"])
    #expect(Self.problems("dựa vào NGSP ('national:ngsp'), ngày 31/12/2019", framework: framework).isEmpty)
    #expect(Self.problems("bằng dependsOn ref=\"national:ngsp\"", framework: framework).isEmpty)
    #expect(Self.problems("phụ thuộc vào 'national:ngps'", framework: framework).isEmpty)
  }

  @Test(arguments: RuleExampleCase.all)
  func exampleMessages(_ example: RuleExampleCase) {
    let marked = MarkedExample(example.example)
    let outcome = ArchitectureValidator(options: ValidationOptions(today: Self.today))
      .validate(bytes: Array(marked.document.utf8), path: "example.xml")
    Self.check(outcome.findings, framework: outcome.analysis?.framework, in: example.testDescription)
  }

  @Test(arguments: PackageRoot.models.map(\.lastPathComponent))
  func bundledModelMessages(_ name: String) throws {
    let path = PackageRoot.url.appendingPathComponent("models/\(name)").path
    let options =
      [ValidationOptions(today: Self.today)] + Self.dates.map { ValidationOptions(asOf: $0, today: Self.today) }
    for options in options {
      let outcome = try ArchitectureValidator(options: options).validate(fileAt: path)
      Self.check(
        outcome.findings, framework: outcome.analysis?.framework,
        in: "\(name) as of \(options.asOf.map { "\($0)" } ?? "its own date")")
    }
  }
}
