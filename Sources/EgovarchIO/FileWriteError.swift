/// Why an output file could not be written.
public struct FileWriteError: Error, CustomStringConvertible {
  /// The path as it was given.
  public var path: String
  /// Why, lowercase, without a trailing period (`strerror`'s text, or egovarch's own words).
  public var reason: String

  /// Creates the error for `path`.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// `cannot write 'PATH': REASON`, with the path as given (escape it before it reaches a terminal).
  public var description: String { "cannot write '\(path)': \(reason)" }
}
