/// The outcome of one run over one or more files, ready for a reporter.
public struct ValidationReport: Sendable {
  /// Each file's outcome, in the order validated.
  public var files: [FileValidation]
  /// Whether its findings were marked against a baseline (`Finding.baselineState`), so that
  /// reports say how many it knows, even none.
  public var isMarkedAgainstBaseline: Bool

  /// Creates a report.
  public init(files: [FileValidation], isMarkedAgainstBaseline: Bool = false) {
    self.files = files
    self.isMarkedAgainstBaseline = isMarkedAgainstBaseline
  }

  /// Every finding of every file, sorted by file, line, column and rule.
  public var findings: [Finding] { files.flatMap(\.findings).sorted() }

  /// The counts.
  public var summary: FindingSummary { FindingSummary(files: files.count, findings: findings) }
}
