import ArgumentParser
import EgovarchKit

/// `egovarch frameworks show ID|--all`: a built-in framework's requirements, roadmap advice and
/// national systems, each with its basis and period in force.
struct FrameworksShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a built-in framework's requirements, roadmap advice and national systems.",
    discussion: """
      Exit status 2 when ID is not a built-in framework (the message lists those that are). \
      '--all --format markdown --lang en' prints docs/frameworks.md.
      """
  )

  @Argument(help: "The id of a built-in framework (see 'egovarch frameworks').")
  var id: String?

  @Flag(help: "Show every built-in framework, in the order they took effect.")
  var all = false

  @OptionGroup var options: FrameworkCatalogOptions

  func validate() throws {
    if all && id != nil { throw ValidationError("give a framework id or --all, not both") }
    if !all && id == nil { throw ValidationError("give the id of a built-in framework, or --all") }
  }

  func run() throws {
    let formatter = options.formatter
    let builtIn = FrameworkCatalogFormatter.builtIn
    var frameworks = builtIn
    if let id {
      guard let framework = builtIn.first(where: { $0.id == id }) else {
        throw CommandFailure(message: formatter.unknownFramework(id, known: builtIn.map(\.id)))
      }
      frameworks = [framework]
    }
    switch options.format {
    case .text: try StandardOutput.write(formatter.text(frameworks, details: true))
    case .markdown where all: try StandardOutput.write(formatter.document(frameworks))
    case .markdown: try StandardOutput.write(formatter.markdown(frameworks, details: true))
    case .json: try StandardOutput.write(formatter.json(frameworks, details: true))
    }
  }
}
