/// A failure of the command itself (exit status 2), as opposed to findings (exit status 1).
struct CommandFailure: Error, CustomStringConvertible {
  /// What went wrong, lowercase, without a trailing period: printed as one line, with any
  /// control character in it (a line feed in a file name) escaped.
  var message: String
  /// Lines printed under the message (the problems of a framework file), each escaped on its
  /// own.
  var details: [String] = []

  var description: String { ([message] + details).joined(separator: "\n") }
}
