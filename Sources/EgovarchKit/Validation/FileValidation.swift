/// The outcome of validating one file: the model (when it could be built) and the findings.
public struct FileValidation: Sendable {
  /// The file as the user named it.
  public var path: String
  /// The model, when the document is well-formed and valid against the schema; `nil` for a
  /// model that breaks the schema, whose defaults in place of rejected values would mislead.
  public var architecture: Architecture?
  /// The findings, sorted.
  public var findings: [Finding]

  /// Creates an outcome.
  public init(path: String, architecture: Architecture?, findings: [Finding]) {
    self.path = path
    self.architecture = architecture
    self.findings = findings
  }
}
