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
  /// - Throws: `CommandFailure` when `dot` is missing, fails, or prints anything on standard error.
  static func render(_ source: String, format: DiagramFormat) throws -> Data {
    guard let executable = dotExecutable() else {
      throw CommandFailure(
        message: "graphviz's 'dot' is needed for --format \(format.rawValue): install it with: apt-get install graphviz"
      )
    }
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
      process.arguments = ["-T" + format.rawValue]
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
      guard process.terminationReason == .exit, process.terminationStatus == 0, message.isEmpty else {
        let status =
          process.terminationReason == .exit
          ? "exit status \(process.terminationStatus)" : "signal \(process.terminationStatus)"
        throw CommandFailure(
          message: "graphviz's 'dot' failed (\(status))" + (message.isEmpty ? "" : ": \(message)"))
      }
      return try Data(contentsOf: outputURL)
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure(message: "cannot run graphviz's 'dot': \(error.localizedDescription)")
    }
  }
}
