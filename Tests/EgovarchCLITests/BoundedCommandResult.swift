/// What `BoundedCommandRunner` measured of one run: the usual result and the child's peak
/// resident memory.
struct BoundedCommandResult: CustomStringConvertible {
  /// Exit status, output and duration, as `CommandRunner` gives them.
  var command: CommandResult
  /// The child's peak resident set size in bytes (`ru_maxrss` from `wait4`): an upper bound,
  /// at least `spawnerResidentBytes` (see `BoundedCommandRunner`).
  var peakResidentBytes: Int
  /// The test process's own peak resident set size when it started the child.
  var spawnerResidentBytes: Int

  /// The peak resident set size in MiB, rounded up, for messages.
  var peakResidentMiB: Int { (peakResidentBytes + (1 << 20) - 1) >> 20 }

  /// The peak, in words: exact when it exceeds the test process's own size, else a bound.
  var peakDescription: String {
    let spawnerMiB = (spawnerResidentBytes + (1 << 20) - 1) >> 20
    return peakResidentMiB > spawnerMiB
      ? "\(peakResidentMiB) MiB"
      : "at most \(peakResidentMiB) MiB (the test process's own peak when it started egovarch)"
  }

  var description: String { "\(command)\n--- peak resident memory: \(peakDescription)" }
}
