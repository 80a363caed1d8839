/// Why a configuration file was refused, with the place in it: "FILE:LINE:COLUMN: message".
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The configuration file, as its path was given.
  public var file: String
  /// The 1-based line; 0 when the error is about the whole file (it cannot be read or is
  /// too large).
  public var line: Int
  /// The 1-based column, in Unicode scalars; 0 when `line` is 0.
  public var column: Int
  /// What is wrong: lowercase, no trailing period.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// "FILE:LINE:COLUMN: message", or "FILE: message" for the whole file.
  public var description: String {
    line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
  }
}
