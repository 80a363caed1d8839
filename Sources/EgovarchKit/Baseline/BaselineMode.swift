/// What a run does with the findings its baseline knows (`--baseline-mode`).
public enum BaselineMode: String, Sendable, Hashable, CaseIterable {
  /// Leaves them out of the report (the default): only new findings are reported.
  case filter
  /// Keeps them, marked `unchanged` (and the others `new`): SARIF's `baselineState`, JSON's
  /// `baseline`. Either way only new findings are counted against `--fail-on`.
  case mark
}
