import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether a child process of `BoundedCommandRunner` has ended, shared by the thread that waits
/// for it and the watchdog that kills it at the time limit.
///
/// The waiting thread marks the child ended while it is still a zombie (before reaping it), so
/// the watchdog can never send its signal to another process that has been given the same id.
final class ChildProcessState: @unchecked Sendable {
  /// The child's process id.
  let processID: pid_t
  private let lock = NSLock()
  private var ended = false
  private var killed = false

  /// Watches the child `processID`.
  init(processID: pid_t) {
    self.processID = processID
  }

  /// Records that the child has ended (it is not reaped yet).
  func markEnded() {
    lock.withLock { ended = true }
  }

  /// Kills the child with `SIGKILL` unless it has ended.
  func killIfRunning() {
    lock.withLock {
      guard !ended else { return }
      kill(processID, SIGKILL)
      killed = true
    }
  }

  /// Whether the watchdog killed the child.
  var wasKilled: Bool {
    lock.withLock { killed }
  }
}
