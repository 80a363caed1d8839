import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// The roadmap and dependency diagrams: DOT escaping, determinism, the red late dependencies,
/// the gaps cluster, the layer ranks, golden files, and real Graphviz over every bundled model.
@Suite(.serialized) struct DiagramTests {
  /// Graphviz's `dot` on `PATH`, if installed.
  static let dot: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("dot") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  /// The validation, model and framework of the bundled model `name`.
  private func load(_ name: String) throws -> (FileValidation, Architecture, Framework?) {
    let url = PackageRoot.url.appendingPathComponent("models/\(name)")
    let validation = try ArchitectureValidator().validate(fileAt: url.path)
    let model = try #require(validation.architecture)
    return (validation, model, BuiltInFrameworks.framework(model.framework))
  }

  private func roadmap(_ name: String, language: Language = .english) throws -> String {
    let (validation, model, framework) = try load(name)
    return RoadmapDiagram(
      architecture: model, framework: framework, findings: validation.findings, language: language
    ).render()
  }

  private func graph(_ name: String, language: Language = .english, layers: Set<Layer> = []) throws -> String {
    let (validation, model, framework) = try load(name)
    return DependencyDiagram(
      architecture: model, framework: framework, findings: validation.findings, language: language, layers: layers
    ).render()
  }

  /// A model whose names hold every character DOT and Graphviz treat specially.
  private var hostileModel: Architecture {
    let here = SourcePosition.start
    return Architecture(
      id: "hostile", province: "Tỉnh \"Thử\" \\ <b>&amp;", framework: "2.0",
      components: [
        Component(
          id: "a\"b", kind: "lgsp", name: "Nền tảng \"LGSP\" C:\\tmp\nline two <b> & co", status: .existing,
          dependencies: [Dependency(reference: .component("c\\d"), type: .hosting, position: here)],
          position: here),
        Component(id: "c\\d", kind: "data-centre", name: "Trung tâm dữ liệu & <i>", position: here),
      ],
      roadmap: Roadmap(
        until: 2025,
        phases: [
          Phase(
            number: 1, start: 2020, title: "Giai đoạn \"đầu\"",
            tasks: [RoadmapTask(action: .build, component: "a\"b", status: .done, position: here)], position: here)
        ], position: here))
  }

  // MARK: - DOT escaping

  @Test func quotesEscapeQuotesBackslashesAndLineBreaks() {
    #expect(DOTWriter.quoted("a\"b") == #""a\"b""#)
    #expect(DOTWriter.quoted("C:\\tmp") == #""C:\\tmp""#)
    #expect(DOTWriter.quoted("one\ntwo\r\nthree\rfour") == #""one\ntwo\nthree\nfour""#)
    #expect(DOTWriter.quoted("<b>&amp;</b>") == #""<b>&amp;</b>""#)
    #expect(DOTWriter.quoted("Điện Biên – Giai đoạn") == "\"Điện Biên – Giai đoạn\"")
    #expect(DOTWriter.quotedLabel("a & b <c>") == #""a &amp; b <c>""#)
    #expect(DOTWriter.quoted("") == "\"\"")
  }

  @Test func everyIDAndLabelIsQuoted() throws {
    let text = RoadmapDiagram(architecture: hostileModel, framework: nil, findings: [], language: .vietnamese).render()
    #expect(text.contains(#"label="Lộ trình: Tỉnh \"Thử\" \\ <b>&amp;amp;";"#), "\(text)")
    // The name is wrapped between words: its quotes, backslash, `<b>` and `&` survive as typed.
    let task = try #require(Self.label(of: "task:1.1", in: text))
    #expect(task.replacing("\\n", with: " ") == #"Nền tảng \"LGSP\" C:\\tmp line two <b> &amp; co xây dựng"#, "\(task)")
    #expect(text.contains(#"label="Giai đoạn 1 (2020–2025)\nGiai đoạn \"đầu\""#), "\(text)")
    #expect(text.contains("charset=\"UTF-8\";"))
    let graphText = DependencyDiagram(architecture: hostileModel, framework: nil, language: .english).render()
    #expect(graphText.contains(#""component:a\"b" -> "component:c\\d""#), "\(graphText)")
    // No line of either document holds an unquoted `<`: labels are never HTML-like.
    for line in (text + graphText).split(separator: "\n") {
      #expect(!line.contains("=<"), "\(line)")
    }
  }

  /// The label of node `id` in `dot`, as written between its quotes (escapes kept).
  static func label(of id: String, in dot: String) -> String? {
    let start = DOTWriter.quoted(id) + " ["
    guard
      let line = dot.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(start) }),
      let range = line.range(of: "label=\"")
    else { return nil }
    var label = ""
    var escaped = false
    for character in line[range.upperBound...] {
      if escaped {
        label.append(character)
        escaped = false
      } else if character == "\\" {
        label.append(character)
        escaped = true
      } else if character == "\"" {
        return label
      } else {
        label.append(character)
      }
    }
    return nil
  }

  /// The line of node `id` in `dot`.
  static func nodeLine(_ id: String, in dot: String) -> String? {
    let start = DOTWriter.quoted(id) + " ["
    return dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix(start) }
  }

  // MARK: - Determinism

  @Test func outputIsDeterministic() throws {
    for model in PackageRoot.models.map(\.lastPathComponent) {
      #expect(try roadmap(model) == roadmap(model))
      #expect(try graph(model, language: .vietnamese) == graph(model, language: .vietnamese))
    }
  }

  // MARK: - The roadmap

  @Test func dienBienLGSPBeforeItsDataCentreIsARedEdgeAndANoteOnItsTask() throws {
    let (validation, _, _) = try load("dien-bien-1.0.xml")
    #expect(validation.findings.contains { $0.ruleID == "roadmap/dependency-later" })
    let text = try roadmap("dien-bien-1.0.xml")
    let red = text.split(separator: "\n").filter { $0.contains("color=\"#c00000\"") && $0.contains(" -> \"task:") }
    #expect(red.count == 1, "\(text)")
    let edge = try #require(red.first)
    // Written from the LGSP's task to the data centre's, the arrow turned back: the data centre
    // comes first. No edge has a label, so none opens a band of its own.
    #expect(edge.hasPrefix("  \"task:1.8\" -> \"task:2.1\""), "\(edge)")
    #expect(edge.contains("dir=\"back\""), "\(edge)")
    #expect(!text.split(separator: "\n").contains { $0.contains(" -> ") && $0.contains("label=") }, "\(text)")
    let task = try #require(Self.label(of: "task:1.8", in: text)).replacing("\\n", with: " ")
    #expect(
      task == "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) build "
        + "⚠ needs Trung tâm dữ liệu tỉnh Điện Biên, delivered only in phase 2", "\(task)")
    let line = try #require(Self.nodeLine("task:1.8", in: text))
    #expect(line.contains("color=\"#c00000\", penwidth=\"2.5\""), "\(line)")
    let vietnamese = try roadmap("dien-bien-1.0.xml", language: .vietnamese)
    #expect(vietnamese.contains(#"label="Giai đoạn 1 (2018–2019)\nỨng dụng nghiệp vụ"#), "\(vietnamese)")
    let vietnameseTask = try #require(Self.label(of: "task:1.8", in: vietnamese)).replacing("\\n", with: " ")
    #expect(vietnameseTask.hasSuffix("⚠ cần Trung tâm dữ liệu tỉnh Điện Biên, chỉ được triển khai ở giai đoạn 2"))
  }

  @Test func namesAreWrappedBetweenWordsNotCut() throws {
    let text = try roadmap("dien-bien-1.0.xml")
    let task = try #require(Self.label(of: "task:3.2", in: text))
    // "Đào tạo về kiến trúc Chính quyền điện tử cho cán bộ chuyên trách công nghệ thông tin": three
    // lines of whole words, the last ending with "…" because the name needs more.
    let lines = task.components(separatedBy: "\\n")
    #expect(lines.count == 4, "\(task)")
    #expect(lines[2].hasSuffix("…"), "\(task)")
    #expect(lines.dropLast().allSatisfy { $0.count <= 28 }, "\(task)")
    let words = Set(
      "Đào tạo về kiến trúc Chính quyền điện tử cho cán bộ chuyên trách công nghệ thông tin".split(separator: " "))
    for word in lines.prefix(3).joined(separator: " ").replacing("…", with: "").split(separator: " ") {
      #expect(words.contains(word), "\(word) is a cut word")
    }
  }

  @Test func noDependenciesLeavesOutTheEdges() throws {
    let (validation, model, framework) = try load("dien-bien-1.0.xml")
    let text = RoadmapDiagram(
      architecture: model, framework: framework, findings: validation.findings, language: .english,
      title: "Điện Biên \"2018\"", showsDependencies: false
    ).render()
    #expect(!text.contains("constraint=\"false\""))
    #expect(text.contains(#"label="Điện Biên \"2018\"";"#))
  }

  @Test func missingRequiredComponentsAreDashedNodesInTheGapsCluster() throws {
    let framework = try #require(BuiltInFrameworks.framework("2.0"))
    let text = RoadmapDiagram(architecture: hostileModel, framework: framework, findings: [], language: .english)
      .render()
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    let start = try #require(lines.firstIndex(of: #"subgraph "cluster_gaps" {"#))
    let end = try #require(lines[start...].firstIndex(of: "}"))
    let gapNodes = lines[start..<end].filter { $0.hasPrefix("\"gap:") }
    let present: Set<String> = ["lgsp", "data-centre"]
    let asOf = hostileModel.asOf ?? .today()
    let expected = framework.applied(on: asOf).components.map(\.kind).filter { !present.contains($0) }
    #expect(!expected.isEmpty)
    #expect(gapNodes.map { String($0.dropFirst(5).prefix { $0 != "\"" }) } == expected)
    #expect(gapNodes.allSatisfy { $0.contains("style=\"rounded,dashed\"") })
    #expect(!gapNodes.contains { $0.contains("\"gap:lgsp\"") })
  }

  // MARK: - The dependency graph

  @Test func layersAreRowsFromChannelsToInfrastructure() throws {
    let text = try graph("dien-bien-1.0.xml")
    // The rows are chained by their first labels with heavy invisible edges, top to bottom.
    let chain = text.split(separator: "\n").filter { $0.contains("\"layer:") && $0.contains("weight=\"100\"") }
    let pairs = chain.map { line in line.split(separator: "\"").map(String.init) }
    let rows = pairs.map { $0[1] } + (pairs.last.map { [$0[3]] } ?? [])
    // Every layer is named once, in the layers' order, with the national systems after the
    // integration layer; a layer may share the row of the one above it.
    let named = text.split(separator: "\n").compactMap { line -> String? in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard let range = trimmed.range(of: #"^"layer:[a-z]+" \[shape"#, options: .regularExpression) else { return nil }
      return String(trimmed[range].dropFirst(7).dropLast(8))
    }
    var expected = DependencyDiagram.layerOrder.map(\.rawValue).filter { named.contains($0) }
    expected.insert("national", at: try #require(expected.firstIndex(of: "integration")) + 1)
    #expect(named == expected, "\(named)")
    #expect(rows.first == "layer:users" && rows.last == "layer:infrastructure", "\(rows)")
    #expect(Set(rows).isSubset(of: Set(named.map { "layer:" + $0 })), "\(rows)")
    #expect(text.contains(#""component:data-centre""#))
    #expect(text.contains(#""component:lgsp" -> "national:ngsp" [style="bold""#))
    #expect(
      text.contains(##""component:lgsp" -> "component:data-centre" [style="solid", color="#7f6000", arrowhead="inv""##))
  }

  @Test func aLayerViewWrapsIntoRows() throws {
    // Long An's applications alone: several rows, not one strip.
    let text = try graph("long-an-2.0.xml", layers: [.applications])
    let rows = text.split(separator: "\n").filter { $0.contains("\"layer:applications") && $0.contains("[shape") }
    #expect(rows.count >= 2, "\(text)")
  }

  @Test func layerFilterKeepsOnlyThoseLayers() throws {
    let text = try graph("dien-bien-1.0.xml", layers: [.infrastructure])
    #expect(text.contains(#""component:data-centre""#))
    #expect(!text.contains(#""component:lgsp""#))
    #expect(!text.contains(#""layer:channels""#))
  }

  @Test func cyclesAreRed() throws {
    let here = SourcePosition.start
    let model = Architecture(
      id: "cycle", province: "Thử", framework: "2.0",
      components: [
        Component(
          id: "a", kind: "lgsp", name: "A",
          dependencies: [Dependency(reference: .component("b"), type: .integration, position: here)], position: here),
        Component(
          id: "b", kind: "eoffice", name: "B",
          dependencies: [Dependency(reference: .component("a"), type: .data, position: here)], position: here),
      ])
    let text = DependencyDiagram(
      architecture: model, framework: BuiltInFrameworks.framework("2.0"), language: .english
    ).render()
    for edge in [#""component:a" -> "component:b""#, #""component:b" -> "component:a""#] {
      let line = try #require(text.split(separator: "\n").first { $0.contains(edge) })
      #expect(line.contains("color=\"#c00000\""), "\(line)")
    }
  }

  // MARK: - Golden files

  @Test(arguments: ["roadmap", "graph"])
  func goldenFile(command: String) throws {
    let text = command == "roadmap" ? try roadmap("dien-bien-1.0.xml") : try graph("dien-bien-1.0.xml")
    let url = PackageRoot.url.appendingPathComponent("Tests/EgovarchKitTests/Fixtures/Golden/\(command)-dien-bien.dot")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try Data(text.utf8).write(to: url)
      Issue.record("recorded \(url.lastPathComponent); run again without RECORD_GOLDEN=1")
      return
    }
    let golden = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(text == golden, "\(command) differs from \(url.lastPathComponent); re-record with RECORD_GOLDEN=1")
  }

  // MARK: - Real Graphviz

  /// Runs `dot -T<format>` over `source`; returns its status, standard output and standard error.
  private func render(_ source: String, format: String = "svg") throws -> (Int32, String, String) {
    let dot = try #require(Self.dot)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("egovarch-dot-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in.dot")
    try Data(source.utf8).write(to: input)
    let outputURL = folder.appendingPathComponent("out")
    let errorURL = folder.appendingPathComponent("err")
    try Data().write(to: outputURL)
    try Data().write(to: errorURL)
    let process = Process()
    process.executableURL = dot
    process.arguments = ["-T" + format]
    process.standardInput = try FileHandle(forReadingFrom: input)
    process.standardOutput = try FileHandle(forWritingTo: outputURL)
    process.standardError = try FileHandle(forWritingTo: errorURL)
    try process.run()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
      String(decoding: try Data(contentsOf: errorURL), as: UTF8.self)
    )
  }

  /// The bundled models and the province fixtures.
  static var everyModel: [URL] {
    let fixtures = PackageRoot.url.appendingPathComponent("Tests/Fixtures/provinces")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
    return PackageRoot.models
      + names.filter { $0.hasSuffix(".xml") }.sorted().map { fixtures.appendingPathComponent($0) }
  }

  /// Every view of the model at `url` a command can draw: the roadmap and the graph in both
  /// languages, for a slide too, and the graph of each of its layers alone.
  private func views(of url: URL) throws -> [(String, String)] {
    let validation = try ArchitectureValidator().validate(fileAt: url.path)
    let analysis = try #require(validation.analysis)
    var views: [(String, String)] = []
    for language in Language.allCases {
      views.append(
        (
          "roadmap \(language)",
          RoadmapDiagram(analysis: analysis, findings: validation.findings, language: language).render()
        ))
      views.append(
        (
          "graph \(language)",
          DependencyDiagram(analysis: analysis, findings: validation.findings, language: language).render()
        ))
    }
    views.append(
      (
        "roadmap a4",
        RoadmapDiagram(analysis: analysis, findings: validation.findings, language: .english, slide: .a4).render()
      ))
    let graph = DependencyDiagram(
      analysis: analysis, findings: validation.findings, language: .english, slide: .standard)
    views.append(("graph 4:3", graph.render()))
    for size in graph.gridCandidates() { views.append(("graph of \(size) a row", graph.render(grid: size))) }
    let layers = Set(analysis.graph.components.map { analysis.framework?.layer(of: $0) ?? $0.layer ?? .applications })
    for layer in DependencyDiagram.layerOrder where layers.contains(layer) {
      views.append(
        (
          "graph --layer \(layer.rawValue)",
          DependencyDiagram(analysis: analysis, findings: validation.findings, language: .english, layers: [layer])
            .render()
        ))
    }
    return views
  }

  @Test(.enabled(if: dot != nil, "graphviz's 'dot' is not installed (apt-get install graphviz); skipped"))
  func graphvizRendersEveryViewOfEveryModelWithoutAWarning() throws {
    #expect(PackageRoot.models.count >= 5)
    #expect(Self.everyModel.count >= 10)
    for model in Self.everyModel {
      for (name, source) in try views(of: model) {
        let (status, svg, errors) = try render(source)
        let title = "\(name) of \(model.lastPathComponent)"
        #expect(status == 0, "\(title): dot exit \(status): \(errors)")
        #expect(errors.isEmpty, "\(title): dot printed: \(errors)")
        #expect(svg.contains("<svg"), "\(title)")
        // Graphviz 2.43 draws some edges between two nodes of one row twice; none is.
        for edge in svg.components(separatedBy: "class=\"edge\"").dropFirst() {
          let group = edge.components(separatedBy: "</g>")[0]
          #expect(group.components(separatedBy: "<path").count <= 2, "\(title): an edge drawn twice: \(group)")
        }
      }
    }
  }

  @Test(.enabled(if: dot != nil, "graphviz's 'dot' is not installed (apt-get install graphviz); skipped"))
  func eachLayerIsNamedLeftOfItsComponents() throws {
    for model in Self.everyModel {
      let validation = try ArchitectureValidator().validate(fileAt: model.path)
      let analysis = try #require(validation.analysis)
      let source = DependencyDiagram(analysis: analysis, findings: validation.findings, language: .english).render()
      let (status, plain, errors) = try render(source, format: "plain")
      #expect(status == 0, "\(errors)")
      var x: [String: Double] = [:]
      for line in plain.split(separator: "\n") where line.hasPrefix("node ") {
        let fields = line.split(separator: " ")
        x[fields[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))] = Double(fields[2])
      }
      // Each row's label is left of every node the row holds.
      for line in source.split(separator: "\n") {
        guard
          let match = line.wholeMatch(
            of: #/  "(layer:[^"]+)" -> "((?:component|national|missing|unresolved):[^"]+)" \[style="invis"\];/#)
        else { continue }
        let (label, node) = (String(match.1), String(match.2))
        #expect(
          (x[label] ?? .infinity) < (x[node] ?? -.infinity), "\(model.lastPathComponent): \(node) is left of \(label)")
      }
    }
  }

  @Test(.enabled(if: dot != nil, "graphviz's 'dot' is not installed (apt-get install graphviz); skipped"))
  func graphvizShowsHostileTextAsTyped() throws {
    for source in [
      RoadmapDiagram(architecture: hostileModel, framework: nil, findings: [], language: .vietnamese).render(),
      DependencyDiagram(architecture: hostileModel, framework: nil, language: .vietnamese).render(),
    ] {
      let (status, svg, errors) = try render(source)
      #expect(status == 0 && errors.isEmpty, "\(errors)")
      #expect(svg.contains("Nền tảng &quot;LGSP&quot; C:\\tmp"), "\(svg)")
      #expect(svg.contains("line two &lt;b&gt; &amp; co"), "\(svg)")
    }
  }
}
