/// Prints GitHub Actions workflow commands, which GitHub turns into annotations on the files:
/// `::error file=F,line=L,col=C,title=RULE::MESSAGE` per unsuppressed finding (`warning` for
/// warnings, `notice` for notes), then the summary line of the text format.
///
/// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50 per
/// job) and drops the rest silently, so the most severe come first (errors, warnings, then
/// notes, each in the report's order), at most `annotationsPerKind` of each kind; when some are
/// left out, one `::notice` says how many and where to see them all (the step summary of
/// `--format markdown`, code scanning's SARIF upload), and takes the last notice's place. A
/// message longer than `messageLimit` bytes once escaped is cut, with a marker saying how much
/// was left out.
///
/// Files are named relative to `ReporterSettings.baseDirectory` (the repository's root in a
/// workflow). Values are escaped as GitHub's runner expects: `%`, CR and LF in the message,
/// and also `:` and `,` in properties. Other control characters are written as `\u{1B}`, so
/// that a value from a model can neither start a command of its own nor colour the log.
public struct GitHubReporter: Reporter {
  /// The annotations of each kind (error, warning, notice) GitHub shows for one step.
  public static let annotationsPerKind = 10
  /// The most bytes (UTF-8) of an escaped message; GitHub keeps 64 KiB of an annotation's message.
  public static let messageLimit = 65_536

  /// The language of messages and the summary, and the base directory.
  public var settings: ReporterSettings

  /// Creates a GitHub Actions reporter.
  public init(settings: ReporterSettings) {
    self.settings = settings
  }

  public func render(_ report: ValidationReport) -> String {
    let findings = report.findings.filter { !$0.isSuppressed }
    let bySeverity = Dictionary(grouping: findings, by: \.severity)
    let overflows = Severity.allCases.contains { (bySeverity[$0]?.count ?? 0) > Self.annotationsPerKind }
    var output = ""
    var omitted: [Finding] = []
    for severity in Severity.allCases.reversed() {
      let all = bySeverity[severity] ?? []
      // With an overflow notice to come, the notes leave it the last notice's place.
      let cap = severity == .note && overflows ? Self.annotationsPerKind - 1 : Self.annotationsPerKind
      for finding in all.prefix(cap) { output += command(finding) }
      omitted += all.dropFirst(cap)
    }
    if !omitted.isEmpty {
      let counts = FindingSummary(files: 0, findings: omitted)
      let notice = Vocabulary.notAnnotated(
        omitted.count,
        counts: LocalizedText(
          en: counts.severityCounts(in: .english), vi: counts.severityCounts(in: .vietnamese)),
        perKind: Self.annotationsPerKind)
      output +=
        "::notice title=egovarch::"
        + Self.escapedMessage(notice.text(in: settings.language)) + "\n"
    }
    return output + report.summary.text(in: settings.language) + "\n"
  }

  /// The workflow command of `finding`.
  private func command(_ finding: Finding) -> String {
    let command =
      switch finding.severity {
      case .error: "error"
      case .warning: "warning"
      case .note: "notice"
      }
    let file = ReportedPath(finding.location.file, baseDirectory: settings.baseDirectory).name
    let position = finding.location.position
    return "::\(command) file=\(Self.escapedProperty(file)),line=\(max(1, position.line)),"
      + "col=\(max(1, position.column)),title=\(Self.escapedProperty(finding.ruleID))::"
      + Self.limitedMessage(finding.message.text(in: settings.language), language: settings.language) + "\n"
  }

  /// `text` escaped as a message, cut to at most `messageLimit` bytes with the marker of
  /// `Vocabulary.truncated(_:)` (in `language`) when it is longer.
  public static func limitedMessage(_ text: String, language: Language) -> String {
    let whole = escapedMessage(text)
    guard whole.utf8.count > messageLimit else { return whole }
    // Room for the marker, whose count has at most 20 digits; escapes are never split.
    let budget = messageLimit - escapedMessage(Vocabulary.truncated(Int.max).text(in: language)).utf8.count - 1
    var output = ""
    var used = 0
    var kept = 0
    for scalar in text.unicodeScalars {
      let piece = escaped(String(scalar), property: false)
      if used + piece.utf8.count > budget { break }
      output += piece
      used += piece.utf8.count
      kept += String(scalar).utf8.count
    }
    return output + " " + escapedMessage(Vocabulary.truncated(text.utf8.count - kept).text(in: language))
  }

  /// `text` as a command's message: `%` as `%25`, CR as `%0D`, LF as `%0A`.
  public static func escapedMessage(_ text: String) -> String {
    escaped(text, property: false)
  }

  /// `text` as a command's property value: as a message, and `:` as `%3A`, `,` as `%2C`.
  public static func escapedProperty(_ text: String) -> String {
    escaped(text, property: true)
  }

  private static func escaped(_ text: String, property: Bool) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": output += "%25"
      case "\r": output += "%0D"
      case "\n": output += "%0A"
      case ":" where property: output += "%3A"
      case "," where property: output += "%2C"
      case "\t": output += "\t"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output
  }
}
