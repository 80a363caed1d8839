/// The suppressions of a model indexed by rule and component, so that finding the one that
/// covers a finding costs a few dictionary look-ups instead of a scan of every suppression.
///
/// The answer is the same as a scan in document order: the first suppression that covers the
/// finding.
struct SuppressionIndex {
  /// The position in document order of the first suppression of each (rule, component) pair;
  /// the rule is `*` for every rule, the component `nil` for every component.
  private let firstIndex: [Key: Int]
  private let suppressions: [Suppression]
  /// How many look-ups `suppression(ruleID:componentID:)` has made, for the tests.
  private(set) var lookUps = 0

  private struct Key: Hashable {
    var rule: String
    var component: String?
  }

  /// Indexes `suppressions`, in time linear in their number.
  init(_ suppressions: [Suppression]) {
    var firstIndex: [Key: Int] = [:]
    for (index, suppression) in suppressions.enumerated() {
      let key = Key(rule: suppression.rule, component: suppression.component)
      if firstIndex[key] == nil { firstIndex[key] = index }
    }
    self.firstIndex = firstIndex
    self.suppressions = suppressions
  }

  /// The first suppression, in document order, that covers a finding of `ruleID` about
  /// `componentID`.
  mutating func suppression(ruleID: String, componentID: String?) -> Suppression? {
    if firstIndex.isEmpty { return nil }
    var keys = [Key(rule: ruleID, component: nil), Key(rule: "*", component: nil)]
    if let componentID {
      keys += [Key(rule: ruleID, component: componentID), Key(rule: "*", component: componentID)]
    }
    var best: Int?
    for key in keys {
      lookUps += 1
      if let index = firstIndex[key], index < best ?? Int.max { best = index }
    }
    return best.map { suppressions[$0] }
  }
}
