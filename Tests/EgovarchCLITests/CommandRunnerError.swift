/// Why `CommandRunner` could not start a command.
enum CommandRunnerError: Error, CustomStringConvertible {
  /// The `egovarch` executable was not found in any of the places searched.
  case executableNotFound(searched: [String])

  var description: String {
    switch self {
    case .executableNotFound(let searched):
      return """
        the egovarch executable was not found; build it with `swift build` (SwiftPM puts it next \
        to the test bundle), or name it in EGOVARCH_EXECUTABLE. Searched:
        \(searched.joined(separator: "\n"))
        """
    }
  }
}
