import ArgumentParser
import EgovarchKit

/// The `egovarch` command: validates provincial e-government architectures.
struct EgovarchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "egovarch",
    abstract: "Validate Vietnamese provincial e-government architectures (framework 1.0 and 2.0).",
    discussion: """
      Exit status of 'validate': 0 when nothing reaches --fail-on, 1 when something does,
      2 when the command itself could not run (no such file, bad option).
      """,
    version: EgovarchVersion.current,
    subcommands: [
      ValidateCommand.self, GapsCommand.self, RulesCommand.self, RoadmapCommand.self, GraphCommand.self,
      ReportCommand.self,
    ],
    defaultSubcommand: nil
  )
}
