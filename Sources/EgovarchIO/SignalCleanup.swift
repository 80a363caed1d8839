#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files being written and the child being run (Graphviz), undone when the
/// program is interrupted (`SIGINT`, `SIGTERM`, `SIGHUP`): the files are removed, the child
/// killed and reaped, then the program dies of the same signal (exit status 128 + its number in
/// a shell).
///
/// The handler only calls async-signal-safe functions (`unlink`, `kill`, `waitpid`, `raise`)
/// on values prepared beforehand: the temporary files' paths are kept as C strings in a C
/// array, and both are changed with the signals blocked.
public enum SignalCleanup {
  /// The signals that clean up.
  public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Installs the handler, and unblocks the signals (a parent may have blocked them).
  ///
  /// `SIGHUP` ignored when egovarch starts (`nohup`) stays ignored. `SIGINT` and `SIGTERM` are
  /// always handled, even when inherited as ignored (a background job of a script): an
  /// interruption must never leave a temporary file or a Graphviz child behind.
  public static func install() {
    // Touch the globals now, so that their one-time initialisation never runs in the handler.
    _ = (pendingTemporaryFiles, pendingTemporaryFileCount, runningChild)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signo in signals {
      var previous = sigaction()
      sigaction(signo, nil, &previous)
      #if canImport(Glibc)
        let handler = previous.__sigaction_handler.sa_handler
      #else
        let handler = previous.__sigaction_u.__sa_handler
      #endif
      // SIG_IGN is the handler whose address is 1.
      let wasIgnored = handler.map { unsafeBitCast($0, to: Int.self) } == 1
      if wasIgnored && signo == SIGHUP { continue }
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = cleanupHandler
      #else
        action.__sigaction_u.__sa_handler = cleanupHandler
      #endif
      sigemptyset(&action.sa_mask)
      for other in signals { sigaddset(&action.sa_mask, other) }
      action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
      sigaction(signo, &action, nil)
      sigaddset(&unblocked, signo)
    }
    sigprocmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// Runs `body` with the cleanup signals blocked, so that the handler never sees a half-made change.
  public static func withSignalsBlocked<Result>(_ body: () throws -> Result) rethrows -> Result {
    var blocked = sigset_t()
    var previous = sigset_t()
    sigemptyset(&blocked)
    for signo in signals { sigaddset(&blocked, signo) }
    sigprocmask(SIG_BLOCK, &blocked, &previous)
    defer { sigprocmask(SIG_SETMASK, &previous, nil) }
    return try body()
  }

  /// Sets the temporary file to remove (`nil`: none).
  public static func setTemporaryFile(_ path: String?) {
    setTemporaryFiles(path.map { [$0] } ?? [])
  }

  /// Sets the temporary files to remove (`[]`: none).
  public static func setTemporaryFiles(_ paths: [String]) {
    let copies = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: max(1, paths.count))
    for (index, path) in paths.enumerated() { copies[index] = strdup(path) }
    let (old, oldCount) = withSignalsBlocked {
      defer { (pendingTemporaryFiles, pendingTemporaryFileCount) = (copies, paths.count) }
      return (pendingTemporaryFiles, pendingTemporaryFileCount)
    }
    if let old {
      for index in 0..<oldCount { free(old[index]) }
      old.deallocate()
    }
  }

  /// Sets the child to kill (`0`: none); call it with the signals blocked around the spawn.
  public static func setChild(_ pid: pid_t) {
    runningChild = pid
  }
}

/// The temporary files to remove on a signal, as C strings.
nonisolated(unsafe) private var pendingTemporaryFiles: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
/// How many of `pendingTemporaryFiles` there are.
nonisolated(unsafe) private var pendingTemporaryFileCount = 0
/// The child process to kill on a signal.
nonisolated(unsafe) private var runningChild: pid_t = 0

/// Removes the temporary files, kills and reaps the child, then lets the signal end the process.
private func cleanupHandler(_ signo: Int32) {
  if let paths = pendingTemporaryFiles {
    for index in 0..<pendingTemporaryFileCount {
      if let path = paths[index] { unlink(path) }
    }
  }
  if runningChild > 0 {
    kill(-runningChild, SIGKILL)  // its process group: the child and anything it started
    var status: Int32 = 0
    waitpid(runningChild, &status, 0)
  }
  // SA_RESETHAND restored the default action; the signal is delivered once the handler returns.
  raise(signo)
}
