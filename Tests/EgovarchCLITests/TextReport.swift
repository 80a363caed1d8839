/// The text output of `egovarch validate`, split into finding lines and the summary line.
struct TextReport {
  /// The findings, in the order printed.
  var findings: [TextFinding]
  /// The last line: `N errors, N warnings, N notes in N files`, or `nil` for no output.
  var summary: String?
  /// Lines before the summary that do not have the finding shape (there should be none).
  var unparsedLines: [String]

  /// Splits `output` into lines and parses them.
  init(_ output: String) {
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    summary = lines.popLast()
    findings = []
    unparsedLines = []
    for line in lines {
      if let finding = TextFinding(line: line) {
        findings.append(finding)
      } else {
        unparsedLines.append(line)
      }
    }
  }

  /// The rule ids of the findings, in order.
  var rules: [String] { findings.map(\.rule) }

  /// The findings of `rule`, in order.
  func findings(of rule: String) -> [TextFinding] { findings.filter { $0.rule == rule } }

  /// The findings whose rule is one of `rules`, in order.
  func findings(of rules: Set<String>) -> [TextFinding] { findings.filter { rules.contains($0.rule) } }

  /// The rule ids of the `xml/…` findings (the document's own defects), in order.
  var xmlRules: [String] { rules.filter { $0.hasPrefix("xml/") } }
}
