import EgovarchTestSupport
import Foundation
import Testing

/// `.egovarch.yml` reaches `gaps`, `report`, `roadmap`, `graph` and `timeline` as it reaches `validate`:
/// its `framework`, `only-rules`, `disabled-rules` and `severity` change what they show, the
/// command line wins over it, and `--config` and `--no-config` work as for `validate`.
@Suite struct ConfigurationEveryCommandTests {
  /// The commands other than `validate` that read a model.
  static let modelCommands = ["gaps", "report", "roadmap", "graph", "timeline"]

  /// A model with a dependency cycle between `a` and `b` (lines 4 and 7).
  static let cyclicModel = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="p" province="P" framework="2.0" asOf="2025-01-01">
      <components>
        <component id="a" kind="lgsp" name="A" status="existing">
          <dependsOn ref="b"/>
        </component>
        <component id="b" kind="ioc" name="B" status="existing">
          <dependsOn ref="a"/>
        </component>
      </components>
    </architecture>

    """

  /// A fresh directory holding `files` (name → content), with the bundled model `model` copied
  /// in as `model.xml`.
  private func repository(model: String? = nil, _ files: [String: String] = [:]) throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    if let model {
      let text = try String(contentsOf: PackageRoot.modelsFolder.appendingPathComponent(model), encoding: .utf8)
      try directory.write(text, to: "model.xml")
    }
    for (name, content) in files { try directory.write(content, to: name) }
    return directory
  }

  /// Runs `egovarch` with `arguments` in `directory`, with no Graphviz on `PATH` (so `report`
  /// runs no child).
  private func run(_ arguments: [String], in directory: TemporaryDirectory) async throws -> CommandResult {
    try await CommandRunner.egovarch(arguments, in: directory.url, environment: ["PATH": directory.url.path])
  }

  /// `-o out` for the commands that have it (`gaps` prints to standard output).
  private func output(_ command: String) -> [String] {
    command == "gaps" ? [] : ["-o", "out"]
  }

  /// The report's HTML page written to `report.html` in `directory`.
  private func page(in directory: TemporaryDirectory) throws -> String {
    String(decoding: try Data(contentsOf: directory.url(of: "report.html")), as: UTF8.self)
  }

  /// The severity classes of the report's finding rows of `rule`.
  private func rowClasses(of rule: String, in html: String) -> [String] {
    html.components(separatedBy: "<tr class=\"").dropFirst()
      .filter { $0.prefix { $0 != "\n" }.contains("<td><code>\(rule)</code></td>") }
      .map { String($0.prefix { $0 != "\"" }) }
  }

  // MARK: - gaps

  @Test func gapsHidesDisabledRulesAndUsesConfiguredSeverities() async throws {
    let directory = try repository(
      model: "lai-chau-2.0-draft.xml",
      [".egovarch.yml": "disabled-rules: [roadmap/overdue]\nseverity:\n  framework/national-unavailable: note\n"])
    let configured = try await run(["gaps", "model.xml", "--format", "json"], in: directory)
    #expect(configured.exitStatus == 0, "\(configured)")
    let plain = try await run(["gaps", "model.xml", "--format", "json", "--no-config"], in: directory)
    #expect(plain.exitStatus == 0, "\(plain)")
    #expect(plain.standardOutput.contains(#""rule": "roadmap/overdue""#), "\(plain)")
    #expect(!configured.standardOutput.contains(#""rule": "roadmap/overdue""#), "\(configured)")
    #expect(
      plain.standardOutput.contains(#""rule": "framework/national-unavailable", "severity": "warning""#), "\(plain)")
    #expect(
      configured.standardOutput.contains(#""rule": "framework/national-unavailable", "severity": "note""#),
      "\(configured)")
    let text = try await run(["gaps", "model.xml"], in: directory)
    #expect(
      text.outputLines.contains { $0.hasPrefix("  phase 1 (2017–2019)") && $0.hasSuffix(", 0 overdue") }, "\(text)")
  }

  @Test func gapsUsesTheConfiguredFrameworkUnlessTheCommandLineNamesOne() async throws {
    let directory = try repository([
      "model.xml": FrameworkOptionTests.modelForCustomFramework,
      "frameworks/ours.xml": FrameworkOptionTests.customFramework,
      "config/.egovarch.yml": "framework: ../frameworks/ours.xml\n",
    ])
    let configured = try await run(["gaps", "model.xml", "--config", "config/.egovarch.yml"], in: directory)
    #expect(configured.exitStatus == 0, "\(configured)")
    let lines = configured.outputLines.map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines.contains { $0.hasPrefix("framework: so-tttt-2024 (") }, "\(configured)")
    #expect(lines.contains("0 of 1 present"), "\(configured)")
    let overridden = try await run(
      ["gaps", "model.xml", "--config", "config/.egovarch.yml", "--framework", "2.0"], in: directory)
    #expect(overridden.exitStatus == 0, "\(overridden)")
    #expect(overridden.outputLines.contains { $0.hasPrefix("  framework: 2.0 (") }, "\(overridden)")
    // The same file discovered from the configuration's folder: the path stays relative to it.
    let discovered = try await CommandRunner.egovarch(
      ["gaps", "../model.xml"], in: directory.url(of: "config"), environment: ["PATH": directory.url.path])
    #expect(discovered.outputLines.contains { $0.hasPrefix("  framework: so-tttt-2024 (") }, "\(discovered)")
  }

  // MARK: - report

  @Test func reportShowsTheFindingsValidateShows() async throws {
    let directory = try repository(
      model: "lai-chau-2.0-draft.xml",
      [".egovarch.yml": "disabled-rules: [roadmap/overdue]\nseverity:\n  framework/national-unavailable: error\n"])
    let plain = try await run(["report", "model.xml", "-o", "report.html", "--no-config"], in: directory)
    #expect(plain.exitStatus == 0, "\(plain)")
    let plainPage = try page(in: directory)
    #expect(!rowClasses(of: "roadmap/overdue", in: plainPage).isEmpty, "\(plainPage)")
    #expect(rowClasses(of: "framework/national-unavailable", in: plainPage) == ["warning", "warning", "warning"])

    let configured = try await run(["report", "model.xml", "-o", "report.html"], in: directory)
    #expect(configured.exitStatus == 0, "\(configured)")
    let configuredPage = try page(in: directory)
    #expect(rowClasses(of: "roadmap/overdue", in: configuredPage).isEmpty, "\(configuredPage)")
    #expect(rowClasses(of: "framework/national-unavailable", in: configuredPage) == ["error", "error", "error"])
    let validate = try await run(["validate", "model.xml", "--format", "json"], in: directory)
    let validated = try validate.jsonReport().findings
    #expect(!validated.contains { $0.rule == "roadmap/overdue" }, "\(validate)")
    #expect(
      validated.filter { $0.rule == "framework/national-unavailable" }.map(\.severity) == ["error", "error", "error"],
      "\(validate)")
  }

  @Test func reportRefusesToWriteOverTheConfiguration() async throws {
    let directory = try repository(model: "dien-bien-1.0.xml", [".egovarch.yml": "fail-on: warning\n"])
    let result = try await run(["report", "model.xml", "-o", ".egovarch.yml"], in: directory)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("refusing to write the diagram over the configuration file '"), "\(result)")
    #expect(try String(contentsOf: directory.url(of: ".egovarch.yml"), encoding: .utf8) == "fail-on: warning\n")
  }

  // MARK: - roadmap

  @Test(arguments: ["disabled-rules: [roadmap/dependency-later]\n", "only-rules: [model/duplicate-id]\n"])
  func roadmapDrawsNoLateDependencyTheConfigurationTurnsOff(configuration: String) async throws {
    let directory = try repository(model: "dien-bien-1.0.xml", [".egovarch.yml": configuration])
    let late = ##""task:1.8" -> "task:2.1" [constraint="false", dir="back", color="#c00000""##
    let plain = try await run(["roadmap", "model.xml", "--no-config"], in: directory)
    #expect(plain.exitStatus == 0, "\(plain)")
    #expect(plain.standardOutput.contains(late), "\(plain)")
    let configured = try await run(["roadmap", "model.xml"], in: directory)
    #expect(configured.exitStatus == 0, "\(configured)")
    #expect(!configured.standardOutput.contains(late), "\(configured)")
    #expect(
      configured.standardOutput.contains(#""task:1.8" -> "task:2.1" [constraint="false", dir="back"]"#), "\(configured)"
    )
    #expect(!configured.standardOutput.contains("⚠ needs"), "\(configured)")
  }

  @Test func roadmapDrawsTheGapsOfTheConfiguredFramework() async throws {
    let directory = try repository([
      "model.xml": FrameworkOptionTests.modelForCustomFramework,
      "frameworks/ours.xml": FrameworkOptionTests.customFramework,
      ".egovarch.yml": "framework: frameworks/ours.xml\n",
    ])
    let configured = try await run(["roadmap", "model.xml"], in: directory)
    #expect(configured.exitStatus == 0, "\(configured)")
    #expect(configured.standardOutput.contains(#""gap:ioc""#), "\(configured)")
    let plain = try await run(["roadmap", "model.xml", "--no-config"], in: directory)
    #expect(!plain.standardOutput.contains(#""gap:ioc""#), "\(plain)")
  }

  // MARK: - graph

  @Test func graphDrawsNoCycleWhenTheConfigurationTurnsGraphCycleOff() async throws {
    let directory = try repository([
      "model.xml": Self.cyclicModel, ".egovarch.yml": "disabled-rules: [graph/cycle]\n",
    ])
    let red = ##"color="#c00000", penwidth="2"]"##
    let plain = try await run(["graph", "model.xml", "--no-config"], in: directory)
    #expect(plain.exitStatus == 0, "\(plain)")
    #expect(plain.outputLines.contains { $0.contains(#""component:a""#) && $0.contains(red) }, "\(plain)")
    let configured = try await run(["graph", "model.xml"], in: directory)
    #expect(configured.exitStatus == 0, "\(configured)")
    // The cycle is not red (the missing components and link the model has still are).
    let cycle = configured.outputLines.filter {
      $0.hasPrefix(#"    "component:"#) || $0.contains(#""component:a" -> "component:b""#)
        || $0.contains(#""component:b" -> "component:a""#)
    }
    #expect(cycle.count == 4, "\(configured)")
    #expect(!cycle.contains { $0.contains("#c00000") }, "\(configured)")
    let validate = try await run(["validate", "model.xml"], in: directory)
    #expect(!validate.textReport.rules.contains("graph/cycle"), "\(validate)")
  }

  @Test func graphUsesTheConfiguredFramework() async throws {
    let directory = try repository([
      "model.xml": FrameworkOptionTests.modelForCustomFramework,
      "frameworks/ours.xml": FrameworkOptionTests.customFramework,
      ".egovarch.yml": "framework: frameworks/ours.xml\n",
    ])
    let configured = try await run(["graph", "model.xml"], in: directory)
    #expect(configured.exitStatus == 0, "\(configured)")
    let named = try await run(
      ["graph", "model.xml", "--no-config", "--framework", "frameworks/ours.xml"], in: directory)
    #expect(configured.standardOutput == named.standardOutput, "\(configured)")
    try directory.write("framework: frameworks/missing.xml\n", to: ".egovarch.yml")
    let missing = try await run(["graph", "model.xml"], in: directory)
    #expect(missing.exitStatus == 2, "\(missing)")
    #expect(missing.standardError.contains(".egovarch.yml: framework: '"), "\(missing)")
    let ignored = try await run(["graph", "model.xml", "--no-config"], in: directory)
    #expect(ignored.exitStatus == 0, "\(ignored)")
  }

  // MARK: - Every command

  @Test(arguments: modelCommands)
  func aBadConfigurationStopsEveryCommandWithItsLine(command: String) async throws {
    let directory = try repository(model: "dien-bien-1.0.xml", [".egovarch.yml": "severty:\n  graph/cycle: note\n"])
    let result = try await run([command, "model.xml"] + output(command), in: directory)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains(".egovarch.yml:1:1: unknown key 'severty'"), "\(result)")
    #expect(!FileManager.default.fileExists(atPath: directory.url(of: "out").path))
    let ignored = try await run([command, "model.xml", "--no-config"] + output(command), in: directory)
    #expect(ignored.exitStatus == 0, "\(ignored)")
  }

  @Test(arguments: modelCommands)
  func configAndNoConfigTogetherAreAUsageError(command: String) async throws {
    let directory = try repository(model: "dien-bien-1.0.xml", ["ci.yml": "fail-on: note\n"])
    let result = try await run(
      [command, "model.xml", "--config", "ci.yml", "--no-config"] + output(command), in: directory)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("--config and --no-config cannot be used together"), "\(result)")
    let named = try await run([command, "model.xml", "--config", "ci.yml"] + output(command), in: directory)
    #expect(named.exitStatus == 0, "\(named)")
  }

  @Test(arguments: modelCommands)
  func aDiscoveredLinkOutOfTheRepositoryIsRefused(command: String) async throws {
    let outside = try TemporaryDirectory()
    try outside.write("fail-on: note\n", to: "secret.yml")
    let directory = try repository(model: "dien-bien-1.0.xml", [".git/HEAD": "ref: refs/heads/main\n"])
    try FileManager.default.createSymbolicLink(
      at: directory.url(of: ".egovarch.yml"), withDestinationURL: outside.url(of: "secret.yml"))
    let result = try await run([command, "model.xml"] + output(command), in: directory)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("a symbolic link to a file outside"), "\(result)")
  }

  @Test(arguments: modelCommands)
  func helpSaysWhatTheConfigurationDoes(command: String) async throws {
    let directory = try repository()
    let help = try await run([command, "--help"], in: directory)
    #expect(help.exitStatus == 0, "\(help)")
    for option in ["--framework", "--lang", "--config", "--no-config"] {
      #expect(help.standardOutput.contains(option), "\(command) --help does not mention \(option)")
    }
    let text = help.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("fail-on, exclude and help-uri-base are only for 'validate'"), "\(help)")
  }
}
