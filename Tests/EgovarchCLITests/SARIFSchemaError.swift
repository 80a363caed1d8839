/// Why `SARIFSchemaValidator` rejected a SARIF log, or could not check it.
enum SARIFSchemaError: Error, CustomStringConvertible {
  /// The SARIF 2.1.0 schema was found in none of the places searched.
  case schemaNotFound(searched: [String])
  /// `python3` or its `jsonschema` module is not there, or the check itself failed.
  case validatorUnavailable(String)
  /// The log breaks the schema (or SARIF's rules for URIs); one line per problem.
  case invalid(problems: [String], document: String)

  var description: String {
    switch self {
    case .schemaNotFound(let searched):
      return """
        the SARIF 2.1.0 schema (sarif-schema-2.1.0.json) was not found; put it in \
        <package>/../shared/peers/sarif/ or name it in SARIF_SCHEMA. Searched:
        \(searched.joined(separator: "\n"))
        """
    case .validatorUnavailable(let reason):
      return "cannot validate SARIF: \(reason)"
    case .invalid(let problems, let document):
      let excerpt = document.count <= 2_000 ? document : String(document.prefix(2_000)) + "…"
      return "the SARIF log breaks the SARIF 2.1.0 schema:\n\(problems.joined(separator: "\n"))\n--- log:\n\(excerpt)"
    }
  }
}
