import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// The schemas and frameworks compiled into the binary are the files in `schemas/`.
@Suite struct EmbeddedSchemaTests {
  private func file(_ path: String) throws -> String {
    try String(contentsOf: PackageRoot.url.appendingPathComponent(path), encoding: .utf8)
  }

  @Test func embeddedSchemaMatchesTheFile() throws {
    #expect(
      ArchitectureSchema.source + "\n" == (try file("schemas/egovarch.xsd")),
      "schemas/egovarch.xsd changed: run scripts/embed-schemas.sh")
  }

  @Test(arguments: ["1.0", "2.0"])
  func builtInFrameworkMatchesItsFile(_ id: String) throws {
    let path = "schemas/frameworks/\(id).xml"
    let fromFile = try FrameworkLoader.load(bytes: Array(try file(path).utf8), path: path)
    #expect(BuiltInFrameworks.framework(id) == fromFile, "\(path) changed: run scripts/embed-schemas.sh")
  }

  @Test func builtInFrameworksHoldWhatTheIssueAsks() throws {
    let one = try #require(BuiltInFrameworks.framework("1.0"))
    let two = try #require(BuiltInFrameworks.framework("2.0"))
    for framework in [one, two] {
      #expect(framework.kinds.filter { !$0.isNational }.count >= 30)
      #expect(framework.kinds.count >= 40)
      #expect(framework.kinds.filter(\.isNational).allSatisfy { $0.available != nil })
      #expect(framework.roadmap?.phaseCount == 3)
      let bases = framework.requiredComponents.map(\.basis) + framework.requiredLinks.map(\.basis)
      #expect(bases.allSatisfy { !$0.english.isEmpty && !$0.vietnamese.isEmpty })
    }
    let base = ["lgsp", "data-centre", "one-stop-shop", "web-portal", "eoffice", "email"]
    #expect(Set(base).isSubset(of: one.requiredComponents.map(\.kind)))
    #expect(
      Set(base + ["public-service-portal", "reporting-system", "soc"]).isSubset(of: two.requiredComponents.map(\.kind)))
    let links = two.requiredLinks.map { "\($0.from)→\($0.to)" + ($0.via.map { " via \($0)" } ?? "") }
    for link in [
      "lgsp→national:ngsp", "one-stop-shop→lgsp",
      "reporting-system→national:government-reporting-system via lgsp", "soc→national:ncsc",
    ] {
      #expect(links.contains(link), "2.0 lacks \(link)")
    }
  }
}
