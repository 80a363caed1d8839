/// A configuration file with every kind of key, held once for the tests and the fuzzer's seeds.
public enum ConfigurationExample {
  /// The `.egovarch.yml` text: a framework, `fail-on`, a disabled rule, a severity and two
  /// exclusion patterns, as the README's example has them.
  public static let text = """
    # .egovarch.yml
    framework: "2.0"
    fail-on: warning
    disabled-rules: [kpi/not-reported]
    severity:
      roadmap/overdue: error
    exclude:
      - archive/**
      - drafts/*.xml

    """
}
