/// Prints the report as a Markdown summary for a GitHub step summary (`$GITHUB_STEP_SUMMARY`)
/// or a merge-request comment: the counts by rule and by file, then each file's findings.
///
/// A heading with the text format's summary line; a table of unsuppressed findings per rule
/// (most errors first, then warnings, notes, then by id) and per file (in the order validated),
/// with a column per severity and the total; then, for each file with findings, a table of its
/// findings, the most severe first (then by position): the first `findingsShownPerFile` in the
/// open, the rest in a collapsed `<details>` block. Suppressed findings are only counted, in the
/// heading. All text from models and file names is escaped (`String.markdownEscaped`). The
/// summary stays under `sizeLimit` bytes (GitHub takes 1 MiB per step summary, GitLab 1,000,000
/// characters per comment): findings that would not fit are counted in a last line instead.
public struct MarkdownReporter: Reporter {
  /// The findings of a file shown before the rest are collapsed.
  public static let findingsShownPerFile = 10
  /// The most bytes (UTF-8) of the summary.
  public static let sizeLimit = 1_000_000
  /// The bytes kept for what closes the summary once findings stop being listed.
  static let closingReserve = 2_048

  /// The language of messages and headings, and the base directory.
  public var settings: ReporterSettings

  /// Creates a Markdown reporter.
  public init(settings: ReporterSettings) {
    self.settings = settings
  }

  /// Counts of unsuppressed findings by severity.
  private struct Counts {
    var errors = 0
    var warnings = 0
    var notes = 0
    var total: Int { errors + warnings + notes }

    mutating func add(_ severity: Severity) {
      switch severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .note: notes += 1
      }
    }

    /// The cells of a table row: the severities and the total.
    var cells: String { "\(errors) | \(warnings) | \(notes) | \(total)" }
  }

  public func render(_ report: ValidationReport) -> String {
    let language = settings.language
    var output = "## egovarch: \(report.summary.text(in: language))\n\n"
    let files = report.files.map { file in
      (
        name: ReportedPath(file.path, baseDirectory: settings.baseDirectory).name,
        findings: file.findings.filter { !$0.isSuppressed }.sorted { ($1.severity, $0) < ($0.severity, $1) }
      )
    }.filter { !$0.findings.isEmpty }
    guard !files.isEmpty else { return output + Vocabulary.noFindings.text(in: language) + "\n" }

    var byRule: [String: Counts] = [:]
    for file in files {
      for finding in file.findings { byRule[finding.ruleID, default: Counts()].add(finding.severity) }
    }
    let rules = byRule.sorted {
      ($1.value.errors, $1.value.warnings, $1.value.notes, $0.key) < (
        $0.value.errors, $0.value.warnings, $0.value.notes, $1.key
      )
    }
    output += countsHeader(Vocabulary.rule)
    for (rule, counts) in rules { output += "| \(rule.markdownEscaped) | \(counts.cells) |\n" }
    output += "\n" + countsHeader(Vocabulary.file)
    for file in files {
      var counts = Counts()
      for finding in file.findings { counts.add(finding.severity) }
      output += "| \(file.name.markdownEscaped) | \(counts.cells) |\n"
    }

    let budget = Self.sizeLimit - Self.closingReserve
    var size = output.utf8.count
    var unlisted = 0
    for file in files {
      guard unlisted == 0 else {
        unlisted += file.findings.count
        continue
      }
      var section = "\n### \(file.name.markdownEscaped)\n\n" + findingsHeader
      var listed = 0
      for (index, finding) in file.findings.enumerated() {
        var row = ""
        if index == Self.findingsShownPerFile {
          row += "\n<details><summary>"
          row += Vocabulary.moreFindings(file.findings.count - index).text(in: language)
          row += "</summary>\n\n" + findingsHeader
        }
        row += self.row(finding)
        guard size + section.utf8.count + row.utf8.count <= budget else { break }
        section += row
        listed += 1
      }
      if listed == 0 {
        unlisted += file.findings.count
        continue
      }
      if listed > Self.findingsShownPerFile { section += "\n</details>\n" }
      output += section
      size += section.utf8.count
      unlisted += file.findings.count - listed
    }
    if unlisted > 0 { output += "\n" + Vocabulary.notListed(unlisted).text(in: language).markdownEscaped + "\n" }
    return output
  }

  /// The header of a table of counts whose first column is `first`.
  private func countsHeader(_ first: LocalizedText) -> String {
    let columns =
      [first] + Severity.allCases.reversed().map { Vocabulary.capitalized($0.term) } + [Vocabulary.total]
    return "| " + columns.map { $0.text(in: settings.language) }.joined(separator: " | ") + " |\n"
      + "|:--|--:|--:|--:|--:|\n"
  }

  /// The header of a table of findings.
  private var findingsHeader: String {
    let columns = [
      Vocabulary.lineColumn, Vocabulary.capitalized(Vocabulary.severity), Vocabulary.rule, Vocabulary.message,
    ]
    return "| " + columns.map { $0.text(in: settings.language) }.joined(separator: " | ") + " |\n"
      + "|--:|:--|:--|:--|\n"
  }

  /// The table row of `finding`.
  private func row(_ finding: Finding) -> String {
    let position = finding.location.position
    return "| \(max(1, position.line)):\(max(1, position.column)) | \(finding.severity.label(in: settings.language)) | "
      + "\(finding.ruleID.markdownEscaped) | \(finding.message.text(in: settings.language).markdownEscaped) |\n"
  }
}
