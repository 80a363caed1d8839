import EgovarchKit

/// Where `validate` sends its reports: `--format`'s to standard output or to the one plain
/// `-o FILE`, and one more report per `-o FORMAT=FILE` (`--output sarif=results.sarif`).
struct ReportOutputs {
  /// A report to write to a file.
  struct File {
    /// The format of the report.
    var format: OutputFormat
    /// The file, as given.
    var path: String
    /// The option as given, for messages.
    var option: String
  }

  /// The files to write, in the order given.
  var files: [File] = []
  /// Whether `--format`'s report goes to standard output (no plain `-o FILE`).
  var toStandardOutput = true

  /// The outputs of the `-o`/`--output` values `values`, `--format` being `format`.
  ///
  /// A value `FORMAT=FILE` whose `FORMAT` is a format's name writes that format to `FILE`; any
  /// other value is the file of `--format`'s report, at most once. A value whose part before the
  /// first `=` looks like a format name (lowercase letters) but is none is refused, so that a
  /// misspelt format never becomes a file name: a file whose name starts so is written `./NAME`.
  /// - Throws: `CommandFailure` for an unknown format, an empty file name, a second plain file,
  ///   or one file named twice.
  init(_ values: [String], format: OutputFormat) throws {
    for value in values {
      let shown = value.terminalSafe
      if let equals = value.firstIndex(of: "="), value[..<equals].allSatisfy({ $0.isASCII && $0.isLowercase }),
        !value[..<equals].isEmpty
      {
        let name = String(value[..<equals])
        guard let format = OutputFormat(rawValue: name) else {
          let known = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
          throw CommandFailure(
            message: "--output '\(shown)': unknown format '\(name.terminalSafe)' (formats: \(known)); "
              + "for a file of that name, write './\(shown)'")
        }
        let path = String(value[value.index(after: equals)...])
        guard !path.isEmpty else { throw CommandFailure(message: "--output '\(shown)': no file after '='") }
        files.append(File(format: format, path: path, option: "--output \(name)"))
      } else {
        guard toStandardOutput else {
          throw CommandFailure(
            message:
              "--output: one file for --format's report ('\(files.first { $0.option == "--output" }?.path.terminalSafe ?? "")' "
              + "and '\(shown)'); name the format of another: --output FORMAT=FILE")
        }
        toStandardOutput = false
        files.append(File(format: format, path: value, option: "--output"))
      }
    }
    for (index, file) in files.enumerated() {
      if let other = files[..<index].first(where: { AtomicFile.sameFile($0.path, file.path) }) {
        throw CommandFailure(
          message: "--output: '\(other.path.terminalSafe)' and '\(file.path.terminalSafe)' are the same file")
      }
    }
  }
}
