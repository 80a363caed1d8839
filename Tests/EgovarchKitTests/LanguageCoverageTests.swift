import EgovarchKit
import EgovarchTestSupport
import Testing

/// Every text egovarch shows exists in English and Vietnamese and follows the house style:
/// rule documentation, every finding message the rules produce, and the severity labels.
@Suite struct LanguageCoverageTests {
  private static let today = CalendarDate(year: 2021, month: 6, day: 30)!
  /// A date after every deadline of the bundled models, to make the date-dependent rules speak.
  private static let later = CalendarDate(year: 2030, month: 1, day: 1)!

  /// The style problems of one message, empty when there are none.
  private static func problems(_ message: LocalizedText) -> [String] {
    var problems: [String] = []
    for (language, text) in [("en", message.english), ("vi", message.vietnamese)] {
      if text.isEmpty {
        problems.append("\(language) is empty")
        continue
      }
      if text.lowercased().contains("todo") { problems.append("\(language) contains 'todo'") }
      if let first = text.first, !(first.isLowercase || "'\"‘“".contains(first)) {
        problems.append("\(language) starts with '\(first)'")
      }
      if text.hasSuffix(".") { problems.append("\(language) ends with a period") }
    }
    if message.english == message.vietnamese { problems.append("English and Vietnamese are the same") }
    return problems
  }

  private static func check(_ findings: [Finding], in source: String) {
    for finding in findings {
      let problems = problems(finding.message)
      #expect(
        problems.isEmpty,
        "\(source) \(finding.ruleID) at \(finding.location.position): \(problems.joined(separator: "; "))\n  en: \(finding.message.english)\n  vi: \(finding.message.vietnamese)"
      )
    }
  }

  /// Whether `text` starts with an acronym such as `DOCTYPE` or `LGSP` (Vietnamese has no article to put first).
  private func startsWithAcronym(_ text: String) -> Bool {
    let word = text.prefix { $0 != " " }
    return word.count >= 2 && word.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
  }

  @Test func descriptionsAreWrittenNotStubbed() {
    for description in RuleRegistry.descriptions {
      for (part, text) in [("summary", description.summary), ("rationale", description.rationale)] {
        #expect(!text.english.lowercased().contains("todo"), "\(description.id) \(part) (en) is a stub")
        #expect(!text.vietnamese.lowercased().contains("todo"), "\(description.id) \(part) (vi) is a stub")
        #expect(
          text.vietnamese.first?.isUppercase == false || startsWithAcronym(text.vietnamese),
          "\(description.id) \(part) (vi) starts uppercase")
        #expect(!text.vietnamese.hasSuffix("."), "\(description.id) \(part) (vi) ends with a period")
      }
      #expect(description.summary.english != description.rationale.english, "\(description.id) (en)")
      #expect(description.summary.vietnamese != description.rationale.vietnamese, "\(description.id) (vi)")
    }
  }

  @Test(arguments: PackageRoot.models.map(\.lastPathComponent))
  func bundledModelMessagesAreBilingual(_ name: String) throws {
    let path = PackageRoot.url.appendingPathComponent("models/\(name)").path
    for options in [ValidationOptions(today: Self.today), ValidationOptions(asOf: Self.later, today: Self.today)] {
      let outcome = try ArchitectureValidator(options: options).validate(fileAt: path)
      Self.check(outcome.findings, in: "\(name) as of \(options.asOf.map { "\($0)" } ?? "its own date")")
    }
  }

  @Test(arguments: RuleExampleCase.all)
  func exampleMessagesAreBilingual(_ example: RuleExampleCase) {
    let marked = MarkedExample(example.example)
    let outcome = ArchitectureValidator(options: ValidationOptions(today: Self.today))
      .validate(bytes: Array(marked.document.utf8), path: "example.xml")
    Self.check(outcome.findings, in: example.testDescription)
  }

  @Test func severityLabelsExistInBothLanguages() {
    for language in Language.allCases {
      let labels = Severity.allCases.map { $0.label(in: language) }
      #expect(labels.allSatisfy { !$0.isEmpty }, "\(language)")
      #expect(Set(labels).count == labels.count, "\(language)")
    }
    for severity in Severity.allCases {
      #expect(severity.label(in: .english) != severity.label(in: .vietnamese), "\(severity)")
    }
  }
}
