/// The `summary` object of a `--format json` report, with every member type-checked.
struct JSONSummary: Equatable {
  var files: Int
  var errors: Int
  var warnings: Int
  var notes: Int
  var suppressed: Int

  /// Creates a summary from counts.
  init(files: Int, errors: Int, warnings: Int = 0, notes: Int = 0, suppressed: Int = 0) {
    self.files = files
    self.errors = errors
    self.warnings = warnings
    self.notes = notes
    self.suppressed = suppressed
  }

  /// Reads a summary from `object`.
  init(_ object: JSONObject) throws {
    files = try object.integer("files")
    errors = try object.integer("errors")
    warnings = try object.integer("warnings")
    notes = try object.integer("notes")
    suppressed = try object.integer("suppressed")
  }
}
