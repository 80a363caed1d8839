import Testing

/// One case of `Tests/Fixtures/provinces/expectations.json`: a real province's model judged as of
/// one date, with the findings the law of that date supports and those it does not.
struct ProvinceCase: Decodable, Sendable, CustomTestStringConvertible {
  /// The model's file name in `Tests/Fixtures/provinces/`.
  var model: String
  /// The as-of date given to `--as-of` (YYYY-MM-DD).
  var asOf: String
  /// Why this date matters for this model.
  var note: String
  /// Findings that must be reported.
  var expected: [ExpectedProvinceFinding]
  /// Findings that must not be reported.
  var forbidden: [ForbiddenProvinceFinding]

  var testDescription: String { "\(model) as of \(asOf)" }
}
