import ArgumentParser
import EgovarchKit

/// The `egovarch` command: validates provincial e-government architectures.
struct EgovarchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "egovarch",
    abstract: "Validate Vietnamese provincial e-government architectures (frameworks 1.0, 2.0 and 3.0).",
    discussion: """
      Exit status of 'validate': 0 when nothing reaches --fail-on, 1 when something does,
      2 when the command itself could not run (no such file, bad option).
      """,
    version: EgovarchVersion.current,
    subcommands: [
      ValidateCommand.self, GapsCommand.self, RulesCommand.self, RoadmapCommand.self, GraphCommand.self,
      TimelineCommand.self, ReportCommand.self, FrameworksCommand.self,
    ],
    defaultSubcommand: nil
  )

  /// `egovarch` alone: the help on standard error and exit status 2, so that a CI step that
  /// lost its subcommand fails instead of passing having checked nothing.
  func run() throws {
    printToStandardError(lines: Self.helpMessage().split(separator: "\n", omittingEmptySubsequences: false))
    printToStandardError("egovarch: error: no subcommand given; nothing was checked")
    throw ExitCode(2)
  }
}
