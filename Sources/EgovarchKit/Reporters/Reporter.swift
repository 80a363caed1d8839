/// Turns a validation report into text for a person or a machine; a pure function.
public protocol Reporter {
  /// The whole output for `report`, ending with a newline.
  func render(_ report: ValidationReport) -> String
}
