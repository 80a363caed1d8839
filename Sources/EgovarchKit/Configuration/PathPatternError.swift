/// Why a text cannot be a ``PathPattern``.
public enum PathPatternError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The pattern is empty.
  case empty
  /// The pattern starts with `/`, but patterns are relative to their base directory.
  case absolute(pattern: String)
  /// A `..` segment follows a segment with `*` or `?`, so it names no single directory.
  case parentAfterWildcard(pattern: String)
  /// The pattern is longer than ``PathPattern/lengthLimit`` bytes.
  case tooLong(pattern: String)

  public var description: String {
    switch self {
    case .empty: return "a path pattern cannot be empty"
    case .absolute(let pattern): return "'\(pattern)' is absolute; a path pattern is relative to its base directory"
    case .parentAfterWildcard(let pattern): return "'\(pattern)' has '..' after a wildcard"
    case .tooLong: return "a path pattern cannot be longer than \(PathPattern.lengthLimit) bytes"
    }
  }
}
