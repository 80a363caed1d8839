import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch roadmap` and `egovarch graph`: DOT on standard output, rendering through Graphviz,
/// `-o` files, and the refusals.
@Suite(.serialized) struct DiagramCommandTests {
  /// Whether Graphviz's `dot` is on `PATH`.
  static let hasDot: Bool = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: String($0) + "/dot")
    }
  }()

  private func run(_ arguments: [String], in directory: URL = PackageRoot.url) async throws -> CommandResult {
    try await CommandRunner.egovarch(arguments, in: directory)
  }

  @Test(arguments: ["roadmap", "graph"])
  func printsDOT(command: String) async throws {
    let result = try await run([command, "models/dien-bien-1.0.xml", "--lang", "vi"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    #expect(result.standardOutput.hasPrefix("digraph "), "\(result)")
    #expect(result.standardOutput.contains("charset=\"UTF-8\";"), "\(result)")
    #expect(result.standardOutput.contains("Điện Biên"), "\(result)")
  }

  @Test func roadmapShowsTheLateDependencyInRed() async throws {
    let result = try await run(["roadmap", "models/dien-bien-1.0.xml", "--title", "Lộ trình \"A\""])
    #expect(result.exitStatus == 0, "\(result)")
    let edge = result.standardOutput.split(separator: "\n").first { $0.contains(#""task:1.8" -> "task:2.1""#) }
    #expect(edge?.contains(##"color="#c00000""##) == true, "\(result)")
    #expect(result.standardOutput.contains(#"label="Lộ trình \"A\"";"#), "\(result)")
    let bare = try await run(["roadmap", "models/dien-bien-1.0.xml", "--no-dependencies"])
    #expect(bare.exitStatus == 0, "\(bare)")
    #expect(!bare.standardOutput.contains(#""task:1.8" -> "task:2.1""#), "\(bare)")
  }

  @Test func graphFiltersLayers() async throws {
    let result = try await run(["graph", "models/dien-bien-1.0.xml", "--layer", "infrastructure", "--layer", "data"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput.contains(#""component:data-centre""#), "\(result)")
    #expect(!result.standardOutput.contains(#""component:lgsp""#), "\(result)")
    let bad = try await run(["graph", "models/dien-bien-1.0.xml", "--layer", "nowhere"])
    #expect(bad.exitStatus == 2, "\(bad)")
  }

  @Test(
    .enabled(if: hasDot, "graphviz's 'dot' is not installed (apt-get install graphviz); skipped"),
    arguments: ["roadmap", "graph"])
  func rendersSVG(command: String) async throws {
    let result = try await run([command, "models/lai-chau-2.0-draft.xml", "--format", "svg"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    #expect(result.standardOutput.contains("<svg"), "\(result)")
  }

  @Test(.enabled(if: hasDot, "graphviz's 'dot' is not installed (apt-get install graphviz); skipped"))
  func writesTheOutputFile() async throws {
    let folder = try TemporaryDirectory()
    let model = PackageRoot.modelsFolder.appendingPathComponent("long-an-2.0.xml").path
    let result = try await run(["graph", model, "--format", "png", "-o", "out/graph.png"], in: folder.url)
    // The folder does not exist: a clear failure, no partial file.
    #expect(result.exitStatus == 2, "\(result)")
    try folder.makeFolder("out")
    let written = try await run(["graph", model, "--format", "png", "-o", "out/graph.png"], in: folder.url)
    #expect(written.exitStatus == 0, "\(written)")
    #expect(written.standardOutput.isEmpty, "\(written)")
    let bytes = try Data(contentsOf: folder.url(of: "out/graph.png"))
    #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let dot = try await run(["roadmap", model, "-o", "out/roadmap.dot"], in: folder.url)
    #expect(dot.exitStatus == 0, "\(dot)")
    let text = String(decoding: try Data(contentsOf: folder.url(of: "out/roadmap.dot")), as: UTF8.self)
    #expect(text.hasPrefix("digraph \"roadmap\" {"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url(of: "out").path)
    #expect(leftovers.sorted() == ["graph.png", "roadmap.dot"])
  }

  @Test(arguments: ["roadmap", "graph"])
  func refusesToOverwriteTheModel(command: String) async throws {
    let folder = try TemporaryDirectory()
    let original = try Data(contentsOf: PackageRoot.modelsFolder.appendingPathComponent("dien-bien-1.0.xml"))
    try folder.write(original, to: "model.xml")
    let result = try await run([command, "model.xml", "-o", "./model.xml"], in: folder.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("model file"), "\(result)")
    #expect(try Data(contentsOf: folder.url(of: "model.xml")) == original)
  }

  /// Graphviz prints layout warnings ("triangulation failed") for this model but draws it:
  /// the diagrams and the report are written, the warnings passed on as notes.
  @Test(arguments: [["graph", "--format", "svg"], ["roadmap", "--format", "svg"], ["report"]])
  func graphvizWarningsDoNotFailTheRun(command: [String]) async throws {
    let folder = try TemporaryDirectory()
    try folder.write(ModelSource.complete, to: "model.xml")
    let output = command[0] == "report" ? "out.html" : "out.svg"
    let result = try await CommandRunner.egovarch(
      [command[0], "model.xml", "-o", output] + command.dropFirst(), in: folder.url)
    #expect(result.exitStatus == 0, "\(result)")
    let written = try String(contentsOf: folder.url(of: output), encoding: .utf8)
    #expect(written.contains("<svg"), "\(result)")
    for line in result.standardError.split(separator: "\n") {
      #expect(line.hasPrefix("egovarch: note: "), "\(result)")
    }
  }

  @Test(arguments: ["roadmap", "graph"])
  func missingModelExitsWithTwo(command: String) async throws {
    let result = try await run([command, "models/no-such-model.xml"])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(!result.standardError.isEmpty, "\(result)")
  }

  @Test(arguments: ["roadmap", "graph"])
  func malformedModelPrintsItsFindingsAndExitsWithOne(command: String) async throws {
    let folder = try TemporaryDirectory()
    try folder.write("<architecture", to: "broken.xml")
    let result = try await run([command, "broken.xml"], in: folder.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(result.standardError.contains("[xml/malformed]"), "\(result)")
  }

  @Test func withoutGraphvizSVGFailsWithTheInstallLine() async throws {
    let folder = try TemporaryDirectory()
    let model = PackageRoot.modelsFolder.appendingPathComponent("dien-bien-1.0.xml").path
    let result = try await CommandRunner.egovarch(
      ["roadmap", model, "--format", "svg"], in: folder.url, environment: ["PATH": folder.url.path])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("apt-get install graphviz"), "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
  }
}
