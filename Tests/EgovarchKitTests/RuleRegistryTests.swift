import EgovarchKit
import Testing

/// The registry is consistent: unique, well-formed ids, documented and exemplified rules.
@Suite struct RuleRegistryTests {
  @Test func idsAreUniqueSortedAndWellFormed() {
    let ids = RuleRegistry.descriptions.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids == ids.sorted())
    for id in ids {
      #expect(id.wholeMatch(of: /[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*/) != nil, "bad id \(id)")
    }
  }

  @Test func everyRuleHasExamplesAndBothLanguages() {
    for description in RuleRegistry.descriptions {
      #expect(!description.triggeringExamples.isEmpty, "\(description.id) has no triggering example")
      #expect(!description.nonTriggeringExamples.isEmpty, "\(description.id) has no non-triggering example")
      for text in [description.summary, description.rationale] {
        #expect(!text.english.isEmpty && !text.vietnamese.isEmpty, "\(description.id)")
        #expect(text.english != text.vietnamese, "\(description.id) is not translated")
        #expect(!text.english.hasSuffix(".") && text.english.first?.isUppercase == false)
      }
    }
  }

  @Test func everyRuleHasDetailsInBothLanguages() {
    for description in RuleRegistry.descriptions {
      let details = description.details
      #expect(!details.english.isEmpty && !details.vietnamese.isEmpty, "\(description.id) has no details")
      #expect(details.english != details.vietnamese, "\(description.id)'s details are not translated")
      for text in [details.english, details.vietnamese] {
        // Details are prose: sentences, a list being a run of "- " lines, no stray blank line.
        #expect(text.first?.isUppercase == true && text.hasSuffix("."), "\(description.id): \(text)")
        #expect(!text.contains("\n\n\n") && !text.hasPrefix("\n") && !text.contains(" \n"), "\(description.id)")
        #expect(text.split(separator: "`", omittingEmptySubsequences: false).count % 2 == 1, "\(description.id)")
      }
      let paragraphs = { (text: String) in text.split(separator: "\n", omittingEmptySubsequences: false).count }
      #expect(paragraphs(details.english) == paragraphs(details.vietnamese), "\(description.id): lines differ")
    }
  }

  @Test func theFirstRulesOfTheFoundationAreRegistered() {
    let ids = Set(RuleRegistry.descriptions.map(\.id))
    for id in [
      "xml/malformed", "xml/schema", "model/duplicate-id", "model/unresolved-reference", "graph/cycle",
      "graph/self-dependency", "roadmap/unknown-component",
    ] {
      #expect(ids.contains(id), "\(id) is missing")
    }
  }
}
