import EgovarchKit
import Testing

/// One example of one rule, as a test argument.
struct RuleExampleCase: CustomTestStringConvertible, Sendable {
  let ruleID: String
  let index: Int
  let example: Example
  let triggers: Bool

  /// The example's text, with its markers.
  var source: String { example.code }

  /// Where the example is written: a failure about it is reported there.
  var sourceLocation: Testing.SourceLocation {
    Testing.SourceLocation(
      fileID: "\(example.fileID)", filePath: "\(example.file)", line: Int(example.line), column: 1)
  }

  var testDescription: String { "\(ruleID) \(triggers ? "triggering" : "non-triggering") #\(index + 1)" }

  static let all: [RuleExampleCase] = RuleRegistry.descriptions.flatMap { description in
    description.triggeringExamples.enumerated().map {
      RuleExampleCase(ruleID: description.id, index: $0.offset, example: $0.element, triggers: true)
    }
      + description.nonTriggeringExamples.enumerated().map {
        RuleExampleCase(ruleID: description.id, index: $0.offset, example: $0.element, triggers: false)
      }
  }
}

/// Every rule's documented examples are its tests: markers give the exact expected positions.
///
/// A failure is reported at the example's own `Example(…)` in the rule's file, and names the test
/// case (rule, kind and number of the example).
@Suite struct RuleExampleTests {
  private let validator = ArchitectureValidator(options: ValidationOptions(today: Example.validationDate))

  @Test(arguments: RuleExampleCase.all)
  func example(_ example: RuleExampleCase) {
    let marked = MarkedExample(example.example)
    let outcome = validator.validate(bytes: Array(marked.document.utf8), path: "example.xml")
    let positions = outcome.findings.filter { $0.ruleID == example.ruleID }.map(\.location.position)
    let found = "\(example.testDescription): \(outcome.findings.map { "\($0.location) \($0.message.english)" })"
    if example.triggers {
      #expect(
        !marked.expectedPositions.isEmpty, "\(example.testDescription): a triggering example needs a ↓ marker",
        sourceLocation: example.sourceLocation)
      #expect(positions == marked.expectedPositions, "\(found)", sourceLocation: example.sourceLocation)
    } else {
      #expect(positions.isEmpty, "\(found)", sourceLocation: example.sourceLocation)
    }
    let others = outcome.findings.filter { $0.ruleID.hasPrefix("xml/") && $0.ruleID != example.ruleID }
    #expect(
      others.isEmpty, "\(example.testDescription) must be otherwise valid: \(others.map(\.message.english))",
      sourceLocation: example.sourceLocation)
  }

  @Test(arguments: RuleExampleCase.all.filter(\.triggers))
  func suppressionSilencesTriggeringExample(_ example: RuleExampleCase) throws {
    guard !example.ruleID.hasPrefix("xml/") else { return }
    let marked = MarkedExample(example.example)
    let suppressed = marked.document.replacingLast(
      "</architecture>",
      with: "<suppressions><suppress rule=\"\(example.ruleID)\" reason=\"accepted\"/></suppressions>\n</architecture>")
    let outcome = validator.validate(bytes: Array(suppressed.utf8), path: "example.xml")
    let findings = outcome.findings.filter { $0.ruleID == example.ruleID }
    #expect(!findings.isEmpty, "\(example.testDescription)", sourceLocation: example.sourceLocation)
    #expect(
      findings.allSatisfy { $0.isSuppressed }, "\(example.testDescription)", sourceLocation: example.sourceLocation)
  }
}

extension String {
  /// Replaces the last occurrence of `target` with `replacement`.
  fileprivate func replacingLast(_ target: String, with replacement: String) -> String {
    guard let range = ranges(of: target).last else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
