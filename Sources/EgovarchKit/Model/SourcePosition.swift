/// Where an element starts in its file: 1-based line and column (in Unicode scalars), and,
/// when known, where its start tag ends.
///
/// The end (just after the start tag's `>`, exclusive, as SARIF's `endLine`/`endColumn`
/// count it) comes with the start: two positions are equal, hashed and ordered by their
/// start alone. Every element of a model keeps one, so the four numbers are stored in 32 bits
/// each and the whole position takes the 16 bytes that a start alone used to: a file is never
/// larger than 2 GiB, so neither is a line or a column.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  private var storedLine: Int32
  private var storedColumn: Int32
  /// The end's line and column; 0 when the end is not known.
  private var storedEndLine: Int32 = 0
  private var storedEndColumn: Int32 = 0

  /// The 1-based line.
  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = Int32(clamping: newValue) }
  }

  /// The 1-based column, in Unicode scalars.
  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = Int32(clamping: newValue) }
  }

  /// Where the element's start tag ends: the line and column just after its `>`; `nil` when
  /// not known (a position that does not come from a parsed start tag).
  public var end: (line: Int, column: Int)? {
    get { storedEndLine > 0 ? (Int(storedEndLine), Int(storedEndColumn)) : nil }
    set {
      storedEndLine = newValue.map { Int32(clamping: $0.line) } ?? 0
      storedEndColumn = newValue.map { Int32(clamping: $0.column) } ?? 0
    }
  }

  /// Creates a position from its start, and the end of its start tag when known.
  public init(line: Int, column: Int, end: (line: Int, column: Int)? = nil) {
    storedLine = Int32(clamping: line)
    storedColumn = Int32(clamping: column)
    self.end = end
  }

  /// The start of a file.
  public static let start = SourcePosition(line: 1, column: 1)

  public static func == (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    lhs.storedLine == rhs.storedLine && lhs.storedColumn == rhs.storedColumn
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(storedLine)
    hasher.combine(storedColumn)
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
  }

  public var description: String { "\(line):\(column)" }
}
