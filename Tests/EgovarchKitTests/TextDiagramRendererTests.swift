import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// The Mermaid and PlantUML diagrams drawn by the real renderers.
///
/// Every bundled model and every model of the hostile corpus, drawn by Mermaid's own
/// `mermaid.min.js` in headless Chromium (`scripts/render-mermaid.py`, from the PyPI package
/// diagram-renderer and Debian's chromium) and Debian's `plantuml`. Each test is skipped, saying so, when its renderer is absent
/// (`.ci/run` installs both).
@Suite(.serialized) struct TextDiagramRendererTests {
  /// The outcome of a process.
  struct Outcome {
    var status: Int32
    var output: String
    var errors: String
  }

  /// Runs `executable` with `arguments`, its output in files (no pipe to fill up).
  static func run(_ executable: String, _ arguments: [String]) throws -> Outcome {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("egovarch-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let (output, errors) = (folder.appendingPathComponent("out"), folder.appendingPathComponent("err"))
    try Data().write(to: output)
    try Data().write(to: errors)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = try FileHandle(forWritingTo: errors)
    try process.run()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, output: String(decoding: try Data(contentsOf: output), as: UTF8.self),
      errors: String(decoding: try Data(contentsOf: errors), as: UTF8.self))
  }

  /// `scripts/render-mermaid.py`.
  static let mermaidScript = PackageRoot.url.appendingPathComponent("scripts/render-mermaid.py").path

  /// Whether Mermaid can be rendered here: the script finds mermaid.min.js and Chromium.
  static let hasMermaid: Bool = {
    (try? run("python3", [mermaidScript, "--check"]).status) == 0
  }()

  /// Whether Debian's `plantuml` is on `PATH`.
  static let hasPlantUML: Bool = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/plantuml") }
  }()

  /// One diagram to render: its file name and text.
  struct Diagram {
    var name: String
    var text: String
  }

  /// The diagrams of every bundled model in both languages and of every model of the hostile
  /// corpus in English, `mermaid` or not (PlantUML).
  ///
  /// A bundled model's PlantUML roadmap is drawn in Vietnamese only: Debian's PlantUML takes
  /// seconds over a several-year gantt chart by weeks, and the English one differs only in
  /// its words.
  static func diagrams(mermaid: Bool) throws -> [Diagram] {
    var diagrams: [Diagram] = []
    func add(
      _ validation: FileValidation, _ analysis: Analysis, _ name: String, _ language: Language, roadmap: Bool = true
    ) {
      let findings = validation.findings
      let drawsRoadmap = roadmap
      let (roadmap, graph): (String, String)
      if mermaid {
        roadmap = MermaidGantt(analysis: analysis, findings: findings, language: language).render()
        graph = MermaidFlowchart(analysis: analysis, findings: findings, language: language).render()
      } else {
        roadmap = PlantUMLGantt(analysis: analysis, findings: findings, language: language).render()
        graph = PlantUMLComponents(analysis: analysis, findings: findings, language: language).render()
      }
      let stem = "\(name)-\(language.rawValue)"
      if drawsRoadmap { diagrams.append(Diagram(name: "roadmap-\(stem)", text: roadmap)) }
      diagrams.append(Diagram(name: "graph-\(stem)", text: graph))
    }
    let validator = ArchitectureValidator()
    for model in PackageRoot.models {
      let validation = try validator.validate(fileAt: model.path)
      let analysis = try #require(validation.analysis)
      for language in Language.allCases {
        add(
          validation, analysis, model.deletingPathExtension().lastPathComponent, language,
          roadmap: mermaid || language == .vietnamese)
      }
    }
    let root = PackageRoot.url.appendingPathComponent("Tests/Fixtures/hostile")
    for path in hostileModels(in: root) {
      let url = root.appendingPathComponent(path)
      guard let validation = try? validator.validate(fileAt: url.path), let analysis = validation.analysis else {
        continue
      }
      add(validation, analysis, "hostile-" + path.replacing(".xml", with: "").replacing("/", with: "-"), .english)
    }
    return diagrams
  }

  /// The XML files of the hostile corpus at `root` (in its folders too), at most 200 kB each,
  /// as paths relative to it.
  static func hostileModels(in root: URL) -> [String] {
    let paths = (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []
    return paths.filter { $0.hasSuffix(".xml") }.sorted().filter { path in
      let size = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)[.size]
      return ((size as? Int) ?? Int.max) <= 200_000
    }
  }

  /// Writes `diagrams` into a new folder with `suffix`; returns the folder and the paths.
  static func write(_ diagrams: [Diagram], suffix: String) throws -> (URL, [String]) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("egovarch-text-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let paths = try diagrams.map { diagram in
      let url = folder.appendingPathComponent(diagram.name + suffix)
      try Data(diagram.text.utf8).write(to: url)
      return url.path
    }
    return (folder, paths)
  }

  /// The text an SVG shows: its text nodes with their character references decoded, one a line.
  static func shownText(_ svg: String) -> String {
    let withoutStyles = svg.replacing(/<style[^>]*>[\s\S]*?<\/style>/, with: "")
    return withoutStyles.matches(of: /> *([^<>]+?) *</).map { decoded(String($0.1)) }.joined(separator: "\n")
  }

  /// `text` with XML's named references and numeric references decoded.
  static func decoded(_ text: String) -> String {
    text.replacing(/&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos|nbsp);/) { match in
      let name = String(match.1)
      switch name {
      case "lt": return "<"
      case "gt": return ">"
      case "amp": return "&"
      case "quot": return "\""
      case "apos": return "'"
      case "nbsp": return "\u{A0}"
      default:
        let value = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst())
        return value.flatMap(Unicode.Scalar.init).map { String($0) } ?? match.0.description
      }
    }
  }

  /// What the names of `diagram-syntax-in-names.xml` must show as, typed, in each drawing.
  static let typedNames: [String: [String]] = [
    "roadmap": [
      "Roadmap: Thử \"Nghiệm\" %%{init: {'theme':'dark'}}%% <script>alert(1)</script>",
      "Upgrade 2020-01-01 :crit, x, 2020-01-01, 1d", "Đào tạo ]; [t9] starts 2020-01-01 -- sep -- @enduml",
      "Upgrade title @startuml ' comment !include /etc/passwd",
    ],
    "graph": [
      "title @startuml ' comment", "[DC];", "<b>bold</b> & co", "%version() **b**", "<U+0022> `backtick` {curly}",
    ],
  ]

  /// The title of the graph of `diagram-syntax-in-names.xml`, as typed.
  static let graphTitle =
    "Components and dependencies: Thử \"Nghiệm\" %%{init: {'theme':'dark'}}%% <script>alert(1)</script>"

  @Test(
    .enabled(
      if: hasMermaid,
      "mermaid.min.js or chromium is missing (pip install diagram-renderer; apt-get install chromium); skipped"))
  func mermaidDrawsEveryModel() throws {
    let diagrams = try Self.diagrams(mermaid: true)
    #expect(diagrams.count >= 4 * PackageRoot.models.count + 2)
    let (folder, paths) = try Self.write(diagrams, suffix: ".mmd")
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try Self.run(
      "python3", [Self.mermaidScript, "--out", folder.appendingPathComponent("svg").path] + paths)
    #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
    for path in paths {
      #expect(outcome.output.contains("ok \(path)\n"), "\(path): \(outcome.output)")
    }
    for (kind, names) in Self.typedNames {
      let svg = folder.appendingPathComponent("svg/\(kind)-hostile-diagram-syntax-in-names-en.svg")
      let shown = Self.shownText(String(decoding: try Data(contentsOf: svg), as: UTF8.self))
      for name in names {
        #expect(shown.contains(name), "\(kind) does not show \(name): \(shown)")
      }
      // The flowchart's title keeps its spaces from breaking (Mermaid wraps at 200 px).
      if kind == "graph" { #expect(shown.contains(Self.graphTitle.replacing(" ", with: "\u{A0}")), "\(shown)") }
    }
  }

  @Test(.enabled(if: hasPlantUML, "plantuml is not installed (apt-get install plantuml); skipped"))
  func plantUMLDrawsEveryModel() throws {
    let diagrams = try Self.diagrams(mermaid: false)
    let (folder, paths) = try Self.write(diagrams, suffix: ".puml")
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("svg")
    let outcome = try Self.run("plantuml", ["-tsvg", "-charset", "UTF-8", "-o", output.path] + paths)
    #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
    for diagram in diagrams {
      let svg = String(
        decoding: try Data(contentsOf: output.appendingPathComponent(diagram.name + ".svg")), as: UTF8.self)
      #expect(svg.contains("<svg") && !svg.contains("Syntax Error?"), "\(diagram.name): \(Self.shownText(svg))")
    }
    for (kind, names) in Self.typedNames {
      let svg = output.appendingPathComponent("\(kind)-hostile-diagram-syntax-in-names-en.svg")
      let shown = Self.shownText(String(decoding: try Data(contentsOf: svg), as: UTF8.self))
      for name in names {
        #expect(shown.contains(name), "\(kind) does not show \(name): \(shown)")
      }
      if kind == "graph" { #expect(shown.contains(Self.graphTitle), "\(shown)") }
    }
  }
}
