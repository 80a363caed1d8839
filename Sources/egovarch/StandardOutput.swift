import EgovarchIO
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output, written with checked system calls: a report that cannot be written in full
/// (a full disk, `/dev/full`, a closed pipe, a closed descriptor) fails the command (exit
/// status 2) instead of ending with status 0 or 1 and half a report.
enum StandardOutput {
  /// Whether standard output was closed when egovarch started.
  nonisolated(unsafe) private static var wasClosed = false

  /// Prepares the standard streams before anything is written or opened.
  ///
  /// `SIGPIPE` is ignored, so that writing to a closed pipe fails with `EPIPE` (and a message)
  /// instead of killing egovarch silently. A closed standard input, output or error is opened
  /// on `/dev/null`, so that no file egovarch opens later takes its number (a report written
  /// into a temporary file); a closed standard output is remembered, and writing to it fails.
  static func prepare() {
    signal(SIGPIPE, SIG_IGN)
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
      if descriptor == STDOUT_FILENO { wasClosed = true }
      let replacement = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
      if replacement >= 0 && replacement != descriptor {
        dup2(replacement, descriptor)
        close(replacement)
      }
    }
  }

  /// Writes `text` to standard output.
  /// - Throws: `CommandFailure` when it cannot be written in full.
  static func write(_ text: String) throws {
    try write(Data(text.utf8))
  }

  /// Writes `bytes` to standard output.
  /// - Throws: `CommandFailure` when they cannot be written in full.
  static func write(_ bytes: Data) throws {
    if wasClosed { throw CommandFailure(message: "cannot write standard output: it is closed") }
    try DescriptorWriter.writeAll(bytes, to: STDOUT_FILENO) { reason in
      CommandFailure(message: "cannot write standard output: \(reason)")
    }
  }
}
