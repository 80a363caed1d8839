import EgovarchKit

/// Reads a baseline file written by `--write-baseline`.
enum BaselineFile {
  /// The largest baseline file read, in bytes: 64 MiB.
  ///
  /// That is some 300,000 findings as `--write-baseline` writes them, or 1,400,000 of the
  /// smallest size; the reader keeps the peak under half the 512 MiB a run may take.
  static let sizeLimit = 64 * 1_048_576

  /// The baseline in the file at `path`.
  /// - Throws: `CommandFailure` when it cannot be read or is not a baseline; the message
  ///   gives `path:line:column` of the first problem.
  static func read(_ path: String) throws -> Baseline {
    var bytes: [UInt8]
    do {
      bytes = try ModelFileReader.read(path, sizeLimit: sizeLimit)
    } catch {
      throw CommandFailure(message: "--baseline: \(error)")
    }
    do {
      // Handed over, so that the text is freed once read, before the entries are sorted.
      return try Baseline(json: consume bytes)
    } catch {
      throw CommandFailure(
        message: "--baseline: \(path):\(error.line):\(error.column): not an egovarch baseline: \(error.reason)")
    }
  }
}
