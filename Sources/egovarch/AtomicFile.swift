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

  /// Writes several files together, all or none (see `AtomicFileWriter.write(_:)`).
  /// - Throws: `CommandFailure` naming the first file that cannot be written; no temporary
  ///   file remains, and no file of `files` was replaced or created.
  static func write(_ files: [(path: String, bytes: Data)]) throws {
    do {
      try AtomicFileWriter.write(files)
    } catch {
      throw CommandFailure(message: "cannot write '\(error.path.terminalSafe)': \(error.reason)")
    }
  }

  /// Whether `first` and `second` name the same file (see `AtomicFileWriter.sameFile(_:_:)`).
  static func sameFile(_ first: String, _ second: String) -> Bool {
    AtomicFileWriter.sameFile(first, second)
  }
}
