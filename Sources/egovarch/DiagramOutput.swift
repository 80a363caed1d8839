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
  /// The framework file of `--framework` or of the configuration (not a built-in framework):
  /// never overwritten either.
  var frameworkFile: String?
  /// The configuration file the command read: never overwritten either.
  var configurationFile: String?

  /// Where the output of a command run with `settings` goes.
  init(path: String?, modelPath: String, settings: EffectiveSettings) {
    self.path = path
    self.modelPath = modelPath
    self.frameworkFile = settings.framework?.filePath
    self.configurationFile = settings.configurationPath
  }

  /// Checks that the output file is neither the model file, the framework file nor the
  /// configuration file.
  /// - Throws: `CommandFailure` when it is.
  func check() throws {
    guard let path else { return }
    if AtomicFile.sameFile(path, modelPath) {
      throw CommandFailure(message: "refusing to write the diagram over the model file '\(modelPath)'")
    }
    if let frameworkFile, AtomicFile.sameFile(path, frameworkFile) {
      throw CommandFailure(message: "refusing to write the diagram over the framework file '\(frameworkFile)'")
    }
    if let configurationFile, AtomicFile.sameFile(path, configurationFile) {
      throw CommandFailure(
        message: "refusing to write the diagram over the configuration file '\(configurationFile)'")
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
