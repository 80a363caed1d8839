/// Prints the report as a SARIF 2.1.0 log, for code-scanning services (GitHub, GitLab, SonarQube).
///
/// One run: `tool.driver` lists every rule of the registry, sorted by id, with its name, its
/// documentation (`help`), its tags and, when `ReporterSettings.helpURI` gives a base, its
/// `helpUri` (`SARIFReporter+Rules.swift`); `automationDetails.id` is
/// `ReporterSettings.category` followed by `/`. Each finding is one result, a suppressed one
/// with an `inSource` suppression whose justification is the reason; its region runs from the
/// start of the element to the end of its start tag. At most ``resultLimit`` results are
/// written (GitHub code scanning rejects a run with more): the most severe are kept, and a
/// tool notification says how many were left out (`SARIFReporter+ResultLimit.swift`).
///
/// Files below `ReporterSettings.baseDirectory` are named by relative URIs against the base id
/// `%SRCROOT%`, others by absolute `file://` URIs; a file that is a symbolic link (or lies in a
/// linked directory) is named by its target when the target lies below the base directory, so
/// that code scanning, which does not follow links, can show the result in the repository.
/// That is the one thing this reporter asks of the file system. Columns count Unicode scalars
/// (`columnKind` `unicodeCodePoints`). `partialFingerprints["egovarch/v2"]` is the finding's
/// `FindingFingerprint` and its occurrence among identical ones (`…:1`, `…:2`), so that a
/// finding keeps its identity when lines shift. Keys come out in a fixed order.
public struct SARIFReporter: Reporter {
  /// The `$schema` the log names.
  public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
  /// The base id of relative URIs; the log maps it to the base directory.
  public static let sourceRootID = "%SRCROOT%"
  /// The key of egovarch's fingerprint in `partialFingerprints`.
  public static let fingerprintKey = "egovarch/v2"
  /// The most results GitHub code scanning accepts in one run.
  public static let gitHubResultLimit = 25_000

  /// The language of messages and rule descriptions, the tool's version and the base directory.
  public var settings: ReporterSettings
  /// The most results written; those left out are counted in a tool notification.
  public var resultLimit = SARIFReporter.gitHubResultLimit

  /// Creates a SARIF reporter.
  public init(settings: ReporterSettings) {
    self.settings = settings
  }

  public func render(_ report: ValidationReport) -> String {
    let rules = RuleRegistry.descriptions.sorted { $0.id < $1.id }
    var ruleIndex: [String: Int] = [:]
    for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }
    let findings = report.findings
    let kept = Self.keptIndices(of: findings, limit: resultLimit)
    var occurrences: [FindingFingerprint: Int] = [:]
    var results: [JSONValue] = []
    var artifacts = SARIFArtifactPaths(baseDirectory: settings.baseDirectory)
    var nextKept = kept.startIndex
    for (index, finding) in findings.enumerated() {
      let file = ReportedPath(finding.location.file, baseDirectory: settings.baseDirectory)
      // Counted over every finding, kept or not: a finding's fingerprint never depends on the cut.
      let fingerprint = FindingFingerprint(of: finding, file: file.name)
      let occurrence = occurrences[fingerprint, default: 0] + 1
      occurrences[fingerprint] = occurrence
      guard nextKept < kept.endIndex, kept[nextKept] == index else { continue }
      nextKept += 1
      results.append(
        result(
          finding, file: artifacts.path(of: finding.location.file), ruleIndex: ruleIndex[finding.ruleID],
          fingerprint: "\(fingerprint):\(occurrence)"))
    }
    let driver: JSONValue = .object([
      ("name", .string("egovarch")),
      ("version", .string(settings.toolVersion)),
      ("semanticVersion", .string(settings.toolVersion)),
      ("rules", .array(rules.map(rule))),
    ])
    var run: [(key: String, value: JSONValue)] = [("tool", .object([("driver", driver)]))]
    if kept.count < findings.count {
      run.append(("invocations", .array([invocation(reported: kept.count, of: findings.count)])))
    }
    if let category = settings.category {
      run.append(("automationDetails", .object([("id", .string(Self.automationID(category)))])))
    }
    run += [
      (
        "originalUriBaseIds",
        .object([
          (Self.sourceRootID, .object([("uri", .string(FileURI.directory(baseDirectory)))]))
        ])
      ),
      ("columnKind", .string("unicodeCodePoints")),
      ("results", .array(results)),
    ]
    let log: JSONValue = .object([
      ("$schema", .string(Self.schemaURI)),
      ("version", .string("2.1.0")),
      ("runs", .array([.object(run)])),
    ])
    return log.rendered() + "\n"
  }

  /// The `automationDetails.id` of the category `category`: the category followed by `/`, as
  /// SARIF writes an id that names a category and no particular run (`egovarch/provinces/`).
  public static func automationID(_ category: String) -> String {
    category.hasSuffix("/") ? category : category + "/"
  }

  /// The base directory, absolute and normalised.
  private var baseDirectory: String {
    RelativePath.absolute(settings.baseDirectory, base: "/")
  }

  /// The `result` of `finding` in `file`, with its rule's index in the driver's rules (when
  /// the registry has the rule) and its partial fingerprint.
  private func result(_ finding: Finding, file: ReportedPath, ruleIndex: Int?, fingerprint: String) -> JSONValue {
    var artifact: [(key: String, value: JSONValue)] = [("uri", .string(file.uri))]
    if file.relative != nil { artifact.append(("uriBaseId", .string(Self.sourceRootID))) }
    let position = finding.location.position
    let start = (line: max(1, position.line), column: max(1, position.column))
    var region: [(key: String, value: JSONValue)] = [
      ("startLine", .integer(start.line)),
      ("startColumn", .integer(start.column)),
    ]
    // The end of the start tag, exclusive; never before the start.
    if let end = position.end, (end.line, end.column) > start {
      region += [("endLine", .integer(end.line)), ("endColumn", .integer(end.column))]
    }
    var members: [(key: String, value: JSONValue)] = [("ruleId", .string(finding.ruleID))]
    if let ruleIndex { members.append(("ruleIndex", .integer(ruleIndex))) }
    members += [
      ("level", .string(finding.severity.rawValue)),
      ("message", .object([("text", .string(finding.message.text(in: settings.language)))])),
      (
        "locations",
        .array([
          .object([
            ("physicalLocation", .object([("artifactLocation", .object(artifact)), ("region", .object(region))]))
          ])
        ])
      ),
      ("partialFingerprints", .object([(Self.fingerprintKey, .string(fingerprint))])),
    ]
    members += Self.baselineStateMember(of: finding)
    if let reason = finding.suppressionReason {
      members.append(
        ("suppressions", .array([.object([("kind", .string("inSource")), ("justification", .string(reason))])])))
    }
    return .object(members)
  }
}
