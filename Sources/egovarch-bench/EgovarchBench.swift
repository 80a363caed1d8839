import ArgumentParser

/// `egovarch-bench`: generates synthetic architecture models for the benchmark
/// (`scripts/bench.sh`) and for trying egovarch at national scale.
@main
struct EgovarchBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "egovarch-bench",
    abstract: "Generate synthetic architecture models for benchmarks.",
    subcommands: [GenerateCommand.self, GenerateDirectoryCommand.self]
  )
}
