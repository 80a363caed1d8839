import EgovarchTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Graphviz as a child that can fail, with a fake `dot` (a shell script) first on `PATH`: one
/// that hangs, exits early, prints garbage or cannot route edges until given a simpler layout.
@Suite struct GraphvizChildTests {
  /// A model with edges to draw.
  static let model = PackageRoot.modelsFolder.appendingPathComponent("dien-bien-1.0.xml").path

  /// A directory whose `bin/dot` runs `script`, and the `PATH` that finds it first.
  static func fakeDot(_ script: String) throws -> (directory: TemporaryDirectory, environment: [String: String]) {
    let directory = try TemporaryDirectory()
    let dot = try directory.write("#!/bin/sh\n" + script + "\n", to: "bin/dot")
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dot.path)
    let path = directory.url(of: "bin").path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    try directory.makeFolder("tmp")
    return (directory, ["PATH": path, "TMPDIR": directory.url(of: "tmp").path])
  }

  @Test func hangingDotIsStoppedAtTheTimeLimit() async throws {
    let (directory, environment) = try Self.fakeDot("echo $$ > dot.pid; exec sleep 300")
    let result = try await CommandRunner.egovarch(
      ["graph", Self.model, "--format", "svg", "--dot-timeout", "1", "-o", "graph.svg"], in: directory.url,
      environment: environment, timeout: .seconds(50))
    #expect(!result.timedOut, "\(result)")
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("graphviz's 'dot' did not finish within 1 second and was stopped"))
    let pid = try #require(
      Int32(
        String(contentsOf: directory.url(of: "dot.pid"), encoding: .utf8).trimmingCharacters(
          in: .whitespacesAndNewlines)))
    #expect(kill(pid, 0) != 0, "the fake dot (pid \(pid)) still runs")
    #expect(try DirectorySnapshot(of: directory).paths == ["bin", "bin/dot", "dot.pid", "tmp"])
  }

  @Test func dotExitingEarlyIsAFailureWithItsMessage() async throws {
    let (directory, environment) = try Self.fakeDot("echo 'Error: trouble in init_rank' >&2; exit 3")
    let result = try await CommandRunner.egovarch(
      ["roadmap", Self.model, "--format", "svg"], in: directory.url, environment: environment)
    #expect(result.signal == nil, "\(result)")
    #expect(result.exitStatus == 2, "\(result)")
    #expect(
      result.standardError == "egovarch: error: graphviz's 'dot' failed (exit status 3): Error: trouble in init_rank\n")
    #expect(result.standardOutput.isEmpty, "\(result)")
  }

  @Test func garbageFromDotIsNotADiagram() async throws {
    let (directory, environment) = try Self.fakeDot(#"printf '\033[2Jnot svg'"#)
    let result = try await CommandRunner.egovarch(
      ["graph", Self.model, "--format", "svg"], in: directory.url, environment: environment)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("graphviz's 'dot' did not write svg output"), "\(result)")
    #expect(!result.standardOutput.contains("\u{1B}"), "\(result)")
  }

  @Test func unroutableEdgesFallBackToStraightLines() async throws {
    // Fails like Graphviz 2.43 on some models until the edges are straight lines.
    let (directory, environment) = try Self.fakeDot(
      """
      case "$*" in *splines=false*) exec /usr/bin/dot "$@";; esac
      cat > /dev/null; echo 'Error: lost graph edge' >&2; exit 1
      """)
    let result = try await CommandRunner.egovarch(
      ["graph", Self.model, "--format", "svg"], in: directory.url, environment: environment)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput.contains("<svg"), "\(result)")
    #expect(result.standardError.contains("the diagram uses straight lines"), "\(result)")
  }

  @Test func reportKeepsThePageWhenDotFails() async throws {
    let (directory, environment) = try Self.fakeDot("echo 'Error: lost graph edge' >&2; exit 1")
    let result = try await CommandRunner.egovarch(
      ["report", Self.model, "-o", "report.html"], in: directory.url, environment: environment)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.contains("the roadmap diagram is left out of the report"), "\(result)")
    let page = try String(contentsOf: directory.url(of: "report.html"), encoding: .utf8)
    #expect(page.components(separatedBy: "Graphviz could not draw this diagram: ").count == 3)
    #expect(page.contains("Error: lost graph edge"))
  }

  @Test(arguments: ["missing", "file"])
  func temporaryFolderMissingOrAFileDoesNotMatter(_ kind: String) async throws {
    let directory = try TemporaryDirectory()
    if kind == "file" { try directory.write("x", to: "not-a-folder") }
    let result = try await CommandRunner.egovarch(
      ["graph", Self.model, "--format", "svg"], in: directory.url,
      environment: ["TMPDIR": directory.url(of: kind == "file" ? "not-a-folder" : "no-such-folder").path])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput.contains("<svg"), "\(result)")
    #expect(!result.standardError.contains("NSCocoaErrorDomain"), "\(result)")
  }

  @Test(arguments: [SIGTERM, SIGINT])
  func interruptingEgovarchEndsDot(_ signal: Int32) async throws {
    let (directory, environment) = try Self.fakeDot("echo $$ > dot.pid; exec sleep 300")
    let executable = try CommandRunner.egovarchExecutable.get().path
    // The shell starts a background job with SIGINT ignored: egovarch must handle it all the same.
    let script = """
      "$0" report "$1" -o report.html & child=$!
      while [ ! -s dot.pid ]; do sleep 0.05; done
      kill -\(signal) $child; wait $child; echo "status $?"
      """
    let result = try await CommandRunner.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script, executable, Self.model], in: directory.url,
      environment: environment, timeout: .seconds(50))
    #expect(result.standardOutput == "status \(128 + signal)\n", "\(result)")
    let pid = try #require(
      Int32(
        String(contentsOf: directory.url(of: "dot.pid"), encoding: .utf8).trimmingCharacters(
          in: .whitespacesAndNewlines)))
    #expect(kill(pid, 0) != 0, "the fake dot (pid \(pid)) was left running")
    #expect(try DirectorySnapshot(of: directory).paths == ["bin", "bin/dot", "dot.pid", "tmp"])
  }
}
