import EgovarchKit
import Testing

/// The rule policy turns rules off and changes severities, for model rules and loader rules.
@Suite struct RulePolicyTests {
  private let source = """
    <architecture xmlns="urn:egovarch:architecture:1" id="p" province="P" framework="2.0" asOf="2025-01-01">
      <components>
        <component id="a" kind="lgsp" name="A" status="existing">
          <dependsOn ref="b"/>
          <dependsOn ref="a"/>
        </component>
      </components>
    </architecture>
    """

  private func ruleIDs(_ policy: RulePolicy, source: String? = nil) -> [String: Severity] {
    let validator = ArchitectureValidator(options: ValidationOptions(rulePolicy: policy))
    let findings = validator.validate(bytes: Array((source ?? self.source).utf8), path: "p.xml").findings
    return Dictionary(findings.map { ($0.ruleID, $0.severity) }, uniquingKeysWith: { first, _ in first })
  }

  @Test func defaultPolicyRunsEveryRule() {
    let found = ruleIDs(RulePolicy())
    #expect(found["model/unresolved-reference"] == .error)
    #expect(found["graph/self-dependency"] != nil)
  }

  @Test func disabledRulesReportNothing() {
    let found = ruleIDs(RulePolicy(disabledRules: ["model/unresolved-reference"]))
    #expect(found["model/unresolved-reference"] == nil)
    #expect(found["graph/self-dependency"] != nil)
  }

  @Test func onlyRulesRestrictAndDisabledWins() {
    let only = ruleIDs(RulePolicy(onlyRules: ["graph/self-dependency"]))
    #expect(Array(only.keys) == ["graph/self-dependency"])
    let both = ruleIDs(RulePolicy(onlyRules: ["graph/self-dependency"], disabledRules: ["graph/self-dependency"]))
    #expect(both.isEmpty)
  }

  @Test func severitiesOverrideDefaults() {
    let found = ruleIDs(RulePolicy(severities: ["model/unresolved-reference": .note]))
    #expect(found["model/unresolved-reference"] == .note)
  }

  @Test func loaderRulesFollowThePolicyToo() {
    let broken = "<architecture"
    #expect(ruleIDs(RulePolicy(), source: broken)["xml/malformed"] == .error)
    #expect(ruleIDs(RulePolicy(severities: ["xml/malformed": .warning]), source: broken)["xml/malformed"] == .warning)
    #expect(ruleIDs(RulePolicy(disabledRules: ["xml/malformed"]), source: broken)["xml/malformed"] == nil)
  }
}
