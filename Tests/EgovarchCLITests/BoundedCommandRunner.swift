import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs `egovarch` as a child process under a memory limit and `CommandRunner`'s time limit,
/// and measures the child's peak resident memory.
///
/// The memory bound has two parts. The kernel enforces a hard one: the child is started through
/// `/bin/sh`, which sets `ulimit -d` (`RLIMIT_DATA`, `dataLimit`) and then `exec`s egovarch, so
/// any allocation beyond it fails and egovarch dies of a signal, which the test reports; a
/// runaway can never take the machine's memory. `RLIMIT_DATA` counts the memory a process can
/// write (heap, anonymous mappings, thread stacks) but not the address space it only reserves
/// (`RLIMIT_AS` would count the malloc arenas and shared libraries that a Swift program maps
/// without using). The measured part is the one the tests assert on: the child is reaped with
/// `wait4`, whose `ru_maxrss` is compared with `residentMemoryLimit`, so that a failure says how
/// much was used. On Linux that figure is an upper bound, not always the exact peak:
/// `posix_spawn` starts the child in the test process's memory (`vfork`), and `exec` keeps the
/// high-water mark of the memory it leaves, so `ru_maxrss` is the larger of egovarch's own peak
/// and the test process's own peak at the spawn (a few tens of MiB). That makes the check sound
/// (it can never pass when egovarch used more), at the price of never reading below the test
/// process's peak; `BoundedCommandResult` keeps that peak to say which of the two it is.
///
/// The child is started with `posix_spawn` rather than `Process`, whose termination handling
/// reaps the child itself and never gives the resource usage. A thread of its own waits for the
/// child (the cooperative thread pool is never blocked); a watchdog task kills it with `SIGKILL`
/// at the time limit. Standard input is `/dev/null`; standard output and error go to files;
/// the environment is the test process's without the locale and colour variables, as with
/// `CommandRunner`.
enum BoundedCommandRunner {
  /// The kernel's limit on the child's writable memory (`ulimit -d`): 1 GiB.
  static let dataLimit = 1 << 30

  /// The most resident memory one run may use: 512 MiB.
  static let residentMemoryLimit = 512 << 20

  /// The arguments that make `setpriv` run a program as `nobody` (for unprivileged runs by root).
  static let unprivilegedPrefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]

  /// Runs `egovarch` with `arguments` in `directory`.
  /// - Parameters:
  ///   - arguments: the arguments after the program name.
  ///   - directory: the working directory of the child.
  ///   - environment: variables to set (after the locale and colour variables are cleared).
  ///   - unprivileged: when the tests run as root, run the child as `nobody`, so that file
  ///     permissions apply to it.
  ///   - setup: shell commands run before the program, such as another limit (`ulimit -f 1`).
  ///   - timeout: the time after which the child is killed.
  static func egovarch(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:],
    unprivileged: Bool = false, setup: String = "", timeout: Duration = CommandRunner.defaultTimeout
  ) async throws -> BoundedCommandResult {
    try await run(
      CommandRunner.egovarchExecutable.get(), arguments, in: directory, environment: environment,
      unprivileged: unprivileged, setup: setup, timeout: timeout)
  }

  /// Runs the program at `executable` with `arguments` in `directory`, like `egovarch(_:in:)`.
  static func run(
    _ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:],
    unprivileged: Bool = false, setup: String = "", timeout: Duration = CommandRunner.defaultTimeout
  ) async throws -> BoundedCommandResult {
    let captures = FileManager.default.temporaryDirectory
      .appendingPathComponent("egovarch-cli-bounded-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: captures, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: captures) }
    let outputURL = captures.appendingPathComponent("stdout")
    let errorURL = captures.appendingPathComponent("stderr")
    // Files rather than pipes: a child that writes megabytes can never block on a full pipe.
    let output = open(outputURL.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    let errors = open(errorURL.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    defer {
      if output >= 0 { close(output) }
      if errors >= 0 { close(errors) }
    }
    guard output >= 0, errors >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }

    let prefix = unprivileged && getuid() == 0 ? unprivilegedPrefix : []
    let script =
      "ulimit -d \(dataLimit >> 10) || exit 125; cd \"$1\" || exit 125; shift; \(setup)\nexec \"$@\""
    let argv = ["/bin/sh", "-c", script, "egovarch", directory.path] + prefix + [executable.path] + arguments
    var environmentVariables = ProcessInfo.processInfo.environment
    for name in CommandRunner.clearedVariables { environmentVariables[name] = nil }
    environmentVariables.merge(environment) { _, new in new }
    let envp = environmentVariables.map { "\($0.key)=\($0.value)" }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, output, 1)
    posix_spawn_file_actions_adddup2(&actions, errors, 2)
    closeOtherDescriptors(&actions)

    let spawnerResidentBytes = Self.peakResidentBytesOfThisProcess()
    let clock = ContinuousClock()
    let start = clock.now
    var processID: pid_t = 0
    let spawned = withCStringArray(argv) { arguments in
      withCStringArray(envp) { variables in
        posix_spawn(&processID, "/bin/sh", &actions, nil, arguments, variables)
      }
    }
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    let state = ChildProcessState(processID: processID)
    let watchdog = Task {
      try await Task.sleep(for: timeout)
      state.killIfRunning()
    }
    let (status, peakResidentBytes) = await waitForExit(of: state)
    watchdog.cancel()
    let duration = clock.now - start

    let outputBytes = try Data(contentsOf: outputURL)
    let errorBytes = try Data(contentsOf: errorURL)
    let signal = status.map { $0 & 0x7F }
    let exited = signal == 0
    let result = CommandResult(
      command: ([executable.lastPathComponent] + arguments).joined(separator: " "),
      exitStatus: exited ? status.map { ($0 >> 8) & 0xFF } : nil,
      signal: exited ? nil : signal,
      standardOutput: String(decoding: outputBytes, as: UTF8.self),
      standardError: String(decoding: errorBytes, as: UTF8.self),
      standardOutputBytes: outputBytes,
      duration: duration,
      timedOut: state.wasKilled)
    return BoundedCommandResult(
      command: result, peakResidentBytes: peakResidentBytes, spawnerResidentBytes: spawnerResidentBytes)
  }

  /// The peak resident set size of the test process so far (`VmHWM` in `/proc/self/status`, 0
  /// where there is none): the high-water mark that `exec` passes on to the child.
  private static func peakResidentBytesOfThisProcess() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kibibytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
    else { return 0 }
    return kibibytes * 1_024
  }

  /// Waits on a thread of its own for the child of `state` to end, marks it ended, reaps it and
  /// returns its wait status (`nil` if it could not be reaped) and peak resident set size.
  private static func waitForExit(of state: ChildProcessState) async -> (status: Int32?, peakResidentBytes: Int) {
    await withCheckedContinuation { continuation in
      let thread = Thread {
        var information = siginfo_t()
        while waitid(P_PID, id_t(state.processID), &information, WEXITED | WNOWAIT) != 0, errno == EINTR {}
        state.markEnded()
        var status: Int32 = 0
        var usage = rusage()
        var reaped: pid_t
        repeat {
          reaped = wait4(state.processID, &status, 0, &usage)
        } while reaped < 0 && errno == EINTR
        // Linux gives ru_maxrss in KiB.
        continuation.resume(returning: (reaped == state.processID ? status : nil, Int(usage.ru_maxrss) * 1_024))
      }
      thread.start()
    }
  }

  /// Adds an action that closes every descriptor above standard error in the child, when the C
  /// library has one (glibc 2.34 and later): the child then holds no descriptor of the test
  /// process, such as the pipes by which `Process` learns that its own children have ended.
  private static func closeOtherDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
    _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
  }

  /// Calls `body` with `strings` as a `NULL`-terminated array of C strings.
  private static func withCStringArray<Result>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
  ) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
  }
}
