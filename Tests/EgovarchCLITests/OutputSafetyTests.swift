import EgovarchTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every command that writes a file writes it in one step (a temporary file beside it, then a
/// rename), never over one of its inputs, and leaves nothing behind when it fails.
///
/// Each test runs in a directory holding `model.xml` (the bundled Điện Biên model: every output
/// is several kilobytes) and an empty `tmp` folder that is the child's `TMPDIR`; the directory's
/// snapshot shows what a run created, changed or left behind.
@Suite struct OutputSafetyTests {
  /// The model every command reads (empty if it cannot be read: the tests then fail).
  static let model =
    (try? String(contentsOf: PackageRoot.modelsFolder.appendingPathComponent("dien-bien-1.0.xml"), encoding: .utf8))
    ?? ""

  /// `egovarch-bench` beside `egovarch`, when it was built.
  static let benchExecutable: URL? = {
    guard let egovarch = try? CommandRunner.egovarchExecutable.get() else { return nil }
    let bench = egovarch.deletingLastPathComponent().appendingPathComponent("egovarch-bench")
    return FileManager.default.isExecutableFile(atPath: bench.path) ? bench : nil
  }()

  /// A fresh directory with `model.xml` and `tmp/`.
  private func workspace() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write(Self.model, to: "model.xml")
    try directory.makeFolder("tmp")
    return directory
  }

  /// Runs `egovarch` in `directory` with `TMPDIR` set to its `tmp` folder.
  private func run(_ arguments: [String], in directory: TemporaryDirectory) async throws -> CommandResult {
    try await CommandRunner.egovarch(
      arguments, in: directory.url, environment: ["TMPDIR": directory.url(of: "tmp").path])
  }

  // MARK: - Written in one step

  @Test(arguments: OutputCommand.allCases)
  func replacesTheOutputInOneStep(_ command: OutputCommand) async throws {
    let directory = try workspace()
    try directory.write("old\n", to: "out")
    // A second name for the old file: written in place, it would change too.
    try FileManager.default.linkItem(at: directory.url(of: "out"), to: directory.url(of: "old-name"))
    let before = try DirectorySnapshot(of: directory)
    let result = try await run(command.arguments(model: "model.xml", output: "out"), in: directory)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(try String(contentsOf: directory.url(of: "old-name"), encoding: .utf8) == "old\n")
    let written = try Data(contentsOf: directory.url(of: "out"))
    #expect(written.count > 1_000, "\(result)")
    let after = try DirectorySnapshot(of: directory)
    #expect(after.added(since: before).isEmpty, "left behind")
    #expect(after.changed(since: before) == ["out"])
  }

  @Test(arguments: OutputCommand.allCases)
  func keepsASymbolicLinkAndReplacesWhatItNames(_ command: OutputCommand) async throws {
    let directory = try workspace()
    try directory.write("old\n", to: "reports/latest")
    try FileManager.default.linkItem(at: directory.url(of: "reports/latest"), to: directory.url(of: "reports/old-name"))
    try directory.makeSymbolicLink("out", to: "reports/latest")
    let result = try await run(command.arguments(model: "model.xml", output: "out"), in: directory)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: directory.url(of: "out").path) == "reports/latest")
    #expect(try Data(contentsOf: directory.url(of: "reports/latest")).count > 1_000)
    #expect(try String(contentsOf: directory.url(of: "reports/old-name"), encoding: .utf8) == "old\n")
    #expect(
      try DirectorySnapshot(of: directory).paths == [
        "model.xml", "out", "reports", "reports/latest", "reports/old-name", "tmp",
      ])
  }

  @Test(arguments: OutputCommand.allCases)
  func writesIntoANamedPipeInsteadOfReplacingIt(_ command: OutputCommand) async throws {
    let directory = try workspace()
    try await directory.makeFIFO("out.fifo")
    // The reader is started here, before egovarch, not as a task of its own: with every core
    // busy running other tests such a task may not start within egovarch's wait for a reader.
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/sh")
    reader.arguments = ["-c", "exec cat out.fifo > received"]
    reader.currentDirectoryURL = directory.url
    try reader.run()
    let result = try await run(command.arguments(model: "model.xml", output: "out.fifo"), in: directory)
    // Should egovarch not have opened the pipe, this ends the reader's wait.
    let writer = open(directory.url(of: "out.fifo").path, O_WRONLY | O_NONBLOCK)
    if writer >= 0 { close(writer) }
    for _ in 0..<300 where reader.isRunning { try await Task.sleep(for: .milliseconds(100)) }
    if reader.isRunning { reader.terminate() }
    reader.waitUntilExit()
    #expect(result.exitStatus == 0, "\(result)")
    #expect(reader.terminationReason == .exit && reader.terminationStatus == 0, "the reader did not finish")
    let type = try FileManager.default.attributesOfItem(atPath: directory.url(of: "out.fifo").path)[.type]
    #expect(type as? FileAttributeType != .typeRegular, "the named pipe was replaced by a file")
    #expect(try Data(contentsOf: directory.url(of: "received")).count > 1_000)
  }

  /// `/dev/fd/1` rather than `/dev/stdout`, which egovarch treats alike: should the command
  /// replace the path instead of writing to it, as it once did, a run as root would replace the
  /// machine's `/dev/stdout` link by a file, whereas nothing can be created in `/dev/fd`.
  @Test(arguments: OutputCommand.allCases)
  func writesStandardOutputsNameToStandardOutput(_ command: OutputCommand) async throws {
    let directory = try workspace()
    let before = try DirectorySnapshot(of: directory)
    let result = try await run(command.arguments(model: "model.xml", output: "/dev/fd/1"), in: directory)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutputBytes.count > 1_000, "\(result)")
    #expect(try DirectorySnapshot(of: directory) == before)
  }

  // MARK: - Never over an input

  @Test(arguments: OutputCommand.allCases)
  func refusesToWriteOverTheModel(_ command: OutputCommand) async throws {
    let directory = try workspace()
    try directory.makeSymbolicLink("alias.xml", to: "model.xml")
    try FileManager.default.linkItem(at: directory.url(of: "model.xml"), to: directory.url(of: "second-name.xml"))
    let before = try DirectorySnapshot(of: directory)
    for output in ["model.xml", "./model.xml", directory.url(of: "model.xml").path, "alias.xml", "second-name.xml"] {
      let result = try await run(command.arguments(model: "model.xml", output: output), in: directory)
      #expect(result.exitStatus == 2, "\(output): \(result)")
      #expect(result.standardError.contains("refusing to write"), "\(output): \(result)")
      #expect(try DirectorySnapshot(of: directory) == before, "\(output)")
    }
    #expect(try String(contentsOf: directory.url(of: "model.xml"), encoding: .utf8) == Self.model)
  }

  @Test(arguments: OutputCommand.allCases)
  func refusesToWriteOverTheFrameworkFile(_ command: OutputCommand) async throws {
    let directory = try workspace()
    let framework = try String(
      contentsOf: PackageRoot.url.appendingPathComponent("schemas/frameworks/2.0.xml"), encoding: .utf8)
    try directory.write(framework, to: "framework.xml")
    let before = try DirectorySnapshot(of: directory)
    let result = try await run(
      command.arguments(model: "model.xml", output: "framework.xml", extra: ["--framework", "framework.xml"]),
      in: directory)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("refusing to write"), "\(result)")
    #expect(try DirectorySnapshot(of: directory) == before)
    #expect(try String(contentsOf: directory.url(of: "framework.xml"), encoding: .utf8) == framework)
  }

  @Test(
    arguments: [
      (
        ["--baseline", "baseline.json", "--write-baseline", "baseline.json"],
        "--write-baseline: refusing to write over 'baseline.json'"
      ),
      (["--baseline", "baseline.json", "-o", "baseline.json"], "--output: refusing to write over 'baseline.json'"),
      (["--config", "settings.yml", "-o", "settings.yml"], "--output: refusing to write over 'settings.yml'"),
      (
        ["--config", "settings.yml", "--write-baseline", "settings.yml"],
        "--write-baseline: refusing to write over 'settings.yml'"
      ),
      (["-o", ".egovarch.yml"], "--output: refusing to write over"),
      (["--write-baseline", ".egovarch.yml"], "--write-baseline: refusing to write over"),
      (["-o", "framework.xml"], "--output: refusing to write over"),
      (["-o", "same.json", "--write-baseline", "same.json"], "--output: refusing to write over 'same.json'"),
      (["-o", "models/b.xml"], "--output: refusing to write over the model file 'models/b.xml'"),
    ] as [([String], String)])
  func validateRefusesToWriteOverAnotherInput(_ options: [String], _ message: String) async throws {
    let directory = try workspace()
    try directory.write(Self.model, to: "models/a.xml")
    try directory.write(Self.model, to: "models/b.xml")
    let baseline = try await run(["validate", "--write-baseline", "baseline.json", "model.xml"], in: directory)
    try #require(baseline.exitStatus == 0, "\(baseline)")
    try directory.write("fail-on: never\n", to: "settings.yml")
    try directory.write(
      String(contentsOf: PackageRoot.url.appendingPathComponent("schemas/frameworks/2.0.xml"), encoding: .utf8),
      to: "framework.xml")
    // The nearest configuration: it names the framework file.
    try directory.write("framework: framework.xml\n", to: ".egovarch.yml")
    let before = try DirectorySnapshot(of: directory)
    let result = try await run(["validate"] + options + ["model.xml", "models"], in: directory)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains(message), "\(result)")
    #expect(try DirectorySnapshot(of: directory) == before)
  }

  // MARK: - Nothing left behind

  /// An output in a folder that does not exist, and an output that is a folder.
  @Test(arguments: OutputCommand.allCases, ["missing/out", "out"])
  func leavesNothingWhenTheOutputCannotBeWritten(_ command: OutputCommand, _ output: String) async throws {
    let directory = try workspace()
    if output == "out" { try directory.makeFolder("out") }
    let before = try DirectorySnapshot(of: directory)
    let result = try await run(command.arguments(model: "model.xml", output: output), in: directory)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("cannot write '\(output)'"), "\(result)")
    #expect(try DirectorySnapshot(of: directory) == before)
  }

  @Test(arguments: OutputCommand.allCases)
  func leavesNothingWhenTheFolderIsNotWritable(_ command: OutputCommand) async throws {
    let directory = try workspace()
    try directory.makeFolder("locked")
    try directory.setPermissions(0o555, of: "locked")
    let before = try DirectorySnapshot(of: directory)
    // Run as nobody when the tests run as root, for whom permissions do not apply.
    let run = try await BoundedCommandRunner.egovarch(
      command.arguments(model: "model.xml", output: "locked/out"), in: directory.url, unprivileged: true)
    #expect(run.command.exitStatus == 2, "\(run)")
    #expect(run.command.standardError.contains("cannot write 'locked/out'"), "\(run)")
    #expect(try DirectorySnapshot(of: directory) == before)
  }

  @Test(arguments: OutputCommand.allCases)
  func keepsTheOldFileWhenTheWriteFailsHalfWay(_ command: OutputCommand) async throws {
    let directory = try workspace()
    try directory.write("old\n", to: "out")
    let before = try DirectorySnapshot(of: directory)
    // Files may not grow beyond 512 bytes: the output's write fails after it has begun
    // (EFBIG; the signal that would otherwise end the process is ignored).
    let run = try await BoundedCommandRunner.egovarch(
      command.arguments(model: "model.xml", output: "out"), in: directory.url,
      environment: ["TMPDIR": directory.url(of: "tmp").path], setup: "ulimit -f 1; trap '' XFSZ")
    #expect(run.command.exitStatus == 2, "\(run)")
    #expect(run.command.signal == nil, "\(run)")
    switch command {
    case .report:
      break  // `report` fails earlier: Graphviz's output is a file too, limited in the same way.
    case .validateBaseline:
      // The text report on standard output (a file here, limited in the same way) is written
      // before the files of the run, which are then not written at all.
      #expect(
        run.command.standardError.contains("cannot write 'out'")
          || run.command.standardError.contains("cannot write standard output"), "\(run)")
    default:
      #expect(run.command.standardError.contains("cannot write 'out'"), "\(run)")
    }
    #expect(try String(contentsOf: directory.url(of: "out"), encoding: .utf8) == "old\n")
    #expect(try DirectorySnapshot(of: directory) == before)
  }

  @Test(arguments: OutputCommand.allCases)
  func leavesNothingWhenTheModelIsNotAModel(_ command: OutputCommand) async throws {
    let directory = try workspace()
    try directory.write(String(Self.model.prefix(500)), to: "model.xml")
    let before = try DirectorySnapshot(of: directory)
    let result = try await run(command.arguments(model: "model.xml", output: "out"), in: directory)
    #expect(result.exitStatus == 1, "\(result)")
    let after = try DirectorySnapshot(of: directory)
    // validate still writes its report of the findings; the others write nothing.
    let written: [String] = command == .validateOutput || command == .validateBaseline ? ["out"] : []
    #expect(after.added(since: before) == written)
  }

  @Test func badBaselineFailsTheRunBeforeAnythingIsWritten() async throws {
    let directory = try workspace()
    try directory.write("{", to: "bad.json")
    let before = try DirectorySnapshot(of: directory)
    let result = try await run(
      ["validate", "--baseline", "bad.json", "--write-baseline", "new.json", "-o", "out.json", "model.xml"],
      in: directory)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(
      result.standardError.contains(
        "--baseline: bad.json:1:2: not an egovarch baseline: expected a member name, found the end of the file"),
      "\(result)")
    #expect(try DirectorySnapshot(of: directory) == before)
  }

  // MARK: - egovarch-bench generate

  @Test(.enabled(if: OutputSafetyTests.benchExecutable != nil, "egovarch-bench is not built"))
  func benchGenerateReplacesTheOutputInOneStep() async throws {
    let bench = try #require(Self.benchExecutable)
    let directory = try workspace()
    try directory.write("old\n", to: "generated.xml")
    try FileManager.default.linkItem(at: directory.url(of: "generated.xml"), to: directory.url(of: "old-name"))
    let before = try DirectorySnapshot(of: directory)
    let result = try await CommandRunner.run(
      bench, ["generate", "--components", "30", "-o", "generated.xml"], in: directory.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(try String(contentsOf: directory.url(of: "old-name"), encoding: .utf8) == "old\n")
    #expect(try Data(contentsOf: directory.url(of: "generated.xml")).count > 1_000)
    #expect(try DirectorySnapshot(of: directory).added(since: before).isEmpty)
  }

  @Test(
    .enabled(if: OutputSafetyTests.benchExecutable != nil, "egovarch-bench is not built"),
    arguments: ["missing/generated.xml", "tmp"])
  func benchGenerateLeavesNothingWhenItCannotWrite(_ output: String) async throws {
    let bench = try #require(Self.benchExecutable)
    let directory = try workspace()
    let before = try DirectorySnapshot(of: directory)
    let result = try await CommandRunner.run(
      bench, ["generate", "--components", "30", "-o", output], in: directory.url)
    #expect(result.exitStatus != 0, "\(result)")
    #expect(result.standardError.contains("cannot write"), "\(result)")
    #expect(try DirectorySnapshot(of: directory) == before)
  }
}
