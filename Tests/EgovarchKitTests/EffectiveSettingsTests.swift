import EgovarchKit
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The settings a command runs with: the command line wins over `.egovarch.yml`, which wins
/// over the defaults; and how a command chooses its configuration file.
@Suite struct EffectiveSettingsTests {
  /// A configuration that sets every key.
  private func configured() throws -> Configuration {
    Configuration(
      framework: "/repo/frameworks/ours.xml", failOn: .warning, onlyRules: ["graph/cycle", "roadmap/overdue"],
      disabledRules: ["roadmap/overdue"], severities: ["graph/cycle": .note],
      excludedPaths: [try PathPattern("archive", relativeTo: "/repo")], directory: "/repo",
      path: "/repo/.egovarch.yml")
  }

  @Test func withoutAConfigurationTheDefaultsApply() {
    let settings = EffectiveSettings(configuration: nil)
    #expect(settings.framework == nil)
    #expect(settings.asOf == nil)
    #expect(settings.rulePolicy == RulePolicy())
    #expect(settings.failOn == .error)
    #expect(settings.excludedPaths.isEmpty)
    #expect(settings.configurationPath == nil)
    #expect(!settings.excludes("/repo/archive/x.xml", currentDirectory: "/repo"))
  }

  @Test func theConfigurationApplies() throws {
    let settings = EffectiveSettings(configuration: try configured())
    #expect(
      settings.framework
        == FrameworkChoice(value: "/repo/frameworks/ours.xml", source: .configuration(path: "/repo/.egovarch.yml")))
    #expect(settings.framework?.origin == "/repo/.egovarch.yml: framework")
    #expect(settings.framework?.filePath == "/repo/frameworks/ours.xml")
    #expect(settings.failOn == .warning)
    #expect(settings.rulePolicy.onlyRules == ["graph/cycle", "roadmap/overdue"])
    #expect(settings.rulePolicy.disabledRules == ["roadmap/overdue"])
    #expect(settings.rulePolicy.severities == ["graph/cycle": .note])
    #expect(!settings.rulePolicy.isEnabled("roadmap/overdue"))
    #expect(!settings.rulePolicy.isEnabled("model/duplicate-id"))
    #expect(settings.rulePolicy.isEnabled("graph/cycle"))
    #expect(settings.configurationPath == "/repo/.egovarch.yml")
    #expect(settings.excludes("/repo/archive/2019/x.xml", currentDirectory: "/"))
    #expect(!settings.excludes("/repo/models/x.xml", currentDirectory: "/"))
  }

  @Test func theCommandLineWins() throws {
    let date = try #require(CalendarDate(parsing: "2024-06-30"))
    let settings = EffectiveSettings(
      commandLine: CommandLineSettings(framework: "1.0", failOn: .never, asOf: date), configuration: try configured())
    #expect(settings.framework == FrameworkChoice(value: "1.0", source: .commandLine))
    #expect(settings.framework?.origin == "--framework")
    #expect(settings.framework?.filePath == nil)
    #expect(settings.failOn == .never)
    #expect(settings.asOf == date)
    // The command line has no rule options: the configuration's policy stays.
    #expect(settings.rulePolicy.disabledRules == ["roadmap/overdue"])
    #expect(settings.configurationPath == "/repo/.egovarch.yml")
  }

  @Test func aFrameworkFileOnTheCommandLineIsAFile() {
    let settings = EffectiveSettings(
      commandLine: CommandLineSettings(framework: "frameworks/so.xml"), configuration: nil)
    #expect(settings.framework?.filePath == "frameworks/so.xml")
    #expect(settings.framework?.origin == "--framework")
  }

  @Test func validationOptionsCarryTheDateThePolicyAndTheFramework() throws {
    let date = try #require(CalendarDate(parsing: "2023-01-01"))
    let today = try #require(CalendarDate(parsing: "2030-01-01"))
    let settings = EffectiveSettings(commandLine: CommandLineSettings(asOf: date), configuration: try configured())
    let framework = try #require(BuiltInFrameworks.framework("1.0"))
    let options = settings.validationOptions(framework: framework, today: today)
    #expect(options.asOf == date)
    #expect(options.today == today)
    #expect(options.framework?.id == "1.0")
    #expect(options.rulePolicy == settings.rulePolicy)
  }

  /// The policy reaches the findings: a model with a cycle and a self-dependency, validated
  /// with a configuration that turns one off and lowers the other.
  @Test func thePolicyReachesTheFindings() throws {
    let source = """
      <architecture xmlns="urn:egovarch:architecture:1" id="p" province="P" framework="2.0" asOf="2025-01-01">
        <components>
          <component id="a" kind="lgsp" name="A" status="existing">
            <dependsOn ref="b"/>
            <dependsOn ref="a"/>
          </component>
          <component id="b" kind="lgsp" name="B" status="existing"><dependsOn ref="a"/></component>
        </components>
      </architecture>
      """
    let configuration = Configuration(disabledRules: ["graph/cycle"], severities: ["graph/self-dependency": .note])
    let plain = ArchitectureValidator(options: EffectiveSettings(configuration: nil).validationOptions(framework: nil))
      .validate(bytes: Array(source.utf8), path: "p.xml").findings
    #expect(plain.contains { $0.ruleID == "graph/cycle" })
    #expect(plain.contains { $0.ruleID == "graph/self-dependency" && $0.severity != .note })
    let options = EffectiveSettings(configuration: configuration).validationOptions(framework: nil)
    let findings = ArchitectureValidator(options: options).validate(bytes: Array(source.utf8), path: "p.xml").findings
    #expect(!findings.contains { $0.ruleID == "graph/cycle" })
    #expect(findings.contains { $0.ruleID == "graph/self-dependency" })
    #expect(findings.filter { $0.ruleID == "graph/self-dependency" }.allSatisfy { $0.severity == .note })
  }

  // MARK: - Choosing the configuration file

  @Test func noConfigIgnoresEveryFile() throws {
    try withTemporaryDirectory { root in
      try "fail-on: never\n".write(toFile: root + "/.egovarch.yml", atomically: false, encoding: .utf8)
      #expect(try Configuration.select(named: nil, ignored: true, workingDirectory: root) == nil)
    }
  }

  @Test func theNearestFileIsDiscovered() throws {
    try withTemporaryDirectory { root in
      try FileManager.default.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
      try "fail-on: never\n".write(toFile: root + "/a/.egovarch.yml", atomically: false, encoding: .utf8)
      let found = try Configuration.select(named: nil, ignored: false, workingDirectory: root + "/a/b")
      #expect(found?.failOn == .never)
      #expect(found?.path == root + "/a/.egovarch.yml")
    }
  }

  @Test func aNamedFileWinsOverTheNearestOne() throws {
    try withTemporaryDirectory { root in
      try "fail-on: never\n".write(toFile: root + "/.egovarch.yml", atomically: false, encoding: .utf8)
      try "fail-on: note\n".write(toFile: root + "/ci.yml", atomically: false, encoding: .utf8)
      let named = try Configuration.select(named: root + "/ci.yml", ignored: false, workingDirectory: root)
      #expect(named?.failOn == .note)
      #expect(named?.path == root + "/ci.yml")
    }
  }

  @Test func aNamedFileQuotesNothingOfTextThatIsNotAMapping() throws {
    try withTemporaryDirectory { root in
      try "secret-token-text\n".write(toFile: root + "/ci.yml", atomically: false, encoding: .utf8)
      #expect {
        try Configuration.select(named: root + "/ci.yml", ignored: false, workingDirectory: root)
      } throws: { error in
        let text = (error as? ConfigurationError)?.description ?? ""
        return text.contains("must be a mapping") && !text.contains("secret-token-text")
      }
    }
  }

  @Test func aDiscoveredLinkOutOfTheRepositoryIsRefused() throws {
    try withTemporaryDirectory { root in
      try FileManager.default.createDirectory(atPath: root + "/repo/.git", withIntermediateDirectories: true)
      try "fail-on: never\n".write(toFile: root + "/outside.yml", atomically: false, encoding: .utf8)
      try FileManager.default.createSymbolicLink(
        atPath: root + "/repo/.egovarch.yml", withDestinationPath: root + "/outside.yml")
      #expect {
        try Configuration.select(named: nil, ignored: false, workingDirectory: root + "/repo")
      } throws: { error in
        (error as? ConfigurationError)?.description.contains("a symbolic link to a file outside") == true
      }
      // Named, the same file is read.
      let named = try Configuration.select(named: root + "/repo/.egovarch.yml", ignored: false, workingDirectory: root)
      #expect(named?.failOn == .never)
    }
  }

  /// Runs `body` with a new, empty directory (its real path), removed afterwards.
  private func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
    var template = Array((FileManager.default.temporaryDirectory.path + "/egovarch-settings.XXXXXX").utf8CString)
    let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    let path = try #require(created.map { String(cString: $0) })
    let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    defer { try? FileManager.default.removeItem(atPath: real) }
    try body(real)
  }
}
