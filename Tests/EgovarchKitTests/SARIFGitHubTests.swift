import EgovarchKit
import Foundation
import Testing

/// The SARIF that GitHub code scanning reads: each rule's name, documentation, tags and help
/// URI; the category; results ending at the end of the start tag; at most 25,000 results, the
/// most severe, with a notification of the rest; links named by their target.
@Suite struct SARIFGitHubTests {
  /// The only run of `text`.
  private func run(_ text: String) throws -> [String: Any] {
    let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let runs = try #require(log["runs"] as? [[String: Any]])
    try #require(runs.count == 1)
    return runs[0]
  }

  private func rules(_ run: [String: Any]) throws -> [[String: Any]] {
    let tool = try #require(run["tool"] as? [String: Any])
    let driver = try #require(tool["driver"] as? [String: Any])
    return try #require(driver["rules"] as? [[String: Any]])
  }

  private func results(_ run: [String: Any]) throws -> [[String: Any]] {
    try #require(run["results"] as? [[String: Any]])
  }

  private func render(
    _ report: ValidationReport, _ language: Language = .english, helpURI: String? = nil, category: String? = nil,
    limit: Int? = nil
  ) throws -> String {
    var settings = ReporterFixtures.settings(language)
    if let helpURI { settings.helpURI = try #require(RuleHelpURI(base: helpURI)) }
    settings.category = category
    var reporter = SARIFReporter(settings: settings)
    if let limit { reporter.resultLimit = limit }
    return reporter.render(report)
  }

  @Test func everyRuleHasAPascalCaseNameFromItsID() throws {
    let rules = try rules(run(render(ReporterFixtures.empty)))
    let names = rules.compactMap { $0["name"] as? String }
    #expect(names.count == rules.count)
    #expect(Set(names).count == names.count)
    #expect(names.allSatisfy { $0.wholeMatch(of: /([A-Z][a-z0-9]*)+/) != nil })
    #expect(SARIFReporter.name(of: "framework/missing-link") == "FrameworkMissingLink")
    #expect(SARIFReporter.name(of: "xml/doctype") == "XmlDoctype")
    #expect(SARIFReporter.name(of: "security/tthc-level") == "SecurityTthcLevel")
  }

  @Test(arguments: [Language.english, .vietnamese])
  func helpIsTheRuleDocumentationOfTheRulesCommandAndDocs(_ language: Language) throws {
    let rules = try rules(run(render(ReporterFixtures.empty, language)))
    let catalogue = RuleCatalogFormatter(language: language)
    for rule in rules {
      let id = try #require(rule["id"] as? String)
      let description = try #require(RuleRegistry.description(of: id))
      let help = try #require(rule["help"] as? [String: String])
      #expect(help["text"] == catalogue.documentationText(description))
      #expect(help["markdown"] == catalogue.documentationMarkdown(description))
      // The same text `egovarch rules` prints and the same Markdown docs/rules.md has.
      #expect(catalogue.text([description]).hasPrefix(try #require(help["text"])))
      #expect(catalogue.markdown(RuleRegistry.descriptions).contains(try #require(help["markdown"])))
      #expect(help["text"]?.contains(description.details.text(in: language).prefix(60)) == true)
      #expect(help["markdown"]?.contains(description.rationale.english) == true)
      #expect(help["markdown"]?.contains(description.rationale.vietnamese) == true)
      if let basis = description.basis { #expect(help["markdown"]?.contains("Basis: \(basis).") == true) }
      #expect(rule["helpUri"] == nil)
    }
  }

  @Test func tagsAreTheAreaAndTheInstrumentsOfTheBasis() throws {
    let rules = try rules(run(render(ReporterFixtures.empty)))
    func tags(_ id: String) throws -> [String] {
      let rule = try #require(rules.first { $0["id"] as? String == id })
      let properties = try #require(rule["properties"] as? [String: Any])
      return try #require(properties["tags"] as? [String])
    }
    #expect(try tags("graph/cycle") == ["graph"])
    #expect(try tags("framework/missing-link") == ["framework"])
    #expect(try tags("roadmap/foundation-late") == ["roadmap", "1178/BTTTT-THH"])
    #expect(try tags("admin/district-level") == ["admin", "203/2025/QH15", "72/2025/QH15"])
    #expect(
      try tags("security/unmonitored") == [
        "security", "85/2016/NĐ-CP", "31/2017/TT-BTTTT", "116/2025/QH15", "331/2026/NĐ-CP",
      ])
    for rule in rules {
      let id = try #require(rule["id"] as? String)
      let all = try tags(id)
      #expect(all.first == String(id.prefix { $0 != "/" }))
      #expect(all.count <= 10 && Set(all).count == all.count)
    }
  }

  @Test func helpURIIsTheBaseWithTheRuleAnchorOrPath() throws {
    let page = "https://github.com/o/r/blob/main/docs/rules.md"
    for (base, expected) in [
      (page, page + "#frameworkmissing-link"),
      (page + "#", page + "#frameworkmissing-link"),
      ("https://example.org/rules/", "https://example.org/rules/framework/missing-link"),
    ] {
      let rules = try rules(run(render(ReporterFixtures.empty, helpURI: base)))
      let rule = try #require(rules.first { $0["id"] as? String == "framework/missing-link" })
      #expect(rule["helpUri"] as? String == expected, "\(base)")
      #expect(rules.allSatisfy { $0["helpUri"] is String })
    }
  }

  @Test func helpURIBaseMustBeAnAbsoluteURIWithoutFragment() {
    for base in [
      "docs/rules.md", "/docs/rules.md", "", ":x", "https://x/a b", "https://x/đ", "https://x/r.md#top", "1http://x",
    ] {
      #expect(RuleHelpURI(base: base) == nil, "\(base)")
      #expect(RuleHelpURI.problem(with: base) != nil, "\(base)")
    }
    for base in ["https://x/r.md", "https://x/r.md#", "https://x/rules/", "http://x/%C4%91?v=1", "file:///srv/docs/"] {
      #expect(RuleHelpURI(base: base) != nil, "\(base)")
    }
  }

  @Test func categoryIsTheAutomationIDWithATrailingSlash() throws {
    #expect(try run(render(ReporterFixtures.basic))["automationDetails"] == nil)
    for (category, id) in [("egovarch", "egovarch/"), ("provinces/north/", "provinces/north/")] {
      let details = try #require(try run(render(ReporterFixtures.basic, category: category))["automationDetails"])
      #expect(details as? [String: String] == ["id": id])
    }
  }

  /// A report of `count` findings in one file cycling through note, warning and error, every
  /// fifth suppressed.
  private func manyFindings(_ count: Int) -> ValidationReport {
    let severities: [Severity] = [.note, .warning, .error]
    let findings = (0..<count).map { index in
      ReporterFixtures.finding(
        "graph/cycle", severities[index % 3], "'c\(index)' loops", "'c\(index)' lặp", at: index + 1, 3,
        component: "c\(index)", suppressedBecause: index % 5 == 4 ? "known" : nil)
    }
    return ValidationReport(files: [FileValidation(path: "models/x.xml", architecture: nil, findings: findings)])
  }

  @Test func atMostTheLimitOfResultsKeepingTheMostSevereInDocumentOrder() throws {
    let report = manyFindings(30)
    let complete = try results(run(render(report)))
    #expect(complete.count == 30)
    #expect(try run(render(report))["invocations"] == nil)
    let cut = try run(render(report, limit: 12))
    let kept = try results(cut)
    #expect(kept.count == 12)
    // The 8 unsuppressed errors (2 of the 10 are suppressed), then the first 4 unsuppressed
    // warnings (the one on line 5 is suppressed), in document order.
    let lines = kept.map { result -> Int in
      let locations = result["locations"] as? [[String: Any]]
      let physical = locations?.first?["physicalLocation"] as? [String: Any]
      return (physical?["region"] as? [String: Int])?["startLine"] ?? 0
    }
    #expect(lines == lines.sorted())
    #expect(kept.map { $0["level"] as? String }.filter { $0 == "error" }.count == 8)
    #expect(kept.allSatisfy { $0["suppressions"] == nil })
    #expect(lines.filter { $0 % 3 == 2 } == [2, 8, 11, 14])
    // The fingerprints are those of the complete log.
    let completeFingerprints = complete.map { $0["partialFingerprints"] as? [String: String] }
    let keptFingerprints = kept.map { $0["partialFingerprints"] as? [String: String] }
    #expect(keptFingerprints == lines.map { completeFingerprints[$0 - 1] })
    let invocations = try #require(cut["invocations"] as? [[String: Any]])
    #expect(invocations.count == 1)
    #expect(invocations[0]["executionSuccessful"] as? Bool == true)
    let notifications = try #require(invocations[0]["toolExecutionNotifications"] as? [[String: Any]])
    #expect(notifications.count == 1)
    #expect(notifications[0]["level"] as? String == "warning")
    #expect(notifications[0]["descriptor"] as? [String: String] == ["id": SARIFReporter.resultsLeftOutID])
    let message = try #require((notifications[0]["message"] as? [String: String])?["text"])
    #expect(message.hasPrefix("12 of 30 results are in this log, the most severe first: the other 18 are left out"))
    let vietnamese = try run(render(report, .vietnamese, limit: 12))
    let notice =
      ((vietnamese["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"]
      as? [[String: Any]])?.first?["message"] as? [String: String]
    #expect(notice?["text"]?.hasPrefix("nhật ký này có 12 trong số 30 kết quả") == true)
  }

  @Test func theDefaultLimitIsGitHubs() {
    #expect(SARIFReporter(settings: ReporterFixtures.settings()).resultLimit == 25_000)
  }

  @Test func aLinkedFileIsNamedByItsTargetInsideTheBaseDirectory() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("egovarch-sarif-links-\(UUID())")
    defer { try? FileManager.default.removeItem(at: base) }
    let fileManager = FileManager.default
    try fileManager.createDirectory(at: base.appendingPathComponent("real/dir"), withIntermediateDirectories: true)
    let outside = base.appendingPathComponent("outside")
    let repository = base.appendingPathComponent("repo")
    try fileManager.createDirectory(at: outside, withIntermediateDirectories: true)
    try fileManager.createDirectory(at: repository.appendingPathComponent("models"), withIntermediateDirectories: true)
    try Data("<a/>".utf8).write(to: repository.appendingPathComponent("models/real.xml"))
    try Data("<a/>".utf8).write(to: outside.appendingPathComponent("far.xml"))
    try fileManager.createSymbolicLink(
      atPath: repository.appendingPathComponent("link.xml").path, withDestinationPath: "models/real.xml")
    try fileManager.createSymbolicLink(
      atPath: repository.appendingPathComponent("linked").path, withDestinationPath: "models")
    try fileManager.createSymbolicLink(
      atPath: repository.appendingPathComponent("away.xml").path,
      withDestinationPath: outside.appendingPathComponent("far.xml").path)
    let files = ["link.xml", "linked/real.xml", "away.xml", "models/real.xml", outside.path + "/../repo/link.xml"]
    let report = ValidationReport(
      files: files.map { file in
        FileValidation(
          path: file, architecture: nil,
          findings: [ReporterFixtures.finding("graph/cycle", .error, file, file, file: file, at: 1, 1)])
      })
    let settings = ReporterSettings(language: .english, toolVersion: "1", baseDirectory: repository.path)
    let results = try results(run(SARIFReporter(settings: settings).render(report)))
    let uris = results.map { result -> String in
      let locations = result["locations"] as? [[String: Any]]
      let physical = locations?.first?["physicalLocation"] as? [String: Any]
      return (physical?["artifactLocation"] as? [String: String])?["uri"] ?? ""
    }
    let messages = results.map { ($0["message"] as? [String: String])?["text"] ?? "" }
    let byFile = Dictionary(uniqueKeysWithValues: zip(messages, uris))
    #expect(byFile["link.xml"] == "models/real.xml")
    #expect(byFile["linked/real.xml"] == "models/real.xml")
    #expect(byFile["away.xml"] == "away.xml")
    #expect(byFile["models/real.xml"] == "models/real.xml")
    #expect(byFile[outside.path + "/../repo/link.xml"] == "models/real.xml")
  }
}
