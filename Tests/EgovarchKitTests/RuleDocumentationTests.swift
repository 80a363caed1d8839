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
}
