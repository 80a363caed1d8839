import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch report`: the HTML file, its diagrams, and the refusals.
@Suite(.serialized) struct ReportCommandTests {
  @Test(
    .enabled(if: DiagramCommandTests.hasDot, "graphviz's 'dot' is not installed (apt-get install graphviz); skipped"))
  func writesTheReportWithBothDiagrams() async throws {
    let folder = try TemporaryDirectory()
    let model = PackageRoot.modelsFolder.appendingPathComponent("dien-bien-1.0.xml").path
    let result = try await CommandRunner.egovarch(
      ["report", model, "-o", "report.html", "--lang", "vi"], in: folder.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    let html = String(decoding: try Data(contentsOf: folder.url(of: "report.html")), as: UTF8.self)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
    // The timeline, the roadmap and the dependency graph.
    #expect(html.components(separatedBy: "<svg").count == 4)
    #expect(html.contains("<section id=\"timeline\">"))
    #expect(!html.contains("<?xml"))
    #expect(html.contains("Điện Biên"))
    for rule in ["roadmap/dependency-later", "framework/bypass-integration"] {
      #expect(html.contains("<td><code>\(rule)</code></td>"), "\(rule)")
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(leftovers == ["report.html"])
  }

  @Test func withoutGraphvizWritesTheReportWithANote() async throws {
    let folder = try TemporaryDirectory()
    let model = PackageRoot.modelsFolder.appendingPathComponent("dien-bien-1.0.xml").path
    let result = try await CommandRunner.egovarch(
      ["report", model, "-o", "report.html"], in: folder.url, environment: ["PATH": folder.url.path])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.contains("apt-get install graphviz"), "\(result)")
    let html = String(decoding: try Data(contentsOf: folder.url(of: "report.html")), as: UTF8.self)
    // Only the timeline, which egovarch draws itself.
    #expect(html.components(separatedBy: "<svg").count == 2)
    #expect(html.contains("<section id=\"timeline\">"))
    #expect(html.contains("apt-get install graphviz"))
  }

  @Test func refusesToOverwriteTheModel() async throws {
    let folder = try TemporaryDirectory()
    let original = try Data(contentsOf: PackageRoot.modelsFolder.appendingPathComponent("dien-bien-1.0.xml"))
    try folder.write(original, to: "model.xml")
    let result = try await CommandRunner.egovarch(["report", "model.xml", "-o", "./model.xml"], in: folder.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("model file"), "\(result)")
    #expect(try Data(contentsOf: folder.url(of: "model.xml")) == original)
  }

  @Test func needsTheOutputOption() async throws {
    let result = try await CommandRunner.egovarch(["report", "models/dien-bien-1.0.xml"], in: PackageRoot.url)
    #expect(result.exitStatus == 2, "\(result)")
  }

  @Test func malformedModelPrintsItsFindingsAndExitsWithOne() async throws {
    let folder = try TemporaryDirectory()
    try folder.write("<architecture", to: "broken.xml")
    let result = try await CommandRunner.egovarch(["report", "broken.xml", "-o", "report.html"], in: folder.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardError.contains("[xml/malformed]"), "\(result)")
    #expect(!FileManager.default.fileExists(atPath: folder.url(of: "report.html").path))
  }
}
