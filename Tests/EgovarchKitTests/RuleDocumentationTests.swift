import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// `docs/rules.md` is what `egovarch rules --format markdown` prints today.
@Suite struct RuleDocumentationTests {
  @Test func rulesDocumentIsInSync() throws {
    let file = PackageRoot.url.appendingPathComponent("docs/rules.md")
    let contents = try String(contentsOf: file, encoding: .utf8)
    let generated = RuleCatalogFormatter(language: .english).markdown(RuleRegistry.descriptions)
    #expect(
      contents == generated, "docs/rules.md is stale: run 'swift run egovarch rules --format markdown > docs/rules.md'")
  }

  @Test func everyRuleHasItsSection() throws {
    let markdown = RuleCatalogFormatter(language: .english).markdown(RuleRegistry.descriptions)
    for rule in RuleRegistry.descriptions {
      #expect(markdown.contains("\n## \(rule.id)\n"), "\(rule.id) has no section")
    }
  }

  @Test func everySectionShowsTheDetailsAndEveryExample() throws {
    let markdown = RuleCatalogFormatter(language: .english).markdown(RuleRegistry.descriptions)
    for rule in RuleRegistry.descriptions {
      let start = try #require(markdown.range(of: "\n## \(rule.id)\n"))
      let rest = markdown[start.upperBound...]
      let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
      #expect(section.contains("\n### Details · Chi tiết\n\n\(rule.details.english)\n\n\(rule.details.vietnamese)\n"))
      let triggering = try #require(section.range(of: "\n### Triggering examples · Ví dụ vi phạm\n"), "\(rule.id)")
      let nonTriggering = try #require(
        section.range(of: "\n### Non-triggering examples · Ví dụ không vi phạm\n"), "\(rule.id)")
      #expect(triggering.upperBound < nonTriggering.lowerBound, "\(rule.id)")
      let triggeringPart = section[triggering.upperBound..<nonTriggering.lowerBound]
      for example in rule.triggeringExamples {
        #expect(triggeringPart.contains("\n```xml\n\(example.code)\n```\n"), "\(rule.id): \(example.code)")
      }
      for example in rule.nonTriggeringExamples {
        #expect(
          section[nonTriggering.upperBound...].contains("\n```xml\n\(example.code)\n```\n"),
          "\(rule.id): \(example.code)")
      }
    }
  }
}
