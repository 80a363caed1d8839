import EgovarchTestSupport
import Foundation
import Testing

/// The folders of EgovarchKit are layers, and a file uses only the types of its own layer and
/// of the layers below it. From the bottom:
///
/// 1. `Vocabulary`: the words every layer speaks (`Language`, `LocalizedText`, `Severity`);
/// 2. `JSON`: the JSON writer of every JSON output (reports, gap report, baseline);
/// 3. `Model`: the typed model of an architecture file;
/// 4. `Loading`: reading a file and building the model from libxml2's events;
/// 5. `Schemas`: the embedded XML schemas and built-in frameworks;
/// 6. `Frameworks`: the frameworks a model is checked against, built-in or loaded;
/// 7. `Graph`: the component graph and its cycles;
/// 8. `Analysis`: one analysed model (graph, schedule, indicator assessments, framework, date)
///    and the domain helpers that the rules, the gap report and the diagrams share;
/// 9. `Rules`: the rules, each reading the analysis through `RuleContext`;
/// 10. `Findings`: what the validation reports (`Finding`, its location, fingerprint, summary);
/// 11. `Validation`: the validator, which turns the rules' violations into findings;
/// 12. `Gaps`: the gap report;
/// 13. `Diagrams`: the roadmap and dependency diagrams;
/// 14. `Reporters`: the output formats, the HTML report (gaps and diagrams) and the rule catalogue;
/// 15. `Baseline`: recorded findings, serialised as reporters do;
/// 16. `Configuration`: `.egovarch.yml`, which names rules, frameworks and thresholds.
///
/// "Uses" means: the file's code (outside comments and string literals) names a type that a
/// folder declares at its top level. A type declared in an extension or inside another type
/// counts as its outer type's.
@Suite struct FolderLayeringTests {
  /// The folders from the bottom layer to the top.
  static let layers = [
    "Vocabulary", "JSON", "Model", "Loading", "Schemas", "Frameworks", "Graph", "Analysis", "Rules", "Findings",
    "Validation", "Gaps", "Diagrams", "Reporters", "Baseline", "Configuration",
  ]

  /// A source file: its folder (the first below `Sources/EgovarchKit`), its path and its text.
  struct SourceFile {
    var folder: String
    var path: String
    var text: String
  }

  /// Every Swift file of EgovarchKit, sorted by path.
  static func kitSources() throws -> [SourceFile] {
    let root = PackageRoot.url.appendingPathComponent("Sources/EgovarchKit")
    let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path)
    return try paths.filter { $0.hasSuffix(".swift") }.sorted().map { path in
      let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
      return SourceFile(folder: String(path.split(separator: "/").first!), path: path, text: text)
    }
  }

  /// The uses of a type of a higher layer in `files`, one line each: the file and line, the
  /// type, and the folder that declares it.
  static func violations(in files: [SourceFile], layers: [String]) -> [String] {
    let rank = Dictionary(uniqueKeysWithValues: layers.enumerated().map { ($1, $0) })
    var declaringRanks: [String: [Int]] = [:]
    var scanners: [SwiftSourceScanner] = []
    for file in files {
      let scanner = SwiftSourceScanner(source: file.text)
      scanners.append(scanner)
      for name in scanner.declaredTypes { declaringRanks[name, default: []].append(rank[file.folder] ?? Int.max) }
    }
    var found: [String] = []
    for (file, scanner) in zip(files, scanners) {
      let own = rank[file.folder] ?? Int.max
      var reported: Set<String> = []
      for token in scanner.capitalisedIdentifiers {
        // A type declared in this layer or below (also under the same name higher up) is fine.
        guard let ranks = declaringRanks[token.name], ranks.allSatisfy({ $0 > own }),
          reported.insert(token.name).inserted
        else { continue }
        let higher = ranks.min()!
        found.append("\(file.path):\(token.line) uses \(token.name), declared in \(layers[higher]) (a higher layer)")
      }
    }
    return found
  }

  @Test func everyFolderHasALayer() throws {
    let folders = Set(try Self.kitSources().map(\.folder))
    #expect(folders == Set(Self.layers), "folders without a layer: \(folders.subtracting(Self.layers).sorted())")
  }

  @Test func noFileUsesATypeOfAHigherLayer() throws {
    let violations = Self.violations(in: try Self.kitSources(), layers: Self.layers)
    #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
  }

  @Test func aUseOfAHigherLayerIsFound() {
    let files = [
      SourceFile(
        folder: "Model", path: "Model/Component.swift", text: "public struct Component {\n  var f: Finding\n}"),
      SourceFile(
        folder: "Findings", path: "Findings/Finding.swift",
        text: "/// Not `Component` in a comment.\npublic struct Finding { var s = \"\\(Component.self)\" }"),
    ]
    #expect(
      Self.violations(in: files, layers: ["Model", "Findings"])
        == ["Model/Component.swift:2 uses Finding, declared in Findings (a higher layer)"])
    #expect(
      Self.violations(in: files, layers: ["Findings", "Model"]) == [
        "Findings/Finding.swift:2 uses Component, declared in Model (a higher layer)"
      ])
  }

  @Test func theScannerSkipsCommentsAndStringsButReadsInterpolations() {
    let source = """
      // struct Hidden
      /* enum Hidden /* nested */ still */
      public final class Shown {
        let text = "Hidden \\(Visible.value) \\("Hidden")"
        let raw = #"Hidden \\(Hidden) \\#(Also.value)"#
        struct Inner {}
      }
      enum Other {}
      """
    let scanner = SwiftSourceScanner(source: source)
    #expect(scanner.declaredTypes == ["Shown", "Other"])
    #expect(scanner.capitalisedIdentifiers.map(\.name) == ["Shown", "Visible", "Also", "Inner", "Other"])
  }
}
