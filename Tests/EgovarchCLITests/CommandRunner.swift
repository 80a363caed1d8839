import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the `egovarch` executable (or any other program) as a child process with a time limit,
/// capturing its exit status, standard output and standard error.
///
/// The child gets no standard input, runs in a given working directory and inherits the test
/// process's environment without the locale and colour variables (`LANG`, `LC_ALL`,
/// `LC_MESSAGES`, `NO_COLOR`), so that its output is English and plain unless a test asks
/// otherwise, and with Swift's backtracer off, so that a crash ends the child at once. A child
/// still running at the time limit is killed with `SIGKILL`.
enum CommandRunner {
  /// The time limit for one run unless a test gives another.
  static let defaultTimeout: Duration = .seconds(60)

  /// Environment variables removed from the child's environment.
  static let clearedVariables = ["LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR"]

  /// The `egovarch` executable built next to this test bundle, or why it was not found.
  static let egovarchExecutable: Result<URL, CommandRunnerError> = locateEgovarch()

  /// Runs `egovarch` with `arguments` in `directory`.
  /// - Parameters:
  ///   - arguments: the arguments after the program name.
  ///   - directory: the working directory of the child.
  ///   - environment: variables to set (after the locale and colour variables are cleared).
  ///   - timeout: the time after which the child is killed.
  static func egovarch(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:],
    timeout: Duration = defaultTimeout
  ) async throws -> CommandResult {
    let executable = try egovarchExecutable.get()
    return try await run(
      executable, arguments, in: directory, environment: environment, timeout: timeout)
  }

  /// Runs the program at `executable` with `arguments` in `directory`.
  static func run(
    _ executable: URL, _ arguments: [String], in directory: URL,
    environment: [String: String] = [:], timeout: Duration = defaultTimeout
  ) async throws -> CommandResult {
    let captures = FileManager.default.temporaryDirectory
      .appendingPathComponent("egovarch-cli-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: captures, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: captures) }
    let outputURL = captures.appendingPathComponent("stdout")
    let errorURL = captures.appendingPathComponent("stderr")
    // Files rather than pipes: a child that writes megabytes can never block on a full pipe.
    try Data().write(to: outputURL)
    try Data().write(to: errorURL)
    let outputHandle = try FileHandle(forWritingTo: outputURL)
    let errorHandle = try FileHandle(forWritingTo: errorURL)

    var childEnvironment = ProcessInfo.processInfo.environment
    for name in clearedVariables { childEnvironment[name] = nil }
    // A crashing child must exit, not wait in swift-backtrace for a debugger.
    childEnvironment["SWIFT_BACKTRACE"] = "enable=no"
    childEnvironment.merge(environment) { _, new in new }

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = childEnvironment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = outputHandle
    process.standardError = errorHandle

    let (exited, exitContinuation) = AsyncStream<Void>.makeStream()
    process.terminationHandler = { _ in exitContinuation.finish() }
    let clock = ContinuousClock()
    let start = clock.now
    do {
      try process.run()
    } catch {
      try? outputHandle.close()
      try? errorHandle.close()
      throw error
    }
    let processID = process.processIdentifier
    let watchdog = Task {
      try await Task.sleep(for: timeout)
      kill(processID, SIGKILL)
    }
    for await _ in exited {}
    watchdog.cancel()
    let duration = clock.now - start
    try outputHandle.close()
    try errorHandle.close()

    let outputBytes = try Data(contentsOf: outputURL)
    let errorBytes = try Data(contentsOf: errorURL)
    let endedBySignal = process.terminationReason == .uncaughtSignal
    return CommandResult(
      command: ([executable.lastPathComponent] + arguments).joined(separator: " "),
      exitStatus: endedBySignal ? nil : process.terminationStatus,
      signal: endedBySignal ? process.terminationStatus : nil,
      standardOutput: String(decoding: outputBytes, as: UTF8.self),
      standardError: String(decoding: errorBytes, as: UTF8.self),
      standardOutputBytes: outputBytes,
      duration: duration,
      timedOut: endedBySignal && duration >= timeout)
  }

  /// Looks for `egovarch` beside the running test bundle and in the folders above it.
  ///
  /// SwiftPM builds the executable into the same folder as the test bundle
  /// (`<scratch>/<triple>/debug/`, also reachable as `<scratch>/debug/`). The search starts
  /// from the test process's executable, `CommandLine.arguments[0]` and any loaded `.xctest`
  /// bundle, and walks up a few folders, trying `egovarch` and `debug/egovarch` in each.
  /// `EGOVARCH_EXECUTABLE`, when set, names the executable directly.
  private static func locateEgovarch() -> Result<URL, CommandRunnerError> {
    if let given = ProcessInfo.processInfo.environment["EGOVARCH_EXECUTABLE"], !given.isEmpty {
      let url = URL(fileURLWithPath: given)
      return isExecutableFile(url) ? .success(url) : .failure(.executableNotFound(searched: [given]))
    }
    var starts: [URL] = []
    if let executable = Bundle.main.executableURL {
      starts.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
    }
    if let first = CommandLine.arguments.first, !first.isEmpty {
      starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
    }
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      starts.append(bundle.bundleURL.deletingLastPathComponent())
    }
    var searched: [String] = []
    for start in starts {
      var folder = start.standardizedFileURL
      for _ in 0..<4 {
        for candidate in [folder.appendingPathComponent("egovarch"), folder.appendingPathComponent("debug/egovarch")] {
          guard !searched.contains(candidate.path) else { continue }
          searched.append(candidate.path)
          if isExecutableFile(candidate) { return .success(candidate) }
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    return .failure(.executableNotFound(searched: searched))
  }

  private static func isExecutableFile(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
  }
}
