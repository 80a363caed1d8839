import Foundation

/// Runs Graphviz's `dot` to render DOT into another format.
enum Graphviz {
  /// The `dot` executable on `PATH`, if there is one.
  static func dotExecutable() -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("dot")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
        FileManager.default.isExecutableFile(atPath: candidate.path)
      {
        return candidate
      }
    }
    return nil
  }

  /// `source` rendered by `dot -T<format>`.
  ///
  /// Graphviz's layout warnings ("triangulation failed", a spline it could not route) do not
  /// stop the run: they are passed on to standard error as notes. When `dot` fails outright
  /// it is tried once more with straight-line edges (`splines=polyline`), which routes what
  /// the default spline router gives up on.
  /// - Throws: `CommandFailure` when `dot` is missing or fails both times.
  static func render(_ source: String, format: DiagramFormat) throws -> Data {
    guard let executable = dotExecutable() else {
      throw CommandFailure(
        message: "graphviz's 'dot' is needed for --format \(format.rawValue): install it with: apt-get install graphviz"
      )
    }
    var outcome = try run(executable, ["-T" + format.rawValue], input: source)
    if !outcome.succeeded {
      let retry = try run(executable, ["-T" + format.rawValue, "-Gsplines=polyline"], input: source)
      if retry.succeeded {
        printToStandardError("egovarch: note: graphviz could not route curved edges; the diagram uses straight ones")
        outcome = retry
      }
    }
    guard outcome.succeeded else {
      throw CommandFailure(
        message: "graphviz's 'dot' failed (\(outcome.status))" + (outcome.message.isEmpty ? "" : ": \(outcome.message)")
      )
    }
    for line in outcome.message.split(separator: "\n") {
      printToStandardError("egovarch: note: graphviz: \(line)")
    }
    return outcome.output
  }

  /// Runs `dot` with `arguments`, `input` on its standard input.
  private static func run(
    _ executable: URL, _ arguments: [String], input source: String
  ) throws -> (succeeded: Bool, status: String, message: String, output: Data) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("egovarch-dot-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let outputURL = folder.appendingPathComponent("stdout")
      let errorURL = folder.appendingPathComponent("stderr")
      // Files rather than pipes for the output: `dot` can never block on a full pipe.
      try Data().write(to: outputURL)
      try Data().write(to: errorURL)
      let output = try FileHandle(forWritingTo: outputURL)
      let errors = try FileHandle(forWritingTo: errorURL)
      let input = Pipe()
      let process = Process()
      process.executableURL = executable
      process.arguments = arguments
      process.standardInput = input
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      input.fileHandleForWriting.write(Data(source.utf8))
      try input.fileHandleForWriting.close()
      process.waitUntilExit()
      try output.close()
      try errors.close()
      let message = String(decoding: try Data(contentsOf: errorURL), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      let succeeded = process.terminationReason == .exit && process.terminationStatus == 0
      let status =
        process.terminationReason == .exit
        ? "exit status \(process.terminationStatus)" : "signal \(process.terminationStatus)"
      return (succeeded, status, message, succeeded ? try Data(contentsOf: outputURL) : Data())
    } catch {
      throw CommandFailure(message: "cannot run graphviz's 'dot': \(error.localizedDescription)")
    }
  }
}
