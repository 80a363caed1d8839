/// Findings a team has accepted as known debt (`--write-baseline`), so that a run with
/// `--baseline` reports and counts only new ones (`BaselineMode.filter`), or reports all of
/// them and marks which are new (`BaselineMode.mark`).
///
/// A finding is known when an entry has its fingerprint (`FindingFingerprint`: rule, file,
/// component, and the rule's key or the related ids; not its line, not its message), so the
/// baseline survives reordering, line shifts, a new as-of date and the other language; an edit
/// that changes what the finding is about makes it new. Identical findings are counted: when a
/// baseline holds two and the model now has three, one is new. Suppressed findings are not
/// recorded.
///
/// The file is JSON, entries sorted by file, rule, component and message (the message is for
/// the reviewer: only the fingerprint decides):
/// ```json
/// {
///   "version": 2,
///   "findings": [
///     {"fingerprint": "5f1c0e7a9b2d4c3e", "rule": "roadmap/overdue", "file": "models/lai-chau.xml",
///      "component": "eams", "message": "task 'eams-build' ..."}
///   ]
/// }
/// ```
/// A file of version 1 (whose fingerprints were made of the message,
/// `FindingFingerprint.legacy(of:file:)`) is still read and matched the old way; it is written
/// again as version 2.
public struct Baseline: Sendable, Hashable {
  /// The version of the file format written.
  public static let formatVersion = 2
  /// The versions of the file format read: 1 (fingerprints of the message) and 2.
  public static let readableVersions = 1...2
  /// The version of the file it was read from, which says how its fingerprints were made.
  public let version: Int
  /// The accepted findings, sorted.
  public private(set) var entries: [BaselineEntry]

  /// Creates a baseline of version `version` from `entries` (sorted in place: a large baseline
  /// is not copied).
  public init(entries: consuming [BaselineEntry], version: Int = Baseline.formatVersion) {
    entries.sort()
    self.entries = entries
    self.version = version
  }

  /// The baseline that accepts every unsuppressed finding of `report`; files are named
  /// relative to `baseDirectory`.
  public init(recording report: ValidationReport, baseDirectory: String) {
    self.init(
      entries: report.findings.filter { !$0.isSuppressed }.map { finding in
        let file = Self.file(of: finding, baseDirectory: baseDirectory)
        return BaselineEntry(
          fingerprint: FindingFingerprint(of: finding, file: file), rule: finding.ruleID, file: file,
          component: finding.component, message: finding.message.english)
      })
  }

  /// `report` without the findings this baseline accepts, and how many it left out.
  public func filter(_ report: ValidationReport, baseDirectory: String) -> (report: ValidationReport, known: Int) {
    apply(to: report, mode: .filter, baseDirectory: baseDirectory)
  }

  /// `report` with every unsuppressed finding marked `unchanged` when this baseline accepts it
  /// and `new` when not, and how many it knows.
  public func mark(_ report: ValidationReport, baseDirectory: String) -> (report: ValidationReport, known: Int) {
    apply(to: report, mode: .mark, baseDirectory: baseDirectory)
  }

  /// `report` with the findings this baseline accepts left out or marked, and how many.
  ///
  /// `filter` leaves them out; `mark` keeps them, marked `unchanged`, and marks the others
  /// `new`. Suppressed findings are left as they are and use up no entry.
  public func apply(
    to report: ValidationReport, mode: BaselineMode, baseDirectory: String
  ) -> (report: ValidationReport, known: Int) {
    var remaining: [FindingFingerprint: Int] = [:]
    remaining.reserveCapacity(entries.count)
    for entry in entries { remaining[entry.fingerprint, default: 0] += 1 }
    var known = 0
    var files = report.files
    for index in files.indices {
      var kept: [Finding] = []
      kept.reserveCapacity(files[index].findings.count)
      for var finding in files[index].findings {
        if finding.isSuppressed {
          kept.append(finding)
          continue
        }
        let fingerprint = self.fingerprint(of: finding, file: Self.file(of: finding, baseDirectory: baseDirectory))
        let isKnown = remaining[fingerprint].map { $0 > 0 } ?? false
        if isKnown {
          remaining[fingerprint]! -= 1
          known += 1
        }
        switch mode {
        case .filter:
          if !isKnown { kept.append(finding) }
        case .mark:
          finding.baselineState = isKnown ? .unchanged : .new
          kept.append(finding)
        }
      }
      files[index].findings = kept
    }
    return (ValidationReport(files: files, isMarkedAgainstBaseline: mode == .mark), known)
  }

  /// The fingerprint of `finding` (in `file`) as this baseline's version makes them.
  func fingerprint(of finding: Finding, file: String) -> FindingFingerprint {
    version == 1 ? FindingFingerprint.legacy(of: finding, file: file) : FindingFingerprint(of: finding, file: file)
  }

  /// The baseline file's text, of its version (`formatVersion` unless read from an older file).
  public func serialized() -> String {
    var json = JSONWriter()
    json.raw("{\n  \"version\": \(version),\n  \"findings\": [")
    for (index, entry) in entries.enumerated() {
      json.raw(index == 0 ? "\n    {" : ",\n    {")
      json.raw("\"fingerprint\": ")
      json.string(entry.fingerprint.value)
      json.raw(", \"rule\": ")
      json.string(entry.rule)
      json.raw(", \"file\": ")
      json.string(entry.file)
      json.raw(", \"component\": ")
      json.optionalString(entry.component)
      json.raw(", \"message\": ")
      json.string(entry.message)
      json.raw("}")
    }
    json.raw(entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    return json.output
  }

  /// The name a baseline gives the file of `finding`.
  static func file(of finding: Finding, baseDirectory: String) -> String {
    ReportedPath(finding.location.file, baseDirectory: baseDirectory).name
  }
}
