import EgovarchXML

/// Validates model files: parse and schema check, build the model and its `Analysis`, run the rules,
/// apply the rule policy (disabled rules, severities) and the model's suppressions.
///
/// A model that breaks the schema gets its `xml/…` findings and those of the structural rules
/// only (`RuleRegistry.structuralRules`): the other rules would compute with the defaults put
/// in place of the values the schema rejected (a year of 23 digits, a target of NaN). Such a
/// model is not handed on either (`FileValidation.analysis` is `nil`), so that no report
/// or diagram shows those defaults.
///
/// One validator serves any number of files, on any number of threads: the schema is
/// compiled once and each file is parsed with its own libxml2 context.
public struct ArchitectureValidator: Sendable {
  /// The options every file is validated with.
  public var options: ValidationOptions

  /// Creates a validator.
  public init(options: ValidationOptions = ValidationOptions()) {
    self.options = options
  }

  /// Reads and validates the file at `path`.
  /// - Throws: `ModelFileError` when the file cannot be read at all.
  public func validate(fileAt path: String) throws(ModelFileError) -> FileValidation {
    let bytes = try ModelFileReader.read(path)
    return validate(bytes: bytes, path: path)
  }

  /// Validates the document `bytes`, reporting findings against `path`.
  public func validate(bytes: [UInt8], path: String) -> FileValidation {
    if let problem = DocumentSniffer.problem(in: bytes) {
      let finding = Finding(
        ruleID: MalformedXMLRule.description.id,
        severity: MalformedXMLRule.description.defaultSeverity, message: problem.message,
        location: SourceLocation(file: path, position: problem.position))
      return FileValidation(path: path, analysis: nil, findings: options.rulePolicy.apply(to: [finding]))
    }
    let builder = ArchitectureBuilder()
    let problems = XMLStreamParser.parse(bytes, schema: ArchitectureSchema.compiled, handler: builder)
    var findings = options.rulePolicy.apply(to: problems.map { Self.finding(for: $0, path: path) })
    let wellFormed = !problems.contains { $0.kind != .schema && $0.level == .error }
    let schemaValid = wellFormed && !problems.contains { $0.level == .error }
    var analysis: Analysis?
    if wellFormed, let architecture = builder.architecture {
      let analysed = analyse(architecture)
      findings += check(analysed, path: path, structuralOnly: !schemaValid)
      analysis = analysed
    }
    // Reports and diagrams get only a model that passed the schema: they would show the
    // defaults that stand for the values it rejected ("phase 3 (0–2025)").
    return FileValidation(path: path, analysis: schemaValid ? analysis : nil, findings: findings.sorted())
  }

  /// The analysis of `architecture` with the options' framework and date: its graph, schedule
  /// and assessed indicators, built once for the rules, the reports and the diagrams.
  public func analyse(_ architecture: Architecture) -> Analysis {
    Analysis(
      architecture: architecture, framework: options.framework(for: architecture),
      asOf: options.asOf(for: architecture))
  }

  /// Analyses `architecture`, then runs the rules over it and applies its suppressions (see
  /// `check(_:path:structuralOnly:)` with an analysis).
  public func check(_ architecture: Architecture, path: String, structuralOnly: Bool = false) -> [Finding] {
    check(analyse(architecture), path: path, structuralOnly: structuralOnly)
  }

  /// Runs the rules over `analysis` and applies its model's suppressions; with `structuralOnly`
  /// (a model that breaks the schema), only those of the options' rules that are structural.
  public func check(_ analysis: Analysis, path: String, structuralOnly: Bool = false) -> [Finding] {
    let architecture = analysis.architecture
    let context = RuleContext(analysis)
    var findings: [Finding] = []
    let policy = options.rulePolicy
    let structural = Set(RuleRegistry.structuralRules.map { $0.description.id })
    for rule in options.rules where policy.isEnabled(rule.description.id) {
      if structuralOnly && !structural.contains(rule.description.id) { continue }
      let description = rule.description
      for violation in rule.init().check(context) {
        findings.append(
          Finding(
            ruleID: description.id,
            severity: policy.severities[description.id] ?? violation.severity ?? description.defaultSeverity,
            message: violation.message,
            location: SourceLocation(file: path, position: violation.position),
            component: violation.component, related: violation.related, plan: violation.plan,
            key: violation.key))
      }
    }
    var suppressions = SuppressionIndex(architecture.suppressions)
    for index in findings.indices {
      if let suppression = suppressions.suppression(
        ruleID: findings[index].ruleID, componentID: findings[index].component)
      {
        findings[index].suppressionReason = suppression.reason
      }
    }
    return findings
  }

  private static func finding(for problem: XMLProblem, path: String) -> Finding {
    // libxml2 speaks English; the Vietnamese message says what kind of problem it is first.
    let description: RuleDescription
    let vietnamese: String
    switch problem.kind {
    case .malformed:
      description = MalformedXMLRule.description
      vietnamese = "tài liệu XML không hợp lệ: " + problem.message
    case .schema:
      description = SchemaViolationRule.description
      vietnamese = "sai lược đồ: " + problem.message
    case .doctype:
      description = DoctypeRule.description
      vietnamese =
        "không cho phép khai báo kiểu tài liệu (DOCTYPE) trong mô hình kiến trúc; thực thể và DTD không bao giờ được nạp"
    }
    let message = LocalizedText(en: problem.message, vi: vietnamese)
    // libxml2's message (the same in both languages) is all that tells two problems apart;
    // the lines it names ("line 12") are left out of the key, as is the position.
    return Finding(
      ruleID: description.id,
      severity: problem.level == .warning ? .warning : description.defaultSeverity,
      message: message,
      location: SourceLocation(
        file: path,
        position: SourcePosition(line: problem.position.line, column: problem.position.column)),
      key: FindingFingerprint.withoutLineNumbers(problem.message))
  }
}
