import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch timeline`: SVG on standard output, PNG and PDF through `rsvg-convert`, the install
/// line without it, `--phase`, the configuration's rules, and the note when the tasks do not fit
/// one slide.
@Suite struct TimelineCommandTests {
  /// Whether librsvg's `rsvg-convert` is on `PATH`.
  static let hasRSVG: Bool = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: String($0) + "/rsvg-convert")
    }
  }()

  /// The bundled model `name`'s path.
  private func model(_ name: String) -> String {
    PackageRoot.modelsFolder.appendingPathComponent(name).path
  }

  private func run(
    _ arguments: [String], in directory: URL = PackageRoot.url, environment: [String: String] = [:]
  ) async throws -> CommandResult {
    try await CommandRunner.egovarch(arguments, in: directory, environment: environment)
  }

  /// The width and height of the PNG `bytes` (its IHDR chunk), or `nil` when it is not a PNG.
  private func pngSize(_ bytes: Data) -> (width: Int, height: Int)? {
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    let data = [UInt8](bytes)
    guard data.count > 24, data.starts(with: signature), Array(data[12..<16]) == Array("IHDR".utf8) else {
      return nil
    }
    func integer(_ offset: Int) -> Int { data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (integer(16), integer(20))
  }

  @Test func printsSVG() async throws {
    let result = try await run(["timeline", "models/dien-bien-1.0.xml", "--lang", "vi"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    #expect(result.standardOutput.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), "\(result)")
    #expect(result.standardOutput.contains(#"viewBox="0 0 1920 1080""#), "\(result)")
    #expect(result.standardOutput.contains("<title>Tiến độ lộ trình: Điện Biên</title>"), "\(result)")
    #expect(result.standardOutput.contains("tính đến ngày 31/08/2019"), "\(result)")
    try await XMLLint.checkWellFormed(Data(result.standardOutput.utf8))
  }

  @Test func asOfJudgesTheTasksAtThatDate() async throws {
    let own = try await run(["timeline", "models/lang-son-2.0.xml"])
    let later = try await run(["timeline", "models/lang-son-2.0.xml", "--as-of", "2026-01-01"])
    #expect(own.exitStatus == 0 && later.exitStatus == 0, "\(own)\n\(later)")
    #expect(!own.standardOutput.contains("roadmap/overdue"), "\(own)")
    #expect(later.standardOutput.contains("roadmap/overdue"), "\(later)")
    #expect(later.standardOutput.contains("as of 1 January 2026"), "\(later)")
  }

  @Test func theConfigurationTurnsFindingsOff() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(try String(contentsOfFile: model("lai-chau-2.0-draft.xml"), encoding: .utf8), to: "model.xml")
    try directory.write("disabled-rules: [roadmap/overdue]\n", to: ".egovarch.yml")
    let configured = try await run(["timeline", "model.xml"], in: directory.url)
    let plain = try await run(["timeline", "model.xml", "--no-config"], in: directory.url)
    #expect(configured.exitStatus == 0 && plain.exitStatus == 0, "\(configured)\n\(plain)")
    #expect(plain.standardOutput.contains(">roadmap/overdue<"), "\(plain)")
    #expect(!configured.standardOutput.contains(">roadmap/overdue<"), "\(configured)")
    #expect(configured.standardOutput.contains(">roadmap/unknown-component<"), "\(configured)")
  }

  @Test(.enabled(if: hasRSVG, "librsvg's 'rsvg-convert' is not installed (apt-get install librsvg2-bin); skipped"))
  func writesPNGTheSizeOfTheSlide() async throws {
    let folder = try TemporaryDirectory()
    try folder.makeFolder("out")
    let result = try await run(
      ["timeline", model("lai-chau-2.0-draft.xml"), "--format", "png", "-o", "out/timeline.png", "--lang", "vi"],
      in: folder.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput.isEmpty && result.standardError.isEmpty, "\(result)")
    let bytes = try Data(contentsOf: folder.url(of: "out/timeline.png"))
    let size = try #require(pngSize(bytes), "not a PNG")
    #expect(size.width == 1920 && size.height == 1080)
    #expect(bytes.count > 50_000, "a drawing with text, not an empty page")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url(of: "out").path)
    #expect(leftovers == ["timeline.png"])
  }

  @Test(.enabled(if: hasRSVG, "librsvg's 'rsvg-convert' is not installed (apt-get install librsvg2-bin); skipped"))
  func writesPDF() async throws {
    let folder = try TemporaryDirectory()
    let result = try await run(
      ["timeline", model("long-an-2.0.xml"), "--format", "pdf", "-o", "timeline.pdf"], in: folder.url)
    #expect(result.exitStatus == 0, "\(result)")
    let bytes = try Data(contentsOf: folder.url(of: "timeline.pdf"))
    #expect(bytes.starts(with: Array("%PDF-".utf8)))
  }

  @Test(.enabled(if: hasRSVG, "librsvg's 'rsvg-convert' is not installed (apt-get install librsvg2-bin); skipped"))
  func sizeAndDPIGiveTheSlidesShapeAndPixels() async throws {
    let folder = try TemporaryDirectory()
    let lai = model("lai-chau-2.0-draft.xml")
    // Lai Châu's 24 tasks fit 16:9 and 4:3; a 1280 × 720 box in pixels is drawn at those
    // pixels (Sơn La's 12 tasks fit it; Lai Châu's would make it taller, with a note).
    for (name, arguments, width, height) in [
      ("lai-chau-2.0-draft.xml", ["--size", "4:3"], 1440, 1080),
      ("lai-chau-2.0-draft.xml", ["--size", "16:9", "--dpi", "96"], 1280, 720),
      ("son-la-2025-plan.xml", ["--size", "1280x720"], 1280, 720),
    ] {
      let result = try await run(
        ["timeline", model(name), "--format", "png", "-o", "t.png"] + arguments, in: folder.url)
      #expect(result.exitStatus == 0 && result.standardError.isEmpty, "\(arguments): \(result)")
      let size = try #require(pngSize(try Data(contentsOf: folder.url(of: "t.png"))), "not a PNG")
      #expect(size.width == width && size.height == height, "\(arguments): \(size)")
    }
    // A PDF page of the slide's size: A4 landscape is 842 × 595 points.
    let result = try await run(["timeline", lai, "--format", "pdf", "-o", "t.pdf", "--size", "a4"], in: folder.url)
    #expect(result.exitStatus == 0, "\(result)")
    let pdf = String(decoding: try Data(contentsOf: folder.url(of: "t.pdf")), as: UTF8.self)
    #expect(pdf.contains("/MediaBox [ 0 0 842 595"), "\(pdf.prefix(600))")
    let refused = try await run(["timeline", lai, "--size", "wide"], in: folder.url)
    #expect(refused.exitStatus == 2 && refused.standardError.contains("--size"), "\(refused)")
  }

  @Test func withoutRSVGPNGAndPDFFailWithTheInstallLine() async throws {
    let folder = try TemporaryDirectory()
    // No rsvg-convert on PATH: the install line, exit 2, nothing written.
    for format in ["png", "pdf"] {
      let result = try await run(
        ["timeline", model("dien-bien-1.0.xml"), "--format", format, "-o", "timeline.\(format)"], in: folder.url,
        environment: ["PATH": folder.url.path])
      #expect(result.exitStatus == 2, "\(result)")
      #expect(result.standardError.contains("apt-get install librsvg2-bin"), "\(result)")
      #expect(result.standardOutput.isEmpty, "\(result)")
      #expect(!FileManager.default.fileExists(atPath: folder.url(of: "timeline.\(format)").path))
    }
    // SVG needs nothing but egovarch.
    let svg = try await run(
      ["timeline", model("dien-bien-1.0.xml"), "-o", "timeline.svg"], in: folder.url,
      environment: ["PATH": folder.url.path])
    #expect(svg.exitStatus == 0, "\(svg)")
    #expect(FileManager.default.fileExists(atPath: folder.url(of: "timeline.svg").path))
  }

  @Test func phaseDrawsThosePhasesAndAnUnknownOneIsRefused() async throws {
    let second = try await run(["timeline", "models/lai-chau-2.0-draft.xml", "--phase", "2"])
    #expect(second.exitStatus == 0, "\(second)")
    #expect(second.standardOutput.contains("id=\"phase-2\"") && !second.standardOutput.contains("id=\"phase-1\""))
    let unknown = try await run(["timeline", "models/lai-chau-2.0-draft.xml", "--phase", "2", "--phase", "9"])
    #expect(unknown.exitStatus == 2, "\(unknown)")
    #expect(unknown.standardError.contains("the roadmap has no phase 9 (its phases: 1, 2, 3)"), "\(unknown)")
    #expect(unknown.standardOutput.isEmpty, "\(unknown)")
  }

  @Test func tooManyTasksForOneSlideSaySoAndSuggestAPhase() async throws {
    let directory = try TemporaryDirectory()
    func tasks(_ phase: Int) -> String {
      (1...30).map { "<task action=\"build\" owner=\"Sở \($0)\">Nhiệm vụ \(phase).\($0)</task>" }.joined()
    }
    try directory.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="t" province="P" framework="2.0" asOf="2021-01-01">
        <components><component id="lgsp" kind="lgsp" name="LGSP" status="existing"/></components>
        <roadmap until="2024">
          <phase number="1" start="2020">\(tasks(1))</phase>
          <phase number="2" start="2023">\(tasks(2))</phase>
        </roadmap>
      </architecture>
      """, to: "many.xml")
    let whole = try await run(["timeline", "many.xml", "-o", "whole.svg"], in: directory.url)
    #expect(whole.exitStatus == 0, "\(whole)")
    #expect(whole.standardError.contains("does not fit one 1920×1080 slide"), "\(whole)")
    #expect(whole.standardError.contains("--phase NUMBER"), "\(whole)")
    let first = try await run(["timeline", "many.xml", "--phase", "1", "-o", "first.svg"], in: directory.url)
    #expect(first.exitStatus == 0, "\(first)")
    #expect(first.standardError.isEmpty, "\(first)")
  }

  @Test func malformedModelPrintsItsFindingsAndExitsWithOne() async throws {
    let folder = try TemporaryDirectory()
    try folder.write("<architecture", to: "broken.xml")
    let result = try await run(["timeline", "broken.xml"], in: folder.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(result.standardError.contains("[xml/malformed]"), "\(result)")
  }
}
