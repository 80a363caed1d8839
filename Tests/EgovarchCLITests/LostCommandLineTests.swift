import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// egovarch where Swift's own view of the command line is empty: without `/proc` (a chroot, a
/// minimal container), `CommandLine.arguments` on Linux has nothing, and a run that parsed it
/// printed the help and exited 0, passing a model it never read.
@Suite struct LostCommandLineTests {
  /// Whether this test can unmount `/proc` in a mount namespace of its own: it needs root and
  /// util-linux's `unshare`.
  static let canHideProc: Bool = geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")

  @Test(.enabled(if: canHideProc, "needs root and /usr/bin/unshare to hide /proc"))
  func withoutProcTheArgumentsStillArrive() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(CommandOptionTests.oneError, to: "error.xml")
    let egovarch = try CommandRunner.egovarchExecutable.get().path
    // The shell unmounts /proc in its own mount namespace, checks that it is gone, and runs egovarch.
    let script = #"umount -l /proc && test ! -e /proc/self/cmdline && exec "$0" validate error.xml"#
    let result = try await CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/unshare"), ["--mount", "--fork", "/bin/sh", "-c", script, egovarch],
      in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.rules == ["model/unresolved-reference"], "\(result)")
    #expect(result.textReport.summary == "1 error, 0 warnings, 0 notes in 1 file")
  }

  @Test func withoutASubcommandTheRunFails() async throws {
    let directory = try TemporaryDirectory()
    let result = try await CommandRunner.egovarch([], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("USAGE: egovarch <subcommand>"))
    #expect(result.standardError.hasSuffix("egovarch: error: no subcommand given; nothing was checked\n"))
  }
}
