import EgovarchKit

/// Reads a baseline file written by `--write-baseline`, with the CLI's messages.
enum BaselineFile {
  /// The baseline in the file at `path` (`Baseline(fileAt:)`).
  /// - Throws: `CommandFailure` when it cannot be read or is not a baseline; the message
  ///   gives `path:line:column` of the first problem.
  static func read(_ path: String) throws -> Baseline {
    do {
      return try Baseline(fileAt: path)
    } catch let error as BaselineParseError {
      throw CommandFailure(
        message: "--baseline: \(path):\(error.line):\(error.column): not an egovarch baseline: \(error.reason)")
    } catch {
      throw CommandFailure(message: "--baseline: \(error)")
    }
  }
}
