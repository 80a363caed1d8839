import EgovarchIO
import EgovarchKit
import Foundation

/// The CLI's way to `AtomicFileWriter`: the same writes, with a failure as a `CommandFailure`
/// whose path is escaped for the terminal.
enum AtomicFile {
  /// Writes `bytes` to `path` atomically (see `AtomicFileWriter.write(_:to:)`).
  /// - Throws: `CommandFailure` when the file cannot be written; no temporary file remains.
  static func write(_ bytes: Data, to path: String) throws {
    do {
      try AtomicFileWriter.write(bytes, to: path)
    } catch {
      throw CommandFailure(message: "cannot write '\(error.path.terminalSafe)': \(error.reason)")
    }
  }

  /// Whether `first` and `second` name the same file (see `AtomicFileWriter.sameFile(_:_:)`).
  static func sameFile(_ first: String, _ second: String) -> Bool {
    AtomicFileWriter.sameFile(first, second)
  }
}
