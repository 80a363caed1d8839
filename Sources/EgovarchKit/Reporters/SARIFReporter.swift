/// Prints the report as a SARIF 2.1.0 log, for code-scanning services (GitHub, GitLab, SonarQube).
///
/// One run: `tool.driver` lists every rule of the registry, sorted by id; each finding is one
/// result, a suppressed one with an `inSource` suppression whose justification is the reason.
/// Files below `ReporterSettings.baseDirectory` are named by relative URIs against the base id
/// `%SRCROOT%`, others by absolute `file://` URIs. Columns count Unicode scalars
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

  /// The language of messages and rule descriptions, the tool's version and the base directory.
  public var settings: ReporterSettings

  /// Creates a SARIF reporter.
  public init(settings: ReporterSettings) {
    self.settings = settings
  }

  public func render(_ report: ValidationReport) -> String {
    let rules = RuleRegistry.descriptions.sorted { $0.id < $1.id }
    var ruleIndex: [String: Int] = [:]
    for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }
    var occurrences: [FindingFingerprint: Int] = [:]
    var results: [JSONValue] = []
    for finding in report.findings {
      let file = ReportedPath(finding.location.file, baseDirectory: settings.baseDirectory)
      let fingerprint = FindingFingerprint(of: finding, file: file.name)
      let occurrence = occurrences[fingerprint, default: 0] + 1
      occurrences[fingerprint] = occurrence
      results.append(
        result(finding, file: file, ruleIndex: ruleIndex[finding.ruleID], fingerprint: "\(fingerprint):\(occurrence)"))
    }
    let driver: JSONValue = .object([
      ("name", .string("egovarch")),
      ("version", .string(settings.toolVersion)),
      ("semanticVersion", .string(settings.toolVersion)),
      ("rules", .array(rules.map(rule))),
    ])
    let run: JSONValue = .object([
      ("tool", .object([("driver", driver)])),
      (
        "originalUriBaseIds",
        .object([
          (Self.sourceRootID, .object([("uri", .string(FileURI.directory(baseDirectory)))]))
        ])
      ),
      ("columnKind", .string("unicodeCodePoints")),
      ("results", .array(results)),
    ])
    let log: JSONValue = .object([
      ("$schema", .string(Self.schemaURI)),
      ("version", .string("2.1.0")),
      ("runs", .array([run])),
    ])
    return log.rendered() + "\n"
  }

  /// The base directory, absolute and normalised.
  private var baseDirectory: String {
    RelativePath.absolute(settings.baseDirectory, base: "/")
  }

  /// The `reportingDescriptor` of `rule`.
  private func rule(_ rule: RuleDescription) -> JSONValue {
    let language = settings.language
    var full = rule.summary.text(in: language).capitalizedFirst + ". "
    full += rule.rationale.text(in: language).capitalizedFirst + "."
    if let basis = rule.basis {
      full += (language == .english ? " Basis: " : " Căn cứ: ") + basis + "."
    }
    return .object([
      ("id", .string(rule.id)),
      ("shortDescription", .object([("text", .string(rule.summary.text(in: language)))])),
      ("fullDescription", .object([("text", .string(full))])),
      ("defaultConfiguration", .object([("level", .string(rule.defaultSeverity.rawValue))])),
    ])
  }

  /// The `result` of `finding` in `file`, with its rule's index in the driver's rules (when
  /// the registry has the rule) and its partial fingerprint.
  private func result(_ finding: Finding, file: ReportedPath, ruleIndex: Int?, fingerprint: String) -> JSONValue {
    var artifact: [(key: String, value: JSONValue)] = [("uri", .string(file.uri))]
    if file.relative != nil { artifact.append(("uriBaseId", .string(Self.sourceRootID))) }
    let region: JSONValue = .object([
      ("startLine", .integer(max(1, finding.location.position.line))),
      ("startColumn", .integer(max(1, finding.location.position.column))),
    ])
    var members: [(key: String, value: JSONValue)] = [("ruleId", .string(finding.ruleID))]
    if let ruleIndex { members.append(("ruleIndex", .integer(ruleIndex))) }
    members += [
      ("level", .string(finding.severity.rawValue)),
      ("message", .object([("text", .string(finding.message.text(in: settings.language)))])),
      (
        "locations",
        .array([
          .object([("physicalLocation", .object([("artifactLocation", .object(artifact)), ("region", region)]))])
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

extension String {
  /// The string with its first character in upper case.
  fileprivate var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
