/// The outcome of one run over one or more files, ready for a reporter.
public struct ValidationReport: Sendable {
  /// Each file's outcome, in the order validated.
  public var files: [FileValidation]

  /// Creates a report.
  public init(files: [FileValidation]) {
    self.files = files
  }

  /// Every finding of every file, sorted by file, line, column and rule.
  public var findings: [Finding] { files.flatMap(\.findings).sorted() }

  /// The counts.
  public var summary: FindingSummary { FindingSummary(files: files.count, findings: findings) }
}
