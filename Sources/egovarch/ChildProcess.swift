import EgovarchIO
import EgovarchKit

#if canImport(Glibc)
  import Glibc

  private let systemRead = Glibc.read
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin

  private let systemRead = Darwin.read
  private let systemWrite = Darwin.write
#endif

/// A program run to completion with `posix_spawn`: its input written and its output and errors
/// read through pipes in one `poll` loop, under a time limit, without temporary files.
///
/// A child that exits early (before reading all its input) is no problem: the broken pipe is
/// an error of the write (`SIGPIPE` is ignored), not a signal. A child still running at the
/// deadline is killed and reaped. While it runs, `SignalCleanup` knows it, so interrupting
/// egovarch kills it too.
struct ChildProcess {
  /// How a run ended.
  enum Ending: Equatable {
    /// The child exited with this status.
    case exited(Int32)
    /// A signal killed the child.
    case signaled(Int32)
    /// The child was killed at the time limit.
    case timedOut
    /// The child was killed for writing more than `outputLimit`.
    case outputTooLarge
  }

  /// What a run gave.
  struct Outcome {
    /// How it ended.
    var ending: Ending
    /// Its standard output.
    var output: [UInt8]
    /// Its standard error.
    var errors: [UInt8]
  }

  /// The largest output kept; a child writing more is killed.
  static let outputLimit = 256 << 20

  /// The executable's path.
  var executable: String
  /// The arguments, without the program's name.
  var arguments: [String]

  /// Runs the program with `input` on its standard input, for at most `timeout` seconds.
  /// - Throws: `CommandFailure` when it cannot be started.
  func run(input: [UInt8], timeout: Double) throws -> Outcome {
    var inputPipe: [Int32] = [-1, -1]
    var outputPipe: [Int32] = [-1, -1]
    var errorPipe: [Int32] = [-1, -1]
    guard Self.makePipe(&inputPipe), Self.makePipe(&outputPipe), Self.makePipe(&errorPipe) else {
      let reason = String(cString: strerror(errno))
      for descriptor in inputPipe + outputPipe + errorPipe where descriptor >= 0 { close(descriptor) }
      throw CommandFailure(message: "cannot run '\(executable.terminalSafe)': \(reason)")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inputPipe[0], STDIN_FILENO)
    posix_spawn_file_actions_adddup2(&actions, outputPipe[1], STDOUT_FILENO)
    posix_spawn_file_actions_adddup2(&actions, errorPipe[1], STDERR_FILENO)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The child gets the default signal actions (egovarch ignores SIGPIPE) and no blocked signals.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signo in [SIGPIPE, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, signo) }
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &mask)
    // Its own process group, so that killing the group also ends what it started (a wrapper's children).
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    // Blocked from the spawn until the child is known: an interruption in between cannot orphan it.
    let status = SignalCleanup.withSignalsBlocked {
      let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
      if status == 0 { SignalCleanup.setChild(pid) }
      return status
    }
    close(inputPipe[0])
    close(outputPipe[1])
    close(errorPipe[1])
    guard status == 0 else {
      for descriptor in [inputPipe[1], outputPipe[0], errorPipe[0]] { close(descriptor) }
      throw CommandFailure(message: "cannot run '\(executable.terminalSafe)': \(String(cString: strerror(status)))")
    }
    defer { SignalCleanup.withSignalsBlocked { SignalCleanup.setChild(0) } }
    return exchange(
      with: pid, input: input, descriptors: (inputPipe[1], outputPipe[0], errorPipe[0]), timeout: timeout)
  }

  /// Feeds `input` to the child and collects its output until it ends or the deadline passes.
  private func exchange(
    with pid: pid_t, input: [UInt8], descriptors: (input: Int32, output: Int32, errors: Int32), timeout: Double
  ) -> Outcome {
    var inputDescriptor = descriptors.input
    var readers = [descriptors.output, descriptors.errors]
    var collected: [[UInt8]] = [[], []]
    _ = fcntl(inputDescriptor, F_SETFL, fcntl(inputDescriptor, F_GETFL) | O_NONBLOCK)
    var written = 0
    if input.isEmpty {
      close(inputDescriptor)
      inputDescriptor = -1
    }
    let deadline = Self.now() + timeout
    var timedOut = false
    var overflowed = false
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while inputDescriptor >= 0 || readers.contains(where: { $0 >= 0 }) {
      let remaining = deadline - Self.now()
      if remaining <= 0 || collected[0].count > Self.outputLimit {
        timedOut = true
        overflowed = remaining > 0
        break
      }
      var requests = [pollfd(fd: inputDescriptor, events: Int16(POLLOUT), revents: 0)]
      for reader in readers { requests.append(pollfd(fd: reader, events: Int16(POLLIN), revents: 0)) }
      let ready = poll(&requests, nfds_t(requests.count), Int32(min(remaining * 1000 + 1, 1_000)))
      if ready < 0 && errno != EINTR { break }
      if ready <= 0 { continue }
      if inputDescriptor >= 0 && requests[0].revents != 0 {
        let count = input.withUnsafeBytes {
          systemWrite(inputDescriptor, $0.baseAddress! + written, input.count - written)
        }
        if count > 0 { written += count }
        // Done, or the child closed its input (EPIPE: it exited early): no more to write.
        if written == input.count || (count < 0 && errno != EAGAIN && errno != EINTR) {
          close(inputDescriptor)
          inputDescriptor = -1
        }
      }
      for index in readers.indices where readers[index] >= 0 && requests[index + 1].revents != 0 {
        let count = buffer.withUnsafeMutableBytes { systemRead(readers[index], $0.baseAddress!, $0.count) }
        if count > 0 {
          if index == 1 && collected[1].count > 65_536 { continue }  // enough of its complaints
          collected[index] += buffer[0..<count]
        } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
          close(readers[index])
          readers[index] = -1
        }
      }
    }
    for descriptor in [inputDescriptor] + readers where descriptor >= 0 { close(descriptor) }
    // The pipes are closed; a child that outlives them is given until the deadline.
    var status: Int32 = 0
    while !timedOut {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result < 0 && errno != EINTR { break }
      if Self.now() >= deadline {
        timedOut = true
      } else {
        usleep(10_000)
      }
    }
    if timedOut {
      kill(-pid, SIGKILL)
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      return Outcome(ending: overflowed ? .outputTooLarge : .timedOut, output: [], errors: collected[1])
    }
    kill(-pid, SIGKILL)  // anything the child left running in its group
    let ending: Ending =
      (status & 0x7F) == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
    return Outcome(ending: ending, output: collected[0], errors: collected[1])
  }

  /// Fills `ends` with a new pipe whose ends close on `exec` (the child gets its own copies).
  private static func makePipe(_ ends: inout [Int32]) -> Bool {
    guard pipe(&ends) == 0 else { return false }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    return true
  }

  /// Seconds on the monotonic clock.
  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
