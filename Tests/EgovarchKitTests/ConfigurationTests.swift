import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `.egovarch.yml`: parsing, every refusal with its place, hostile files and discovery.
@Suite struct ConfigurationTests {
  private static let example = ConfigurationExample.text

  // MARK: - Parsing

  @Test func parsesTheDocumentedExample() throws {
    let configuration = try parse(Self.example)
    let expected = Configuration(
      framework: "2.0", failOn: .warning, onlyRules: nil, disabledRules: ["kpi/not-reported"],
      severities: ["roadmap/overdue": .error],
      excludedPaths: [
        try PathPattern("archive/**", relativeTo: "/repo"), try PathPattern("drafts/*.xml", relativeTo: "/repo"),
      ],
      directory: "/repo", path: ".egovarch.yml")
    #expect(configuration == expected)
  }

  @Test(arguments: ["", "# nothing to configure\n", "---\n", "~\n", "\u{FEFF}"])
  func emptyFileSaysNothing(_ yaml: String) throws {
    #expect(try parse(yaml) == Configuration(directory: "/repo", path: ".egovarch.yml"))
  }

  @Test func emptyValuesCountAsAbsent() throws {
    let yaml = "framework:\nfail-on: ~\nonly-rules:\ndisabled-rules: null\nseverity:\nexclude:\n"
    #expect(try parse(yaml) == Configuration(directory: "/repo", path: ".egovarch.yml"))
  }

  @Test func readsEveryKey() throws {
    let yaml = """
      framework: 1.0
      fail-on: never
      only-rules: [kpi/not-reported, roadmap/overdue, graph/cycle]
      disabled-rules:
        - roadmap/overdue
      severity: {graph/cycle: note, xml/schema: warning}
      exclude: ["**/tmp", drafts/]
      """
    let configuration = try parse(yaml)
    #expect(configuration.framework == "1.0")
    #expect(configuration.failOn == FailureThreshold.never)
    #expect(configuration.onlyRules == ["kpi/not-reported", "roadmap/overdue", "graph/cycle"])
    #expect(configuration.disabledRules == ["roadmap/overdue"])
    #expect(configuration.severities == ["graph/cycle": .note, "xml/schema": .warning])
    #expect(configuration.excludedPaths.map(\.pattern) == ["**/tmp", "drafts/"])
    #expect(configuration.excludedPaths.allSatisfy { $0.base == "/repo" })
  }

  @Test func aRuleBothOnlyAndDisabledIsAcceptedAsGiven() throws {
    // Disabling wins when the rules run (RulePolicy); the configuration keeps both lists.
    let configuration = try parse("only-rules: [graph/cycle, kpi/not-reported]\ndisabled-rules: [graph/cycle]")
    #expect(configuration.onlyRules == ["graph/cycle", "kpi/not-reported"])
    #expect(configuration.disabledRules == ["graph/cycle"])
  }

  @Test func helpURIBaseIsReadAndOverriddenByTheCommandLine() throws {
    let configuration = try parse("help-uri-base: https://example.org/egovarch/rules.md")
    #expect(configuration.helpURI?.base == "https://example.org/egovarch/rules.md")
    #expect(configuration.helpURI?.uri(for: "graph/cycle") == "https://example.org/egovarch/rules.md#graphcycle")
    #expect(EffectiveSettings(configuration: configuration).helpURI == configuration.helpURI)
    let commandLine = CommandLineSettings(helpURI: RuleHelpURI(base: "https://x/"))
    #expect(EffectiveSettings(commandLine: commandLine, configuration: configuration).helpURI?.base == "https://x/")
    #expect(EffectiveSettings(configuration: nil).helpURI == nil)
  }

  @Test func repeatedRuleIdsAreKeptOnce() throws {
    let configuration = try parse("disabled-rules: [graph/cycle, kpi/not-reported, graph/cycle]")
    #expect(configuration.disabledRules == ["graph/cycle", "kpi/not-reported"])
  }

  @Test func frameworkPathsAreResolvedAgainstTheFilesDirectory() throws {
    #expect(try parse("framework: frameworks/bo-tttt.xml").framework == "/repo/frameworks/bo-tttt.xml")
    #expect(try parse("framework: ../shared/fw.xml").framework == "/repo/../shared/fw.xml")
    #expect(try parse("framework: /srv/fw.xml").framework == "/srv/fw.xml")
    #expect(try parse("framework: fw.xml", directory: "/").framework == "/fw.xml")
    #expect(try parse("framework: fw.xml", directory: "").framework == "fw.xml")
    #expect(try parse("framework: '2.0'").framework == "2.0")
  }

  @Test func excludesMatchesBelowTheFilesDirectory() throws {
    let configuration = try parse(Self.example)
    #expect(configuration.excludes("/repo/archive/2019/lai-chau.xml", currentDirectory: "/"))
    #expect(configuration.excludes("drafts/long-an.xml", currentDirectory: "/repo"))
    #expect(configuration.excludes("../drafts/long-an.xml", currentDirectory: "/repo/models"))
    #expect(!configuration.excludes("/repo/models/long-an.xml", currentDirectory: "/"))
    #expect(!configuration.excludes("/repo/drafts/old/long-an.xml", currentDirectory: "/"))
    #expect(!configuration.excludes("drafts/long-an.xml", currentDirectory: "/elsewhere"))
    #expect(!Configuration().excludes("/repo/archive/a.xml", currentDirectory: "/"))
  }

  // MARK: - Refusals

  /// Each refusal, as "LINE:COLUMN: message" in a file named `.egovarch.yml`.
  @Test(arguments: [
    ("fail_on: warning", "1:1: unknown key 'fail_on' (did you mean 'fail-on'?)"),
    ("Framework: '2.0'", "1:1: unknown key 'Framework' (did you mean 'framework'?)"),
    (
      "colour: auto",
      "1:1: unknown key 'colour' (the keys are framework, fail-on, only-rules, disabled-rules, severity, exclude and help-uri-base)"
    ),
    ("? [a]\n: 1", "1:3: a key must be a name, not a list"),
    (
      "help-uri-base: docs/rules.md",
      "1:16: 'help-uri-base' must be an absolute URI (such as https://github.com/OWNER/REPO/blob/main/docs/rules.md)"
    ),
    ("help-uri-base: [https://x/]", "1:16: 'help-uri-base' must be a URI, not a list"),
    (
      "help-uri-base: https://x/r.md#top",
      "1:16: 'help-uri-base' must not have a fragment, unless it ends with '#' (egovarch appends each rule's anchor)"
    ),
    (
      "help-uri-base: 'https://x/quy tắc'",
      "1:16: 'help-uri-base' must be written with the characters of RFC 3986 (percent-encode a blank or control character)"
    ),
    ("~: 1", "1:1: a key must be a name, not an empty value"),
    ("only-rules: kpi/not-reported", "1:13: 'only-rules' must be a list of rule ids"),
    ("only-rules:\n  - [kpi/not-reported]", "2:5: 'only-rules' must be a list of rule ids"),
    ("disabled-rules: {graph/cycle: true}", "1:17: 'disabled-rules' must be a list of rule ids"),
    ("disabled-rules: [graph/cycle, ~]", "1:31: 'disabled-rules' must be a list of rule ids"),
    (
      "disabled-rules: [kpi/not-reportd]",
      "1:18: unknown rule id 'kpi/not-reportd' (did you mean 'kpi/not-reported'?)"
    ),
    (
      "only-rules:\n  - graph/cycle\n  - roadmap/everything",
      "3:5: unknown rule id 'roadmap/everything' ('egovarch rules' lists the rules)"
    ),
    ("only-rules: []", "1:13: 'only-rules' is empty, so no rule would run (remove it to run every rule)"),
    (
      "severity:\n  roadmap/overdue: fatal",
      "2:20: the severity of 'roadmap/overdue' must be error, warning or note, not 'fatal'"
    ),
    (
      "severity:\n  roadmap/overdue:\nfail-on: error",
      "2:19: the severity of 'roadmap/overdue' must be error, warning or note, not an empty value"
    ),
    (
      "severity:\n  roadmap/overdue: [error]",
      "2:20: the severity of 'roadmap/overdue' must be error, warning or note, not a list"
    ),
    (
      "severity:\n  roadmap/overdeu: error",
      "2:3: unknown rule id 'roadmap/overdeu' (did you mean 'roadmap/overdue'?)"
    ),
    ("severity: [roadmap/overdue]", "1:11: 'severity' must be a mapping from rule ids to error, warning or note"),
    ("severity:\n  [graph/cycle]: note", "2:3: 'severity' must be a mapping from rule ids to error, warning or note"),
    ("fail-on: warn", "1:10: 'fail-on' must be error, warning, note or never, not 'warn'"),
    ("fail-on: Error", "1:10: 'fail-on' must be error, warning, note or never, not 'Error'"),
    ("fail-on: [error]", "1:10: 'fail-on' must be error, warning, note or never, not a list"),
    (
      "framework: [\"2.0\"]",
      "1:12: 'framework' must be a built-in framework (1.0, 2.0 or 3.0) or the path of a framework file, not a list"
    ),
    (
      "framework: ''",
      "1:12: 'framework' must be a built-in framework (1.0, 2.0 or 3.0) or the path of a framework file, not ''"
    ),
    (
      "framework: 4.0",
      "1:12: unknown framework '4.0' (the built-in frameworks are 1.0, 2.0 and 3.0; a framework file is named by its path)"
    ),
    ("exclude: archive/**", "1:10: 'exclude' must be a list of path patterns"),
    ("exclude:\n  - archive: true", "2:5: 'exclude' must be a list of path patterns"),
    (
      "exclude:\n  - drafts/*.xml\n  - /srv/models/archive",
      "3:5: exclude pattern '/srv/models/archive' is absolute; write it relative to the configuration file's directory"
    ),
    ("exclude: ['drafts/*/../x.xml']", "1:11: exclude pattern 'drafts/*/../x.xml' has '..' after a wildcard"),
    ("exclude: ['']", "1:11: an exclude pattern cannot be empty"),
    ("fail-on: error\nfail-on: never", "1:1: duplicate key 'fail-on'"),
    ("fail-on: error\n\"fail-on\": never", "1:1: duplicate key 'fail-on'"),
    ("severity: {graph/cycle: note, graph/cycle: error}", "1:12: duplicate key 'graph/cycle'"),
    ("- fail-on: error", "1:1: a configuration file must be a mapping of keys to values, not a list"),
    ("warning", "1:1: a configuration file must be a mapping of keys to values, not a single text value"),
    (
      "fail-on: error\n---\nfail-on: never",
      "2:1: a configuration file holds a single YAML document, and this one starts a second"
    ),
    (
      "only-rules: [kpi/not-reported\nfail-on: error",
      "2:8: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at 1:13)"
    ),
    ("severity:\n\troadmap/overdue: error", "2:1: invalid YAML: found character that cannot start any token"),
    ("fail-on: 'error\n", "2:1: invalid YAML: found unexpected end of stream (while scanning a quoted scalar at 1:10)"),
    ("fail-on: error\n\u{1}", "2:1: invalid YAML: control characters are not allowed"),
    ("fail-on: error\r\n\r\nx: \u{7}", "3:4: invalid YAML: control characters are not allowed"),
  ])
  func refusal(_ yaml: String, _ expected: String) {
    #expect(refusal(yaml)?.description == ".egovarch.yml:" + expected)
  }

  @Test func errorsCarryTheirParts() {
    let error = refusal("fail-on: warning\nfail_on: error")
    #expect(
      error
        == ConfigurationError(
          file: ".egovarch.yml", line: 2, column: 1, message: "unknown key 'fail_on' (did you mean 'fail-on'?)"))
  }

  @Test func deepNestingIsRefusedWithoutExhaustingTheStack() {
    let error = refusal("only-rules: " + String(repeating: "[", count: 100_000))
    #expect(error?.message == "invalid YAML: lists and mappings are nested too deeply")
    #expect(error?.line == 1)
  }

  // MARK: - Anchors and aliases

  @Test(arguments: [
    ("&a fail-on: error", "1:1", "&a"),
    ("fail-on: &a error", "1:10", "&a"),
    ("disabled-rules:\n  - &a graph/cycle", "2:5", "&a"),
    ("disabled-rules: [&a graph/cycle]", "1:18", "&a"),
    ("disabled-rules: [graph/cycle,&a kpi/not-reported]", "1:30", "&a"),
    ("severity: {graph/cycle: &a note}", "1:25", "&a"),
    ("severity: {? &a graph/cycle : note}", "1:14", "&a"),
    ("fail-on: !!str &a error", "1:16", "&a"),
    ("exclude: [!!str &a x]", "1:17", "&a"),
    ("--- &a\nfail-on: error", "1:5", "&a"),
    ("\u{FEFF}&a fail-on: error", "1:2", "&a"),
    ("fail-on: error\r\nseverity: &s {}", "2:11", "&s"),
    ("fail-on: error\u{2028}severity: &s {}", "2:11", "&s"),
    ("fail-on: error # comment\nseverity:\n  &k graph/cycle: note", "3:3", "&k"),
    // A '#' inside a quoted key is no comment: the anchor after it still counts.
    ("severity: {\"graph #\": &a note}", "1:23", "&a"),
    ("severity: {\"graph\n # x\": &a note}", "2:8", "&a"),
  ])
  func anchorsAreRefused(_ yaml: String, _ position: String, _ anchor: String) {
    #expect(
      refusal(yaml)?.description
        == ".egovarch.yml:\(position): YAML anchors and aliases are not allowed in a configuration file ('\(anchor)')")
  }

  @Test(arguments: [
    ("exclude: [**/tmp]", "1:11", "**/tmp"),
    ("exclude:\n  - *.xml", "2:5", "*.xml"),
    ("framework: *fw", "1:12", "*fw"),
    ("disabled-rules: [graph/cycle, *x]", "1:31", "*x"),
  ])
  func aliasesAreRefusedWithAHint(_ yaml: String, _ position: String, _ token: String) {
    #expect(
      refusal(yaml)?.description
        == ".egovarch.yml:\(position): '\(token)' is read as a YAML alias, and aliases are not allowed (quote it: \"\(token)\")"
    )
  }

  @Test func ampersandsAndStarsInOrdinaryTextAreFine() throws {
    let yaml = """
      # R&D &drafts are not validated; see *notes*
      # old: &x [*y, **/tmp]
      fail-on: error # was: &w *warning
      exclude:
        - "**/tmp"
        - '*.bak'
        - 'Q&A/*.xml'
        - R&D/**
        - drafts/*.xml
      """
    let configuration = try parse(yaml)
    #expect(configuration.excludedPaths.map(\.pattern) == ["**/tmp", "*.bak", "Q&A/*.xml", "R&D/**", "drafts/*.xml"])
  }

  @Test func aliasBombIsRefusedBeforeParsing() {
    // Yams hashes mapping keys to find duplicates; with this key that is 10^9 node visits.
    var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
    }
    yaml += "? *a9\n: boom\n"
    let error = refusal(yaml)
    #expect(error?.line == 1)
    #expect(error?.column == 5)
    #expect(error?.message.hasPrefix("YAML anchors and aliases are not allowed") == true)
  }

  // MARK: - Files

  @Test func loadsAFileAndResolvesPathsAgainstItsDirectory() throws {
    try withTemporaryDirectory { directory in
      try write("framework: frameworks/so-tttt.xml\nexclude: [archive/]\n", to: directory + "/.egovarch.yml")
      let configuration = try Configuration.load(path: directory + "/.egovarch.yml")
      #expect(configuration.directory == directory)
      #expect(configuration.path == directory + "/.egovarch.yml")
      #expect(configuration.framework == directory + "/frameworks/so-tttt.xml")
      #expect(configuration.excludes(directory + "/archive/2019/x.xml", currentDirectory: "/"))

      let relative = try Configuration.load(path: "./.egovarch.yml", currentDirectory: directory)
      #expect(relative.directory == directory)
      #expect(relative.path == "./.egovarch.yml")
      #expect(relative.framework == directory + "/frameworks/so-tttt.xml")
    }
  }

  @Test func errorsInAFileNameItAsGiven() throws {
    try withTemporaryDirectory { directory in
      try write("fail-on: warning\nonly-rules: graph/cycle\n", to: directory + "/.egovarch.yml")
      #expect(
        loadRefusal(".egovarch.yml", currentDirectory: directory)?.description
          == ".egovarch.yml:2:13: 'only-rules' must be a list of rule ids")
    }
  }

  @Test func missingFileAndDirectoryAreRefused() throws {
    try withTemporaryDirectory { directory in
      #expect(loadRefusal(directory + "/none.yml")?.description == directory + "/none.yml: no such file")
      #expect(
        loadRefusal(directory)?.description == directory + ": this is a directory, not a configuration file")
    }
  }

  @Test func fifoIsRefusedWithoutBeingOpened() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/.egovarch.yml"
      #expect(mkfifo(path, 0o600) == 0)
      // A blocking open of a FIFO without a writer never returns: the loader must not open it.
      #expect(
        loadRefusal(path)?.description == path + ": not a regular file (a device, pipe or socket is never read)")
    }
  }

  @Test func deviceIsRefused() {
    #expect(
      loadRefusal("/dev/zero")?.description == "/dev/zero: not a regular file (a device, pipe or socket is never read)")
  }

  @Test func fileOverOneMebibyteIsRefused() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/.egovarch.yml"
      try write(String(repeating: "#", count: Configuration.sizeLimit + 1), to: path)
      #expect(
        loadRefusal(path)?.description
          == path + ": a configuration file cannot be larger than 1 MiB (this one has 1048577 bytes)")
    }
  }

  @Test func fileOfExactlyOneMebibyteIsRead() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/.egovarch.yml"
      let line = "# " + String(repeating: "x", count: 1021) + "\n"  // 1024 bytes
      try write(
        "fail-on: note\n" + String(repeating: line, count: 1023) + String(repeating: "#", count: 1010), to: path)
      #expect(try Configuration.load(path: path).failOn == .note)
      #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == Configuration.sizeLimit)
    }
  }

  @Test func invalidUTF8IsRefusedAtItsPlace() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/.egovarch.yml"
      let bytes = Array("fail-on: error\nframework: L\u{1EA1}ng".utf8) + [0xFF] + Array(".xml\n".utf8)
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      #expect(loadRefusal(path)?.description == path + ":2:16: the file is not UTF-8")
    }
  }

  // MARK: - Discovery

  @Test func discoversTheNearestFileUpwards() throws {
    try withTemporaryDirectory { root in
      try FileManager.default.createDirectory(atPath: root + "/a/b/c", withIntermediateDirectories: true)
      try write("fail-on: error\n", to: root + "/a/.egovarch.yml")
      #expect(try Configuration.discover(startingAt: root + "/a/b/c") == root + "/a/.egovarch.yml")
      #expect(try Configuration.discover(startingAt: root + "/a") == root + "/a/.egovarch.yml")
      #expect(try Configuration.discover(startingAt: "b/c", currentDirectory: root + "/a") == root + "/a/.egovarch.yml")
      #expect(try Configuration.discover(startingAt: root + "//a/./b/../b/c/") == root + "/a/.egovarch.yml")

      try write("fail-on: never\n", to: root + "/a/b/c/.egovarch.yml")
      #expect(try Configuration.discover(startingAt: root + "/a/b/c") == root + "/a/b/c/.egovarch.yml")
      #expect(try Configuration.discover(startingAt: root + "/a/b") == root + "/a/.egovarch.yml")
    }
  }

  @Test func discoversNothingWhenNoFileExists() throws {
    try withTemporaryDirectory { root in
      try FileManager.default.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
      #expect(try Configuration.discover(startingAt: root + "/a/b") == Self.configurationAbove(root))
    }
  }

  @Test func passesOverADirectoryOrPipeNamedLikeTheFile() throws {
    try withTemporaryDirectory { root in
      try FileManager.default.createDirectory(atPath: root + "/a/b/.egovarch.yml", withIntermediateDirectories: true)
      #expect(mkfifo(root + "/a/.egovarch.yml", 0o600) == 0)
      #expect(try Configuration.discover(startingAt: root + "/a/b") == Self.configurationAbove(root))
      try write("fail-on: error\n", to: root + "/.egovarch.yml")
      #expect(try Configuration.discover(startingAt: root + "/a/b") == root + "/.egovarch.yml")
    }
  }

  @Test func aSymbolicLinkToAFileInTheRepositoryCounts() throws {
    try withTemporaryDirectory { root in
      try FileManager.default.createDirectory(atPath: root + "/a", withIntermediateDirectories: true)
      try FileManager.default.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
      try write("fail-on: error\n", to: root + "/shared.yml")
      try FileManager.default.createSymbolicLink(
        atPath: root + "/a/.egovarch.yml", withDestinationPath: "../shared.yml")
      #expect(try Configuration.discover(startingAt: root + "/a") == root + "/a/.egovarch.yml")
      #expect(try Configuration.load(path: root + "/a/.egovarch.yml").failOn == .error)
    }
  }

  @Test func aSymbolicLinkOutOfTheRepositoryIsRefused() throws {
    try withTemporaryDirectory { root in
      try FileManager.default.createDirectory(atPath: root + "/repo/a", withIntermediateDirectories: true)
      try FileManager.default.createDirectory(atPath: root + "/repo/.git", withIntermediateDirectories: true)
      try write("fail-on: error\n", to: root + "/credentials.yml")
      try FileManager.default.createSymbolicLink(
        atPath: root + "/repo/a/.egovarch.yml", withDestinationPath: "../../credentials.yml")
      let refusal = discoveryRefusal(startingAt: root + "/repo/a")
      #expect(
        refusal?.description
          == root + "/repo/a/.egovarch.yml: a symbolic link to a file outside '\(root)/repo', "
          + "which egovarch does not follow (name the file with --config, or use --no-config)")
      // Without a repository, the tree is the directory the file is found in.
      try FileManager.default.removeItem(atPath: root + "/repo/.git")
      try FileManager.default.createSymbolicLink(atPath: root + "/repo/a/inside.yml", withDestinationPath: "../x.yml")
      try write("fail-on: error\n", to: root + "/repo/x.yml")
      try FileManager.default.removeItem(atPath: root + "/repo/a/.egovarch.yml")
      try FileManager.default.createSymbolicLink(
        atPath: root + "/repo/a/.egovarch.yml", withDestinationPath: "../x.yml")
      #expect(discoveryRefusal(startingAt: root + "/repo/a") != nil)
      try FileManager.default.removeItem(atPath: root + "/repo/a/.egovarch.yml")
      try FileManager.default.createSymbolicLink(
        atPath: root + "/repo/a/.egovarch.yml", withDestinationPath: "sub/../own.yml")
      try FileManager.default.createDirectory(atPath: root + "/repo/a/sub", withIntermediateDirectories: true)
      try write("fail-on: note\n", to: root + "/repo/a/own.yml")
      #expect(try Configuration.discover(startingAt: root + "/repo/a") == root + "/repo/a/.egovarch.yml")
    }
  }

  @Test func aNamedFileThatIsNoConfigurationIsNeverQuoted() throws {
    try withTemporaryDirectory { directory in
      let secret = "hunter2-\(UUID().uuidString)"
      for (text, message) in [
        ("root:x:0:0:\(secret):/root:/bin/bash\ndaemon:x:1:1::/:/bin/sh\n", "a single text value"),
        ("user:*\(secret):19000:0:99999:7:::\n", "an unquoted '*' starts a YAML alias"),
        ("password: &a \(secret)\n", "YAML anchors and aliases are not allowed in a configuration file"),
        ("[\(secret), two]\n", "must be a mapping of keys to values, not a list"),
      ] {
        let path = directory + "/credentials"
        try write(text, to: path)
        let refusal = try #require(loadRefusal(path))
        #expect(refusal.message.contains(message), "\(refusal)")
        #expect(!refusal.description.contains(secret), "\(refusal)")
      }
    }
  }

  @Test func quotedValuesAreShortAndEscaped() throws {
    let long = String(repeating: "đ", count: 39) + "\u{1B}]0;x" + String(repeating: "y", count: 500)
    let value = try #require(refusal("fail-on: \"\(long.replacingOccurrences(of: "\u{1B}", with: "\\e"))\"\n"))
    #expect(
      value.message
        == "'fail-on' must be error, warning, note or never, not '\(String(repeating: "đ", count: 39))\\u{1B}…'")
    let key = try #require(refusal("\(String(repeating: "k", count: 200)): 1\n"))
    #expect(key.message.hasPrefix("unknown key '\(String(repeating: "k", count: 40))…' (the keys are"))
  }

  // MARK: - Helpers

  private func discoveryRefusal(startingAt directory: String) -> ConfigurationError? {
    do {
      _ = try Configuration.discover(startingAt: directory)
      return nil
    } catch {
      return error
    }
  }

  private func parse(_ yaml: String, directory: String = "/repo") throws -> Configuration {
    try Configuration(yaml: yaml, path: ".egovarch.yml", directory: directory)
  }

  private func refusal(_ yaml: String) -> ConfigurationError? {
    do {
      _ = try Configuration(yaml: yaml, path: ".egovarch.yml", directory: "/repo")
      return nil
    } catch {
      return error
    }
  }

  private func loadRefusal(_ path: String, currentDirectory: String? = nil) -> ConfigurationError? {
    do {
      _ = try Configuration.load(path: path, currentDirectory: currentDirectory)
      return nil
    } catch {
      return error
    }
  }

  private func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// Runs `body` with a new empty directory (absolute, no symbolic link), removed afterwards.
  private func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
    var template = Array((FileManager.default.temporaryDirectory.path + "/egovarch-config.XXXXXX").utf8CString)
    let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    let path = try #require(created.map { String(cString: $0) })
    let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    defer { try? FileManager.default.removeItem(atPath: real) }
    try body(real)
  }

  /// The configuration file discovery may find above `root`, outside the test's tree: none on
  /// a clean machine.
  private static func configurationAbove(_ root: String) -> String? {
    var directory = URL(fileURLWithPath: root).deletingLastPathComponent()
    while true {
      let candidate = directory.appendingPathComponent(".egovarch.yml").path
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate
      }
      if directory.path == "/" { return nil }
      directory = directory.deletingLastPathComponent()
    }
  }
}
