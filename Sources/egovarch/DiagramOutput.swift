import EgovarchKit
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a diagram goes: standard output, or a file written atomically.
struct DiagramOutput {
  /// The `-o` file, if given.
  var path: String?
  /// The model file, which is never overwritten.
  var modelPath: String
  /// The `--framework` value, when it names a framework file rather than a built-in framework:
  /// never overwritten either.
  var frameworkOption: String?

  /// Checks that the output file is neither the model file nor the framework file.
  /// - Throws: `CommandFailure` when it is.
  func check() throws {
    guard let path else { return }
    if AtomicFile.sameFile(path, modelPath) {
      throw CommandFailure(message: "refusing to write the diagram over the model file '\(modelPath)'")
    }
    if let frameworkOption, BuiltInFrameworks.framework(frameworkOption) == nil,
      AtomicFile.sameFile(path, frameworkOption)
    {
      throw CommandFailure(message: "refusing to write the diagram over the framework file '\(frameworkOption)'")
    }
  }

  /// Writes `bytes`; binary output is never written to a terminal.
  /// - Throws: `CommandFailure` when the output cannot be written.
  func write(_ bytes: Data, format: DiagramFormat) throws {
    try check()
    guard let path else {
      if format.isBinary, isatty(STDOUT_FILENO) == 1 {
        throw CommandFailure(
          message: "refusing to write \(format.rawValue) to a terminal: use -o FILE or redirect the output")
      }
      try StandardOutput.write(bytes)
      return
    }
    try AtomicFile.write(bytes, to: path)
  }

  /// Writes the DOT `source` here, rendered by Graphviz (within `timeout` seconds a run) unless
  /// `format` is DOT.
  func emit(_ source: String, format: DiagramFormat, timeout: Double) throws {
    try check()
    let bytes = format == .dot ? Data(source.utf8) : try Graphviz.render(source, format: format, timeout: timeout)
    try write(bytes, format: format)
  }
}
