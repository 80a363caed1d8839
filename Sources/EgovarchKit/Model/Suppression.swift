/// A finding the architects have reviewed and accepted, with their reason.
public struct Suppression: Sendable, Hashable {
  /// The rule id, or `*` for every rule.
  public var rule: String
  /// The component it is limited to, if any.
  public var component: String?
  /// Why the finding is accepted.
  public var reason: String
  /// Where the `suppress` element starts.
  public var position: SourcePosition

  /// Creates a suppression.
  public init(rule: String, component: String? = nil, reason: String, position: SourcePosition) {
    self.rule = rule
    self.component = component
    self.reason = reason
    self.position = position
  }

  /// Whether this suppression covers a finding of `ruleID` about `componentID`.
  public func covers(ruleID: String, componentID: String?) -> Bool {
    guard rule == "*" || rule == ruleID else { return false }
    guard let component else { return true }
    return component == componentID
  }
}
