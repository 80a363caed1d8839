import Foundation
import Testing

/// Runs every case of the hostile-input corpus (`Tests/Fixtures/hostile/cases.json`) through
/// the built `egovarch`, under a time and a memory bound, and checks its expected outcome.
///
/// Each case runs in a fresh directory that also holds `secret.txt` (a secret made for the run)
/// and `secret.fifo` (a named pipe that nothing writes to: opening it to read would hang until
/// the time limit), with `TMPDIR` pointing at an empty folder inside it. Beyond the case's own
/// expectations, every run must end by itself within `CommandRunner.defaultTimeout` (a hang
/// guard, not a timing), without a signal, with a peak resident memory under
/// `BoundedCommandRunner.residentMemoryLimit`, without printing the secret or a line of
/// `/etc/passwd`, and without leaving a file behind (output or temporary) other than those the
/// case names in `creates`.
@Suite struct HostileCorpusTests {
  /// Text of `/etc/passwd` that no output may contain.
  static let passwordFileText = "root:x:0:0"

  /// The names of the committed files that are not inputs.
  static let manifestFiles: Set<String> = ["cases.json", "README.md", ".gitattributes"]

  /// Cases run one at a time: a run's time and memory are its own, and the generated inputs of
  /// several cases are never held by the test process at once.
  @Test(.serialized, arguments: HostileCase.all)
  func hostileInput(_ hostile: HostileCase) async throws {
    let directory = try TemporaryDirectory()
    let secret = "EGOVARCH-SECRET-\(UUID().uuidString)"
    try directory.write(secret + "\n", to: "secret.txt")
    try await directory.makeFIFO("secret.fifo")
    let temporaryFolder = try directory.makeFolder("tmp")
    let input = try await prepareInput(of: hostile, in: directory)
    let before = try DirectorySnapshot(of: directory)

    let run = try await BoundedCommandRunner.egovarch(
      hostile.commandArguments(input: input), in: directory.url, environment: ["TMPDIR": temporaryFolder.path],
      unprivileged: hostile.unprivileged ?? false)
    let result = run.command

    #expect(!result.timedOut, "egovarch did not finish within the time limit: \(run)")
    #expect(result.signal == nil, "egovarch was killed by a signal (a crash, or the memory limit): \(run)")
    #expect(
      run.peakResidentBytes <= BoundedCommandRunner.residentMemoryLimit,
      "egovarch used \(run.peakDescription): \(run)")
    for (stream, text) in [("standard output", result.standardOutput), ("standard error", result.standardError)] {
      #expect(!text.contains("EGOVARCH-SECRET"), "the secret file was read: it is on \(stream)")
      #expect(!text.contains(Self.passwordFileText), "/etc/passwd was read: it is on \(stream)")
    }
    Self.checkEscaping(of: result, arguments: hostile.arguments ?? [])
    let after = try DirectorySnapshot(of: directory)
    #expect(after.added(since: before) == (hostile.creates ?? []).sorted(), "files left behind")
    #expect(after.changed(since: before).isEmpty, "inputs changed or removed")

    if let knownIssue = hostile.knownIssue {
      withKnownIssue(Comment(rawValue: knownIssue)) { try checkOutcome(of: hostile, result) }
    } else {
      try checkOutcome(of: hostile, result)
    }
  }

  @Test func manifestDescribesEveryCaseOnce() throws {
    let cases = try HostileCase.load()
    #expect(cases.count >= 30)
    #expect(Set(cases.map(\.name)).count == cases.count, "case names must be unique")
    let rulePattern = #/[a-z]+/[a-z-]+( x[1-9][0-9]*)?/#
    for hostile in cases {
      #expect(!hostile.why.isEmpty, "\(hostile.name): say why the case exists")
      #expect((hostile.file == nil) != (hostile.recipe == nil), "\(hostile.name): give a file or a recipe")
      if let file = hostile.file {
        let path = HostileCase.folder.appendingPathComponent(file).path
        #expect(FileManager.default.fileExists(atPath: path), "\(hostile.name): no file '\(file)'")
      }
      if let recipe = hostile.recipe {
        #expect(HostileRecipe(rawValue: recipe) != nil, "\(hostile.name): no recipe '\(recipe)'")
      }
      for rule in hostile.rules ?? [] {
        #expect(rule.wholeMatch(of: rulePattern) != nil, "\(hostile.name): '\(rule)' is not RULE or RULE xN")
      }
    }
    let committed = Set(try FileManager.default.contentsOfDirectory(atPath: HostileCase.folder.path))
      .subtracting(Self.manifestFiles)
    let used = Set(cases.compactMap(\.file))
    #expect(committed.subtracting(used).isEmpty, "files no case uses: \(committed.subtracting(used).sorted())")
    let recipes = Set(cases.compactMap(\.recipe))
    let unused = HostileRecipe.allCases.map(\.rawValue).filter { !recipes.contains($0) }
    #expect(unused.isEmpty, "recipes no case uses: \(unused)")
  }

  @Test func ruleCountsAreWrittenOut() {
    let hostile = HostileCase(name: "n", why: "w", exit: 1, rules: ["xml/schema", "model/duplicate-id x3"])
    #expect(hostile.expandedRules == ["xml/schema"] + Array(repeating: "model/duplicate-id", count: 3))
    #expect(Self.runs(of: ["a/b", "a/b", "c/d", "a/b"]) == ["a/b x2", "c/d", "a/b"])
  }

  /// Copies the committed input of `hostile` into `directory`, or builds it, and returns its
  /// path relative to `directory`.
  private func prepareInput(of hostile: HostileCase, in directory: TemporaryDirectory) async throws -> String {
    if let file = hostile.file {
      try FileManager.default.copyItem(at: HostileCase.folder.appendingPathComponent(file), to: directory.url(of: file))
      return file
    }
    let recipe = try #require(HostileRecipe(rawValue: hostile.recipe ?? ""), "\(hostile.name): no recipe")
    return try await recipe.build(in: directory)
  }

  /// Checks exit status, standard error, standard output and findings against `hostile`.
  private func checkOutcome(of hostile: HostileCase, _ result: CommandResult) throws {
    #expect(result.exitStatus == hostile.exit, "\(result)")
    if let fragment = hostile.stderr, !fragment.isEmpty {
      #expect(result.standardError.contains(fragment), "\(result)")
    } else {
      #expect(result.standardError.isEmpty, "\(result)")
    }
    if let fragment = hostile.stdout {
      let matches = fragment.isEmpty ? result.standardOutput.isEmpty : result.standardOutput.contains(fragment)
      #expect(matches, "\(result)")
    }
    guard let expectedRules = hostile.expandedRules else { return }
    let rules: [String]
    let firstPosition: String?
    if hostile.printsJSON {
      let report = try result.jsonReport()
      rules = report.rules
      firstPosition = report.findings.first?.position
    } else {
      let report = result.textReport
      #expect(report.unparsedLines.isEmpty, "one line per finding: \(report.unparsedLines.prefix(3))")
      if let summary = hostile.summary {
        #expect(report.summary == summary)
      }
      rules = report.rules
      firstPosition = report.findings.first?.position
    }
    #expect(Self.runs(of: rules) == Self.runs(of: expectedRules), "\(result)")
    if let at = hostile.at {
      #expect(firstPosition == at, "\(result)")
    }
  }

  /// Checks that neither stream carries a raw control character (but line feeds) or a line
  /// that GitHub Actions would read as a workflow command (`::error …`, `::stop-commands::`),
  /// except standard output in the formats meant to be binary or to be such commands.
  static func checkEscaping(of result: CommandResult, arguments: [String]) {
    let format = arguments.firstIndex(of: "--format").flatMap {
      arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil
    }
    var streams = [("standard error", result.standardError)]
    if !["png", "pdf"].contains(format) { streams.append(("standard output", result.standardOutput)) }
    for (stream, text) in streams {
      let control = text.unicodeScalars.first { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
      #expect(control == nil, "a raw control character (U+\(String(control?.value ?? 0, radix: 16))) on \(stream)")
      if stream == "standard output" && format == "github" { continue }
      let command = text.split(separator: "\n").first { $0.hasPrefix("::") }
      #expect(command == nil, "a line on \(stream) starts a workflow command: \(command ?? "")")
    }
  }

  /// `rules` with each run of N equal ids written `"RULE xN"`, for short comparisons.
  static func runs(of rules: [String]) -> [String] {
    var runs: [(rule: String, count: Int)] = []
    for rule in rules {
      if runs.last?.rule == rule {
        runs[runs.count - 1].count += 1
      } else {
        runs.append((rule, 1))
      }
    }
    return runs.map { $0.count == 1 ? $0.rule : "\($0.rule) x\($0.count)" }
  }
}
