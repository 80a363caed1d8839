import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Write failures are failures: standard output that is full or closed, `-o` into a pipe that
/// nobody reads, a run that fails before its report, and signals during a write.
@Suite struct WriteFailureTests {
  /// Runs `egovarch` through `/bin/sh` with `redirection` applied to it (`>/dev/full`, `>&-`).
  static func egovarch(_ arguments: [String], redirecting redirection: String, in directory: URL) async throws
    -> CommandResult
  {
    let executable = try CommandRunner.egovarchExecutable.get().path
    return try await CommandRunner.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \"$0\" \"$@\" \(redirection)", executable] + arguments,
      in: directory)
  }

  @Test(arguments: ["validate", "gaps"])
  func standardOutputOnAFullDeviceIsAFailure(_ command: String) async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "model.xml")
    let result = try await Self.egovarch([command, "model.xml"], redirecting: ">/dev/full", in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError == "egovarch: error: cannot write standard output: no space left on device\n")
  }

  @Test func closedStandardOutputIsAFailure() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "model.xml")
    let result = try await Self.egovarch(["validate", "model.xml"], redirecting: ">&-", in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("cannot write standard output: it is closed"), "\(result)")
    #expect(try DirectorySnapshot(of: directory).paths == ["model.xml"])
  }

  @Test func fullStandardErrorIsNoCrash() async throws {
    let directory = try TemporaryDirectory()
    let result = try await Self.egovarch(
      ["validate", "missing.xml"], redirecting: ">/dev/full 2>/dev/full", in: directory.url)
    #expect(result.signal == nil, "\(result)")
    #expect(result.exitStatus == 2, "\(result)")
  }

  @Test func aFailedRunWritesNoReport() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "a.xml")
    try directory.write(ModelSource.complete, to: "b.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "a.xml", "missing.xml", "b.xml", "-o", "report.txt", "--write-baseline", "baseline.json"],
      in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("no such file or directory: 'missing.xml'"), "\(result)")
    #expect(result.standardError.contains("--output: not writing 'report.txt' because the run failed"))
    #expect(try DirectorySnapshot(of: directory).paths == ["a.xml", "b.xml"])
  }

  @Test func outputToAPipeNobodyReadsDoesNotBlock() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "model.xml")
    try await directory.makeFIFO("report.fifo")
    let result = try await CommandRunner.egovarch(
      ["validate", "model.xml", "-o", "report.fifo"], in: directory.url, timeout: .seconds(30))
    #expect(!result.timedOut, "\(result)")
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("cannot write 'report.fifo': it is a named pipe that nothing is reading"))
  }

  /// A report of tens of megabytes written with `-o`, interrupted at several moments: whenever
  /// the signal lands, egovarch dies of it and leaves no temporary file beside the target.
  @Test(arguments: [SIGTERM, SIGINT])
  func signalDuringAWriteLeavesNoTemporaryFile(_ signal: Int32) async throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      ModelSource.components(count: 20_000) { ["missing-\($0)"] }, to: "model.xml")
    let executable = try CommandRunner.egovarchExecutable.get().path
    for delay in ["0.3", "0.6", "0.9", "1.2"] {
      let script = """
          "$0" validate --format sarif -o report.sarif model.xml & child=$!
        sleep \(delay); kill -\(signal) $child; wait $child; echo "status $?"
        """
      let result = try await CommandRunner.run(
        URL(fileURLWithPath: "/bin/sh"), ["-c", script, executable], in: directory.url)
      let left = try DirectorySnapshot(of: directory).paths.filter { $0.hasSuffix(".tmp") }
      #expect(left.isEmpty, "after \(delay) s: \(left), \(result)")
      let status = result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(["status \(128 + signal)", "status 1"].contains(status), "after \(delay) s: \(result)")
      try? FileManager.default.removeItem(at: directory.url(of: "report.sarif"))
    }
  }
}
