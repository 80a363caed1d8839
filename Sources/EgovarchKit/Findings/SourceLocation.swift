/// A file and a position in it; ordered by file, then line, then column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The file as the user named it (relative paths stay relative).
  public var file: String
  /// The position in the file.
  public var position: SourcePosition

  /// Creates a location.
  public init(file: String, position: SourcePosition) {
    self.file = file
    self.position = position
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.position) < (rhs.file, rhs.position)
  }

  public var description: String { "\(file):\(position.line):\(position.column)" }
}
