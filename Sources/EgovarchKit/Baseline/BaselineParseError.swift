/// A baseline file that cannot be read as one: where the problem is, and what it is.
public struct BaselineParseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The line of the problem, from 1.
  public var line: Int
  /// The column of the problem, from 1, counted in characters (Unicode scalars).
  public var column: Int
  /// What is wrong, lowercase, without a trailing period.
  public var reason: String

  /// Creates an error.
  public init(line: Int, column: Int, reason: String) {
    self.line = line
    self.column = column
    self.reason = reason
  }

  public var description: String { "\(line):\(column): \(reason)" }
}
