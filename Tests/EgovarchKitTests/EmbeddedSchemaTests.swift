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

  @Test(arguments: ["1.0", "2.0", "3.0"])
  func builtInFrameworkMatchesItsFile(_ id: String) throws {
    let path = "schemas/frameworks/\(id).xml"
    let fromFile = try FrameworkLoader.load(bytes: Array(try file(path).utf8), path: path)
    #expect(BuiltInFrameworks.framework(id) == fromFile, "\(path) changed: run scripts/embed-schemas.sh")
  }

  @Test func builtInFrameworksHoldWhatTheIssueAsks() throws {
    let one = try #require(BuiltInFrameworks.framework("1.0"))
    let two = try #require(BuiltInFrameworks.framework("2.0"))
    let three = try #require(BuiltInFrameworks.framework("3.0"))
    for framework in [one, two, three] {
      #expect(framework.kinds.filter { !$0.isNational }.count >= 30)
      #expect(framework.kinds.count >= 40)
      #expect(framework.kinds.filter(\.isNational).allSatisfy { $0.available != nil })
      // No national text fixes a number of phases.
      #expect(framework.roadmap?.phaseCount == nil)
      let bases = framework.requiredComponents.map(\.basis) + framework.requiredLinks.map(\.basis)
      #expect(bases.allSatisfy { !$0.english.isEmpty && !$0.vietnamese.isEmpty })
    }
    let base = ["lgsp", "data-centre", "one-stop-shop", "web-portal", "eoffice", "email"]
    #expect(Set(base).isSubset(of: one.requiredComponents.map(\.kind)))
    #expect(
      Set(base + ["public-service-portal", "reporting-system", "soc"]).isSubset(of: two.requiredComponents.map(\.kind)))
    #expect(
      Set(["lgsp", "data-centre", "tthc-system", "web-portal", "eoffice", "reporting-system", "soc"]).isSubset(
        of: three.requiredComponents.map(\.kind)))
    #expect(!three.requiredComponents.map(\.kind).contains("public-service-portal"))
    let links = two.requiredLinks.map { "\($0.from)→\($0.to)" }
    for link in [
      "lgsp→national:ngsp", "one-stop-shop→lgsp", "one-stop-shop→national:national-public-service-portal",
      "reporting-system→national:government-reporting-system", "soc→national:ncsc",
    ] {
      #expect(links.contains(link), "2.0 lacks \(link)")
    }
    let added = Set(three.requiredLinks.map { "\($0.from)→\($0.to)" })
    for link in [
      "tthc-system→national:vneid", "tthc-system→national:national-population-db", "tthc-system→national:emc",
      "lgsp→national:data-coordination-platform", "shared-data-warehouse→national:national-data-centre",
    ] {
      #expect(added.contains(link), "3.0 lacks \(link)")
    }
    // What 3.0 adds is reconstructed (its annex could not be read): never an error. The merged
    // system carries the one-stop-shop's links.
    let carried = Set(two.requiredLinks.map { "\($0.from)→\($0.to)" })
    func key(_ link: LinkRequirement) -> String {
      "\(link.from == "tthc-system" ? "one-stop-shop" : link.from)→\(link.to)"
    }
    for requirement in three.requiredLinks where !carried.contains(key(requirement)) {
      let binding = requirement.period.since.map { $0 >= CalendarDate(year: 2027, month: 1, day: 1)! } ?? false
      #expect(requirement.severity < .error || binding, "3.0's added link \(requirement.from)→\(requirement.to)")
    }
  }
}
