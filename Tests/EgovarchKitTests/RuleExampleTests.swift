import EgovarchKit
import Testing

/// One example of one rule, as a test argument.
struct RuleExampleCase: CustomTestStringConvertible, Sendable {
  let ruleID: String
  let index: Int
  let source: String
  let triggers: Bool

  var testDescription: String { "\(ruleID) \(triggers ? "triggering" : "non-triggering") #\(index + 1)" }

  static let all: [RuleExampleCase] = RuleRegistry.descriptions.flatMap { description in
    description.triggeringExamples.enumerated().map {
      RuleExampleCase(ruleID: description.id, index: $0.offset, source: $0.element, triggers: true)
    }
      + description.nonTriggeringExamples.enumerated().map {
        RuleExampleCase(ruleID: description.id, index: $0.offset, source: $0.element, triggers: false)
      }
  }
}

/// Every rule's documented examples are its tests: markers give the exact expected positions.
@Suite struct RuleExampleTests {
  private let validator = ArchitectureValidator(
    options: ValidationOptions(today: CalendarDate(year: 2021, month: 6, day: 30)!))

  @Test(arguments: RuleExampleCase.all)
  func example(_ example: RuleExampleCase) {
    let marked = MarkedExample(example.source)
    let outcome = validator.validate(bytes: Array(marked.document.utf8), path: "example.xml")
    let positions = outcome.findings.filter { $0.ruleID == example.ruleID }.map(\.location.position)
    if example.triggers {
      #expect(!marked.expectedPositions.isEmpty, "a triggering example needs a ↓ marker")
      #expect(
        positions == marked.expectedPositions, "\(outcome.findings.map { "\($0.location) \($0.message.english)" })")
    } else {
      #expect(positions.isEmpty, "\(outcome.findings.map { "\($0.location) \($0.message.english)" })")
    }
    let others = outcome.findings.filter { $0.ruleID.hasPrefix("xml/") && $0.ruleID != example.ruleID }
    #expect(others.isEmpty, "the example must be otherwise valid: \(others.map(\.message.english))")
  }

  @Test(arguments: RuleExampleCase.all.filter(\.triggers))
  func suppressionSilencesTriggeringExample(_ example: RuleExampleCase) throws {
    guard !example.ruleID.hasPrefix("xml/") else { return }
    let marked = MarkedExample(example.source)
    let suppressed = marked.document.replacingLast(
      "</architecture>",
      with: "<suppressions><suppress rule=\"\(example.ruleID)\" reason=\"accepted\"/></suppressions>\n</architecture>")
    let outcome = validator.validate(bytes: Array(suppressed.utf8), path: "example.xml")
    let findings = outcome.findings.filter { $0.ruleID == example.ruleID }
    #expect(!findings.isEmpty)
    #expect(findings.allSatisfy { $0.isSuppressed })
  }
}

extension String {
  /// Replaces the last occurrence of `target` with `replacement`.
  fileprivate func replacingLast(_ target: String, with replacement: String) -> String {
    guard let range = ranges(of: target).last else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
