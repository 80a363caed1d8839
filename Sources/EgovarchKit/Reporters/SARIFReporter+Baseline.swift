extension SARIFReporter {
  /// The `baselineState` member of the result of `finding` (SARIF 2.1.0 §3.27.24), when the
  /// run marked its findings against a baseline (`--baseline-mode mark`): `new` or
  /// `unchanged`; none otherwise, and none for a suppressed finding, which baselines leave alone.
  static func baselineStateMember(of finding: Finding) -> [(key: String, value: JSONValue)] {
    guard let state = finding.baselineState else { return [] }
    return [("baselineState", .string(state.rawValue))]
  }
}
