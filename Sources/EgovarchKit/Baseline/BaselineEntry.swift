/// One accepted finding in a baseline: its fingerprint, and what it said, for the reviewer.
public struct BaselineEntry: Sendable, Hashable, Comparable {
  /// The finding's fingerprint.
  public var fingerprint: FindingFingerprint
  /// The rule id.
  public var rule: String
  /// The file, relative to the base directory when it lies below it.
  public var file: String
  /// The component the finding is about, if any.
  public var component: String?
  /// The English message.
  public var message: String

  /// Creates an entry.
  public init(fingerprint: FindingFingerprint, rule: String, file: String, component: String?, message: String) {
    self.fingerprint = fingerprint
    self.rule = rule
    self.file = file
    self.component = component
    self.message = message
  }

  /// Orders by file, rule, component, message and fingerprint, for stable, reviewable files.
  public static func < (lhs: BaselineEntry, rhs: BaselineEntry) -> Bool {
    (lhs.file, lhs.rule, lhs.component ?? "", lhs.message, lhs.fingerprint.value)
      < (rhs.file, rhs.rule, rhs.component ?? "", rhs.message, rhs.fingerprint.value)
  }
}
