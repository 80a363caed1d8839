import ArgumentParser

/// `--dot-timeout`, shared by the commands that run Graphviz (`graph`, `roadmap`, `report`).
struct DotTimeoutOption: ParsableArguments {
  @Option(
    name: .customLong("dot-timeout"),
    help: "Seconds each run of Graphviz's 'dot' may take before it is stopped (default: 60).")
  var dotTimeout: Double = Graphviz.defaultTimeout

  func validate() throws {
    if !(dotTimeout > 0 && dotTimeout <= 86_400) {
      throw ValidationError("--dot-timeout must be a number of seconds between 0 and 86400")
    }
  }
}
