/// Whether a baseline knows a finding, when a run marks findings against one
/// (`--baseline-mode mark`); SARIF's `result.baselineState` (§3.27.24) by the same names.
public enum BaselineState: String, Sendable, Hashable, CaseIterable {
  /// The baseline does not know it: it counts, and may fail the run.
  case new
  /// The baseline knows it: it is reported, but neither counted as new nor failing the run.
  case unchanged
}
