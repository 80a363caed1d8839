import EgovarchKit
import Testing

/// "Did you mean" suggestions: near ids only, swaps count once, bounded work.
@Suite struct IdentifierSuggesterTests {
  private let suggester = IdentifierSuggester(candidates: ["lgsp", "data-centre", "one-stop", "portal", "soc"])

  @Test func suggestsTheNearestId() {
    #expect(suggester.suggestion(for: "lgps") == "lgsp")
    #expect(suggester.suggestion(for: "data-center") == "data-centre")
    #expect(suggester.suggestion(for: "LGSP") == "lgsp")
    #expect(suggester.suggestion(for: "onestop") == "one-stop")
  }

  @Test func staysSilentWhenNothingIsNear() {
    #expect(suggester.suggestion(for: "reporting-system") == nil)
    #expect(suggester.suggestion(for: "x") == nil)
  }

  @Test func stopsSuggestingWhenTheBudgetIsSpent() {
    let bounded = IdentifierSuggester(candidates: ["lgsp", "soc"], budget: 2)
    #expect(bounded.suggestion(for: "lgps") == "lgsp")
    #expect(bounded.suggestion(for: "lgps") == nil)
  }
}
