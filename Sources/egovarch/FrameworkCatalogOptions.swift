import ArgumentParser
import EgovarchKit
import Foundation

/// The options of `egovarch frameworks` and `egovarch frameworks show`: the format and the
/// language.
struct FrameworkCatalogOptions: ParsableArguments {
  @Option(help: "Output format: text, markdown or json.")
  var format: FrameworkCatalogFormat = .text

  @Option(help: "Language of the output: en or vi (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Language?

  /// The formatter in the chosen language.
  var formatter: FrameworkCatalogFormatter {
    FrameworkCatalogFormatter(language: lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment))
  }
}
