/// A failure of the command itself (exit status 2), as opposed to findings (exit status 1).
struct CommandFailure: Error, CustomStringConvertible {
  /// What went wrong, lowercase, without a trailing period.
  var message: String

  var description: String { message }
}
