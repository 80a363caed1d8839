/// The outcome of validating one file: the model's analysis (when it could be built) and the
/// findings.
public struct FileValidation: Sendable {
  /// The file as the user named it.
  public var path: String
  /// The analysis of the model, made once by the validator and read by the rules, the gap
  /// report and the diagrams; `nil` when the document is not well-formed or breaks the schema
  /// (the defaults in place of rejected values would mislead).
  public var analysis: Analysis?
  /// The findings, sorted.
  public var findings: [Finding]
  /// The date the model was judged as of: `--as-of`, its `asOf`, else the day of the run.
  ///
  /// `nil` when no model could be read; it stays when the analysis is dropped.
  public var asOf: CalendarDate?

  /// The model, when the document is well-formed and valid against the schema.
  public var architecture: Architecture? { analysis?.architecture }

  /// Creates an outcome.
  public init(path: String, analysis: Analysis?, findings: [Finding]) {
    self.path = path
    self.analysis = analysis
    self.findings = findings
    asOf = analysis?.asOf
  }

  /// Creates an outcome whose model, if any, is analysed with the default options (the
  /// framework it names, its own `asOf` or today).
  public init(path: String, architecture: Architecture?, findings: [Finding]) {
    self.init(
      path: path, analysis: architecture.map { ArchitectureValidator().analyse($0) }, findings: findings)
  }
}
