/// The output formats of `egovarch validate`.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
  /// One line per finding, then a summary: for people.
  case text
  /// One JSON object with every finding and the counts: for scripts.
  case json

  /// The reporter for this format.
  public func reporter(_ settings: ReporterSettings) -> any Reporter {
    switch self {
    case .text: return TextReporter(language: settings.language, colored: settings.colored)
    case .json: return JSONReporter(language: settings.language)
    }
  }
}
