import ArgumentParser

/// `egovarch frameworks`: the built-in frameworks (`list`, the default) and the requirements of
/// one (`show`).
struct FrameworksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "frameworks",
    abstract: "List the built-in frameworks, or show one's requirements with their bases and periods.",
    discussion: """
      'egovarch frameworks' lists each built-in framework: id, name, issuing decision, period in \
      force and successor. 'egovarch frameworks show ID' prints its required components and links, \
      roadmap advice and national systems, each with its basis and period in force.
      """,
    subcommands: [FrameworksListCommand.self, FrameworksShowCommand.self],
    defaultSubcommand: FrameworksListCommand.self
  )
}
