import EgovarchKit

/// Small constructed reports for the machine formats (SARIF, JUnit, GitHub), all against the
/// base directory `/work/egov`.
enum ReporterFixtures {
  /// The base directory of every fixture.
  static let baseDirectory = "/work/egov"

  /// Settings for `language`, with version 1.2.3 and `baseDirectory`.
  static func settings(_ language: Language = .english) -> ReporterSettings {
    ReporterSettings(language: language, toolVersion: "1.2.3", baseDirectory: baseDirectory)
  }

  /// A finding of `rule` at `line:column` of `file`.
  static func finding(
    _ rule: String, _ severity: Severity, _ english: String, _ vietnamese: String, file: String = "models/x.xml",
    at line: Int, _ column: Int, to end: (line: Int, column: Int)? = nil, component: String? = nil,
    related: [String] = [], suppressedBecause reason: String? = nil
  ) -> Finding {
    Finding(
      ruleID: rule, severity: severity, message: LocalizedText(en: english, vi: vietnamese),
      location: SourceLocation(file: file, position: SourcePosition(line: line, column: column, end: end)),
      component: component, related: related, suppressionReason: reason)
  }

  /// Two files: `models/x.xml` with two identical errors (lines 12 and 20, whose start tags
  /// end on the same line), a suppressed warning (whose start tag ends two lines further on)
  /// and a note at line 0, column 0 (clamped to 1:1); `models/clean.xml` without findings.
  static let basic = ValidationReport(files: [
    FileValidation(
      path: "models/x.xml", architecture: nil,
      findings: [
        finding("roadmap/foundation-late", .note, "'dc' comes late", "'dc' đến muộn", at: 0, 0, component: "dc"),
        finding(
          "model/duplicate-id", .warning, "'a' is declared twice", "'a' được khai báo hai lần", at: 3, 1,
          to: (5, 20), component: "a", suppressedBecause: "kept on purpose"),
        finding(
          "graph/cycle", .error, "'a' depends on itself", "'a' phụ thuộc chính nó", at: 12, 5, to: (12, 40),
          component: "a"),
        finding(
          "graph/cycle", .error, "'a' depends on itself", "'a' phụ thuộc chính nó", at: 20, 5, to: (20, 40),
          component: "a"),
      ]),
    FileValidation(path: "models/clean.xml", architecture: nil, findings: []),
  ])

  /// The awkward message of `escaping`: quotes, backslash, markup, `%`, commas, colons, tab,
  /// LF, CR, C0 and C1 controls, DEL, U+2028, U+FFFE, Vietnamese and a non-BMP character.
  static let awkwardMessage =
    "say \"hi\" \\ <b>&amp;</b> 50% a,b: c\td\ne\rf \u{1}\u{1B}[31m\u{7F}\u{85} \u{2028} \u{FFFE} Sở TT&TT 𝄞"

  /// Findings with `awkwardMessage`, awkward file names (spaces, `#`, `?`, `%`, `,`, `:`,
  /// Vietnamese), files outside the base directory (absolute, and relative with `..`), a
  /// path with `.` and `..` inside it, an absolute path inside the base directory, a rule the
  /// registry does not know and a suppression reason that needs escaping.
  static let escaping = ValidationReport(files: [
    FileValidation(
      path: "thư mục/a b#1?%,c.xml", architecture: nil,
      findings: [
        finding(
          "xml/malformed", .error, awkwardMessage, "tiếng Việt: " + awkwardMessage, file: "thư mục/a b#1?%,c.xml",
          at: 2, 3, component: "c\"d"),
        finding(
          "custom/rule", .warning, "unknown rule", "quy tắc lạ", file: "thư mục/a b#1?%,c.xml", at: 4, 1,
          suppressedBecause: "reason with \"quotes\", <tags> & a\nnew line"),
      ]),
    FileValidation(
      path: "/elsewhere/out side.xml", architecture: nil,
      findings: [
        finding("xml/schema", .error, "outside", "bên ngoài", file: "/elsewhere/out side.xml", at: 1, 1)
      ]),
    FileValidation(
      path: "../sibling/y.xml", architecture: nil,
      findings: [finding("xml/schema", .note, "sibling", "bên cạnh", file: "../sibling/y.xml", at: 5, 6)]),
    FileValidation(
      path: "models/./sub/../z:1.xml", architecture: nil,
      findings: [finding("xml/schema", .note, "dots", "dấu chấm", file: "models/./sub/../z:1.xml", at: 7, 8)]),
    FileValidation(
      path: "/work/egov/a:b.xml", architecture: nil,
      findings: [finding("xml/schema", .note, "absolute inside", "tuyệt đối", file: "/work/egov/a:b.xml", at: 9, 9)]),
  ])

  /// No file at all.
  static let empty = ValidationReport(files: [])
}
