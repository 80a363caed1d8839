import Yams

extension ConfigurationReader {
  /// The configuration error for an error Yams threw while parsing `yaml`, at the place
  /// Yams reported.
  static func translate(_ error: any Error, in yaml: String, file: String) -> ConfigurationError {
    guard let yamlError = error as? YamlError else {
      return ConfigurationError(file: file, line: 1, column: 1, message: "cannot parse the file as YAML: \(error)")
    }
    switch yamlError {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let message: String
      if problem == "but found another document" {
        message = "a configuration file holds a single YAML document, and this one starts a second"
      } else if problem.hasPrefix("Maximum nesting level reached") {
        message = "invalid YAML: lists and mappings are nested too deeply"
      } else if let context, context.mark.line != mark.line || context.mark.column != mark.column {
        message = "invalid YAML: \(problem) (\(context.text) at \(context.mark.line):\(context.mark.column))"
      } else {
        message = "invalid YAML: \(problem)"
      }
      return ConfigurationError(file: file, line: mark.line, column: mark.column, message: message)
    case .reader(let problem, let offset, _, _):
      let index = offset.flatMap { yaml.index(yaml.startIndex, offsetBy: $0, limitedBy: yaml.endIndex) }
      let position = index.map { Self.position(of: $0, in: yaml) } ?? (line: 1, column: 1)
      return ConfigurationError(
        file: file, line: position.line, column: position.column, message: "invalid YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.map { excerpt("\($0)") }
      let message =
        names.count == 1
        ? "duplicate key \(names[0])"
        : "duplicate keys " + names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
      return ConfigurationError(file: file, line: context.mark.line, column: context.mark.column, message: message)
    default:
      let summary = "\(yamlError)".prefix { $0 != "\n" }
      return ConfigurationError(file: file, line: 1, column: 1, message: "cannot parse the file as YAML: \(summary)")
    }
  }

  /// The 1-based line and column (in Unicode scalars) of `index` in `text`, counting line
  /// breaks as libyaml does (`\r\n` once; `\r`, `\n`, U+0085, U+2028 and U+2029).
  static func position(of index: String.Index, in text: String) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars[..<index] {
      if scalar == "\n" && previousWasCarriageReturn {
        previousWasCarriageReturn = false
        continue
      }
      previousWasCarriageReturn = scalar == "\r"
      if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}
