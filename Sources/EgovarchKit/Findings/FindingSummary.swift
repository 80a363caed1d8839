/// The counts that close a report; suppressed findings are counted apart.
public struct FindingSummary: Sendable, Hashable {
  /// How many files were validated.
  public var files: Int
  /// Unsuppressed errors.
  public var errors: Int
  /// Unsuppressed warnings.
  public var warnings: Int
  /// Unsuppressed notes.
  public var notes: Int
  /// Suppressed findings of any severity.
  public var suppressed: Int
  /// Unsuppressed findings a baseline knows (`BaselineState.unchanged`), counted among the
  /// errors, warnings and notes as well; 0 unless the run marked them against a baseline.
  public var unchanged: Int

  /// Counts `findings` over `files` files.
  public init(files: Int, findings: [Finding]) {
    self.files = files
    var errors = 0
    var warnings = 0
    var notes = 0
    var suppressed = 0
    var unchanged = 0
    for finding in findings {
      if finding.isSuppressed {
        suppressed += 1
        continue
      }
      if finding.baselineState == .unchanged { unchanged += 1 }
      switch finding.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .note: notes += 1
      }
    }
    self.errors = errors
    self.warnings = warnings
    self.notes = notes
    self.suppressed = suppressed
    self.unchanged = unchanged
  }
}
