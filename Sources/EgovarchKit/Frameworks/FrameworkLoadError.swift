/// A framework file that cannot be used: not well-formed, against its schema, or inconsistent.
public struct FrameworkLoadError: Error, Sendable, CustomStringConvertible {
  /// Each problem as `file:line:column: message`.
  public var problems: [String]

  public var description: String {
    "the framework cannot be used:\n" + problems.map { "  " + $0 }.joined(separator: "\n")
  }
}
