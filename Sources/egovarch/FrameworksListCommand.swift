import ArgumentParser
import EgovarchKit

/// `egovarch frameworks [list]`: one block per built-in framework, in the order they took effect.
struct FrameworksListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the built-in frameworks: id, name, issuing decision, period in force, successor."
  )

  @OptionGroup var options: FrameworkCatalogOptions

  func run() throws {
    let formatter = options.formatter
    let frameworks = FrameworkCatalogFormatter.builtIn
    switch options.format {
    case .text: try StandardOutput.write(formatter.text(frameworks, details: false))
    case .markdown: try StandardOutput.write(formatter.markdown(frameworks, details: false))
    case .json: try StandardOutput.write(formatter.json(frameworks, details: false))
    }
  }
}
