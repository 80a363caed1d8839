import EgovarchKit
import EgovarchTestSupport
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Runs one input through everything a user can reach from a model or a configuration file,
/// and checks what the outputs promise; the fuzzer's body and its regression test's.
///
/// It is a library target of its own because the fuzz target is declared only with
/// `EGOVARCH_FUZZ=1`: the tests (`FuzzRegressionTests`) cannot depend on the fuzz target.
///
/// An input whose first byte is ``configurationMarker`` is an `.egovarch.yml` (the rest of
/// the bytes), one whose first byte is ``frameworkMarker`` a framework file (`--framework
/// FILE`) that ``example`` is then checked against; any other input is a model. A model goes
/// through the validator (loader, schema, rules), every `validate` format in both languages and
/// a baseline, and, when a model was built, the gap report in every format, both diagrams and
/// the HTML report.
public enum FuzzPipeline {
  /// The first byte that makes an input a configuration file rather than a model.
  public static let configurationMarker: UInt8 = 0x01
  /// The first byte that makes an input a framework file rather than a model.
  public static let frameworkMarker: UInt8 = 0x02
  /// The date statuses are judged at when a model gives none, so that runs repeat.
  static let today = CalendarDate(year: 2021, month: 6, day: 30)!
  /// The path findings are reported against.
  static let path = "/work/repository/models/fuzz.xml"
  /// The working directory the machine formats make paths relative to.
  static let baseDirectory = "/work/repository"
  /// The validator, with the fixed date.
  static let validator = ArchitectureValidator(options: ValidationOptions(today: today))
  /// Paths a configuration's `exclude` patterns are matched against.
  static let candidatePaths = [
    "models/fuzz.xml", "archive/2019/old.xml", "../shared/a.xml", "/work/repository/drafts/x.xml", ".", "",
  ]

  /// The model checked against a framework input: the complete small example of
  /// `docs/model-format.md` (Điện Biên, framework 1.0).
  static let example = FormatExample.text

  /// Runs `bytes` as the fuzzer does: a configuration or a framework after its marker byte,
  /// else a model.
  /// - Returns: what the input gave (see ``runModel(_:framework:)``, ``runConfiguration(_:)``
  ///   and ``runFramework(_:)``) and the broken promises of the outputs, empty when all is well.
  public static func run(_ bytes: [UInt8]) -> (outcome: [String], problems: [String]) {
    switch bytes.first {
    case configurationMarker: return runConfiguration(Array(bytes.dropFirst()))
    case frameworkMarker: return runFramework(Array(bytes.dropFirst()))
    default: return runModel(bytes)
    }
  }

  /// Loads `bytes` as a framework file and, when it loads, checks ``example`` against it.
  /// - Returns: `["framework-error"]` when it does not load, else `"framework"` and the rule ids
  ///   of the example's findings; and the problems with the outputs.
  public static func runFramework(_ bytes: [UInt8]) -> (outcome: [String], problems: [String]) {
    let framework: Framework
    do {
      framework = try FrameworkLoader.load(bytes: bytes, path: "framework.xml")
    } catch {
      let problems = error.problems.isEmpty ? ["framework: an error without problems"] : []
      return (["framework-error"], problems)
    }
    let result = runModel(Array(example.utf8), framework: framework)
    return (["framework"] + result.outcome, result.problems)
  }

  /// Validates `bytes` as a model (against `framework` instead of its own, when given) and
  /// renders everything that can be rendered from it.
  /// - Returns: the rule ids of the findings, in the order reported, and the problems with
  ///   the outputs.
  public static func runModel(_ bytes: [UInt8], framework: Framework? = nil) -> (outcome: [String], problems: [String])
  {
    let validator =
      framework.map { ArchitectureValidator(options: ValidationOptions(today: today, framework: $0)) }
      ?? Self.validator
    let validation = validator.validate(bytes: bytes, path: path)
    let report = ValidationReport(files: [validation])
    var problems: [String] = []
    let listed = report.findings.filter { !$0.isSuppressed }.count
    for language in Language.allCases {
      for format in OutputFormat.allCases {
        let settings = ReporterSettings(
          language: language, colored: false, toolVersion: "0.0.0-fuzz", baseDirectory: baseDirectory)
        let output = format.reporter(settings).render(report)
        let name = "\(format.rawValue) (\(language.rawValue))"
        if !output.hasSuffix("\n") { problems.append("\(name): no final line break") }
        switch format {
        case .text, .azure:
          problems += lineProblems(output, name: name, expectedLines: listed + 1)
        case .github:
          problems += lineProblems(output, name: name, expectedLines: githubLines(report) + 1)
        case .json, .sarif, .codeclimate:
          if !isJSON(output) { problems.append("\(name): not JSON") }
        case .junit, .checkstyle:
          if !isWellFormedXML(output) { problems.append("\(name): not well-formed XML") }
        case .markdown:
          if let scalar = output.unicodeScalars.first(where: { isControl($0) && $0 != "\n" }) {
            problems.append("\(name): control character U+\(String(scalar.value, radix: 16))")
          }
          if output.utf8.count > MarkdownReporter.sizeLimit { problems.append("\(name): over the size limit") }
        }
      }
    }
    _ = TextReporter(language: .english, colored: true).render(report)

    let baseline = Baseline(recording: report, baseDirectory: baseDirectory)
    if baseline.entries.count != listed { problems.append("baseline: \(baseline.entries.count) of \(listed)") }
    if !isJSON(baseline.serialized()) { problems.append("baseline: not JSON") }
    if baseline.filter(report, baseDirectory: baseDirectory).known != listed {
      problems.append("baseline: does not accept its own findings")
    }

    if let analysis = validation.analysis {
      let gaps = GapReport(validation: validation, analysis: analysis)
      for language in Language.allCases {
        for format in GapReportFormat.allCases {
          let output = format.render(gaps, language: language)
          let name = "gaps \(format.rawValue) (\(language.rawValue))"
          if format == .json {
            if !isJSON(output) { problems.append("\(name): not JSON") }
          } else if let scalar = output.unicodeScalars.first(where: { isControl($0) && $0 != "\n" }) {
            problems.append("\(name): control character U+\(String(scalar.value, radix: 16))")
          }
        }
        let findings = validation.findings
        let texts = [
          ("mermaid roadmap", MermaidGantt(analysis: analysis, findings: findings, language: language).render()),
          ("mermaid graph", MermaidFlowchart(analysis: analysis, findings: findings, language: language).render()),
          ("plantuml roadmap", PlantUMLGantt(analysis: analysis, findings: findings, language: language).render()),
          ("plantuml graph", PlantUMLComponents(analysis: analysis, findings: findings, language: language).render()),
          (
            "gaps markdown with its chart",
            GapReportFormat.markdown.render(gaps, language: language, analysis: analysis, findings: findings)
          ),
        ]
        for (name, text) in texts {
          if let scalar = text.unicodeScalars.first(where: { isControl($0) && $0 != "\n" }) {
            problems.append("\(name) (\(language.rawValue)): control character U+\(String(scalar.value, radix: 16))")
          }
        }
        let roadmap = RoadmapDiagram(analysis: analysis, findings: validation.findings, language: language)
        let graph = DependencyDiagram(analysis: analysis, language: language)
        for (name, dot) in [("roadmap", roadmap.render()), ("graph", graph.render())] {
          if let problem = dotProblem(dot) { problems.append("\(name) (\(language.rawValue)): \(problem)") }
        }
        let timeline = TimelineDiagram(analysis: analysis, findings: validation.findings, language: language)
        if !isWellFormedXML(timeline.render()) {
          problems.append("timeline (\(language.rawValue)): not well-formed XML")
        }
        let page = HTMLReport(validation: validation, gaps: gaps, roadmapSVG: nil, graphSVG: nil, language: language)
        if let problem = htmlProblem(page.render()) { problems.append("html (\(language.rawValue)): \(problem)") }
      }
    }
    return (validation.findings.map(\.ruleID), problems)
  }

  /// Reads `bytes` as an `.egovarch.yml` and matches its `exclude` patterns.
  /// - Returns: `["configuration"]` when it was accepted, `["configuration-error"]` when it
  ///   was refused (or is not UTF-8), and the problems (an error without a message or placed
  ///   outside the text).
  public static func runConfiguration(_ bytes: [UInt8]) -> (outcome: [String], problems: [String]) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return (["configuration-error"], []) }
    do {
      let configuration = try Configuration(yaml: text, path: ".egovarch.yml", directory: baseDirectory)
      for path in candidatePaths { _ = configuration.excludes(path, currentDirectory: baseDirectory) }
      return (["configuration"], [])
    } catch {
      // An error points into the text, or just past its end: libyaml puts the end of a text
      // without a final line break on the line after its last.
      let lines = lineCount(text)
      let problems =
        error.message.isEmpty || error.line < 0 || error.line > lines + 1 || error.column < 0
        ? ["configuration: error at \(error.line):\(error.column) of \(lines) lines: '\(error.message)'"] : []
      return (["configuration-error"], problems)
    }
  }

  /// The lines of `text`, counted as libyaml does: `\r\n` is one break; so are `\r`, `\n`,
  /// U+0085, U+2028 and U+2029.
  private static func lineCount(_ text: String) -> Int {
    var lines = 1
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      if ["\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) || (scalar == "\n" && previous != "\r") {
        lines += 1
      }
      previous = scalar
    }
    return lines
  }

  /// C0 and C1 control characters and DEL.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// The workflow commands `--format github` prints for `report`: at most
  /// `GitHubReporter.annotationsPerKind` of each severity (one note fewer when some are left
  /// out), then one notice about the rest.
  private static func githubLines(_ report: ValidationReport) -> Int {
    let counts = report.summary
    let limit = GitHubReporter.annotationsPerKind
    let overflows = [counts.errors, counts.warnings, counts.notes].contains { $0 > limit }
    let shown =
      min(counts.errors, limit) + min(counts.warnings, limit) + min(counts.notes, overflows ? limit - 1 : limit)
    return shown + (shown < counts.errors + counts.warnings + counts.notes ? 1 : 0)
  }

  /// The broken promises of a one-line-per-finding output: its line count, control characters.
  private static func lineProblems(_ output: String, name: String, expectedLines: Int) -> [String] {
    var problems: [String] = []
    let lines = output.utf8.filter { $0 == UInt8(ascii: "\n") }.count
    if lines != expectedLines { problems.append("\(name): \(lines) lines for \(expectedLines)") }
    if let scalar = output.unicodeScalars.first(where: { isControl($0) && $0 != "\n" && $0 != "\t" }) {
      problems.append("\(name): control character U+\(String(scalar.value, radix: 16))")
    }
    return problems
  }

  /// Whether `text` is one JSON value.
  private static func isJSON(_ text: String) -> Bool {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
  }

  /// Whether `text` is a well-formed XML document.
  private static func isWellFormedXML(_ text: String) -> Bool {
    let parser = XMLParser(data: Data(text.utf8))
    parser.shouldResolveExternalEntities = false
    return parser.parse()
  }

  /// What is wrong with a DOT document's lexical structure: an unterminated string, unbalanced braces.
  private static func dotProblem(_ dot: String) -> String? {
    var depth = 0
    var inString = false
    var escaped = false
    for scalar in dot.unicodeScalars {
      if inString {
        if escaped {
          escaped = false
        } else if scalar == "\\" {
          escaped = true
        } else if scalar == "\"" {
          inString = false
        } else if scalar == "\n" || scalar == "\r" {
          return "a line break inside a quoted string"
        }
      } else if scalar == "\"" {
        inString = true
      } else if scalar == "{" {
        depth += 1
      } else if scalar == "}" {
        depth -= 1
        if depth < 0 { return "a '}' closes nothing" }
      }
    }
    if inString { return "an unterminated string" }
    return depth == 0 ? nil : "\(depth) unclosed braces"
  }

  /// The tags an HTML report is made of; any other `<` comes from unescaped text.
  private static let htmlTags: Set<String> = [
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "section", "ul", "li",
    "code", "p", "table", "thead", "tbody", "tr", "th", "td", "em", "div", "input", "label",
  ]

  /// What is wrong with an HTML page: a `<` that starts no tag of the report's own.
  ///
  /// An inline `<svg>` … `</svg>` (the timeline egovarch draws) is skipped: the pipeline checks
  /// the timeline's SVG as XML on its own.
  private static func htmlProblem(_ html: String) -> String? {
    var rest = html[...]
    while let open = rest.firstIndex(of: "<") {
      rest = rest[rest.index(after: open)...]
      if rest.hasPrefix("svg "), let end = rest.firstRange(of: "</svg>") {
        rest = rest[end.upperBound...]
        continue
      }
      let name = rest.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "!" }
      if !htmlTags.contains(String(name)) { return "unexpected '<\(rest.prefix(20))'" }
    }
    return nil
  }
}
