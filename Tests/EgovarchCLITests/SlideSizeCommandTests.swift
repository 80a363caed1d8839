import EgovarchTestSupport
import Foundation
import Testing

/// `--size`, `--dpi` and `--phase` of `roadmap` and `graph`: the output fits the slide, its text
/// stays legible or a warning says so, and bad values exit with status 2.
@Suite(.serialized) struct SlideSizeCommandTests {
  private func run(_ arguments: [String], in directory: URL = PackageRoot.url) async throws -> CommandResult {
    try await CommandRunner.egovarch(arguments, in: directory)
  }

  /// The width and height of a PNG, from its header.
  private func pngSize(_ data: Data) -> (Int, Int)? {
    guard data.count > 24, data.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
    let bytes = [UInt8](data[16..<24])
    let width = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }
    let height = bytes[4..<8].reduce(0) { $0 << 8 | Int($1) }
    return (width, height)
  }

  @Test(
    .enabled(if: DiagramCommandTests.hasDot, "graphviz's 'dot' is not installed (apt-get install graphviz); skipped"),
    arguments: ["roadmap", "graph"])
  func aSixteenByNineSlideAt144DPIIs1920By1080(command: String) async throws {
    let folder = try TemporaryDirectory()
    let model = PackageRoot.modelsFolder.appendingPathComponent("long-an-2.0.xml").path
    let result = try await run(
      [command, model, "--size", "16:9", "--dpi", "144", "--format", "png", "-o", "out.png"], in: folder.url)
    #expect(result.exitStatus == 0, "\(result)")
    let size = try #require(pngSize(try Data(contentsOf: folder.url(of: "out.png"))))
    #expect(abs(size.0 - 1920) <= 2 && abs(size.1 - 1080) <= 2, "\(size)")
  }

  @Test(
    .enabled(if: DiagramCommandTests.hasDot, "graphviz's 'dot' is not installed (apt-get install graphviz); skipped"))
  func aPixelSizeIsThatManyPixelsAt96DPI() async throws {
    let folder = try TemporaryDirectory()
    let model = PackageRoot.modelsFolder.appendingPathComponent("dien-bien-1.0.xml").path
    let png = try await run(
      ["roadmap", model, "--size", "1280x720", "--format", "png", "-o", "out.png"], in: folder.url)
    #expect(png.exitStatus == 0, "\(png)")
    let size = try #require(pngSize(try Data(contentsOf: folder.url(of: "out.png"))))
    #expect(abs(size.0 - 1280) <= 2 && abs(size.1 - 720) <= 2, "\(size)")
    // In SVG, 1280 × 720 pixels are 960 × 540 points.
    let svg = try await run(["graph", model, "--size", "1280x720", "--format", "svg"], in: folder.url)
    #expect(svg.exitStatus == 0, "\(svg)")
    let header = try #require(svg.standardOutput.firstMatch(of: /<svg width="(\d+)pt" height="(\d+)pt"/), "\(svg)")
    #expect(abs(Int(header.1)! - 960) <= 2 && abs(Int(header.2)! - 540) <= 2, "\(header.0)")
  }

  @Test(
    .enabled(if: DiagramCommandTests.hasDot, "graphviz's 'dot' is not installed (apt-get install graphviz); skipped"),
    arguments: ["roadmap", "graph"])
  func aPDFIsTheSlideInPoints(command: String) async throws {
    let folder = try TemporaryDirectory()
    let model = PackageRoot.modelsFolder.appendingPathComponent("dien-bien-1.0.xml").path
    for (size, width, height) in [("16:9", 960, 540), ("a4", 842, 595)] {
      let result = try await run([command, model, "--size", size, "--format", "pdf", "-o", "out.pdf"], in: folder.url)
      #expect(result.exitStatus == 0, "\(result)")
      let pdf = String(decoding: try Data(contentsOf: folder.url(of: "out.pdf")), as: UTF8.self)
      let box = try #require(pdf.firstMatch(of: /MediaBox\s*\[\s*0 0 (\d+) (\d+)\s*\]/), "no MediaBox")
      #expect(abs(Int(box.1)! - width) <= 2 && abs(Int(box.2)! - height) <= 2, "\(size): \(box.0)")
    }
  }

  @Test(
    .enabled(if: DiagramCommandTests.hasDot, "graphviz's 'dot' is not installed (apt-get install graphviz); skipped"))
  func everyBundledRoadmapAndLayerIsLegibleOnASixteenByNineSlide() async throws {
    for model in PackageRoot.models {
      let roadmap = try await run(["roadmap", model.path, "--size", "16:9", "--format", "svg"])
      #expect(roadmap.exitStatus == 0, "\(roadmap)")
      #expect(roadmap.standardError.isEmpty, "\(model.lastPathComponent): \(roadmap.standardError)")
      for layer in ["applications", "infrastructure"] {
        let graph = try await run(["graph", model.path, "--layer", layer, "--size", "16:9", "--format", "svg"])
        #expect(graph.exitStatus == 0, "\(graph)")
        #expect(graph.standardError.isEmpty, "\(model.lastPathComponent) \(layer): \(graph.standardError)")
      }
    }
  }

  @Test(
    .enabled(if: DiagramCommandTests.hasDot, "graphviz's 'dot' is not installed (apt-get install graphviz); skipped"))
  func tooSmallTextIsAWarningAndTheDiagramIsStillWritten() async throws {
    let folder = try TemporaryDirectory()
    let model = PackageRoot.modelsFolder.appendingPathComponent("long-an-2.0.xml").path
    let result = try await run(
      ["graph", model, "--size", "640x360", "--format", "svg", "-o", "out.svg", "--lang", "vi"], in: folder.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.hasPrefix("egovarch: warning: khi vừa khổ 640x360"), "\(result)")
    #expect(result.standardError.contains("--layer LAYER"), "\(result)")
    let svg = try String(contentsOf: folder.url(of: "out.svg"), encoding: .utf8)
    #expect(svg.contains("<svg"))
    let roadmap = try await run(
      ["roadmap", model, "--size", "640x360", "--format", "svg", "-o", "out.svg"], in: folder.url)
    #expect(roadmap.exitStatus == 0, "\(roadmap)")
    #expect(roadmap.standardError.contains("below the 8 pt minimum"), "\(roadmap)")
    #expect(roadmap.standardError.contains("--phase N"), "\(roadmap)")
  }

  @Test func dotOutputCarriesTheSize() async throws {
    let result = try await run(["roadmap", "models/dien-bien-1.0.xml", "--size", "a4"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput.contains("size=\"11.693,8.268!\";"), "\(result)")
  }

  @Test(arguments: [
    (["--size", "16:10"], "'16:10' is not a slide size"), (["--size", "10x10"], "64 to 20000 pixels"),
    (["--size", ""], "is not a slide size"), (["--dpi", "0"], "--dpi must be"), (["--dpi", "601"], "--dpi must be"),
    (["--dpi", "many"], "many"),
  ])
  func badValuesExitWithTwo(arguments: [String], message: String) async throws {
    for command in ["roadmap", "graph"] {
      let result = try await run([command, "models/dien-bien-1.0.xml"] + arguments)
      #expect(result.exitStatus == 2, "\(result)")
      #expect(result.standardOutput.isEmpty, "\(result)")
      #expect(result.standardError.contains(message), "\(result)")
    }
  }

  @Test func phaseDrawsOnlyThosePhases() async throws {
    let result = try await run(["roadmap", "models/long-an-2.0.xml", "--phase", "2", "--phase", "3"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(!result.standardOutput.contains("\"task:1.1\""), "\(result)")
    #expect(result.standardOutput.contains("\"task:2.1\""), "\(result)")
    #expect(result.standardOutput.contains("\"task:3.1\""), "\(result)")
    // Phase 2's dependencies on phase 1 are counted at its foot.
    #expect(result.standardOutput.contains("not drawn: 14 dependencies on phase 1"), "\(result)")
    let unknown = try await run(["roadmap", "models/long-an-2.0.xml", "--phase", "7"])
    #expect(unknown.exitStatus == 2, "\(unknown)")
    #expect(unknown.standardError.contains("has no phase 7 (its phases: 1, 2, 3)"), "\(unknown)")
  }
}
