import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// `docs/frameworks.md` is what `egovarch frameworks show --all --format markdown --lang en`
/// prints today, and every requirement it lists rests on dated instruments that support its
/// severity.
@Suite struct FrameworkDocumentationTests {
  static let regenerate =
    "swift run egovarch frameworks show --all --format markdown --lang en > docs/frameworks.md"

  @Test func frameworksDocumentIsInSync() throws {
    let file = PackageRoot.url.appendingPathComponent("docs/frameworks.md")
    let contents = try String(contentsOf: file, encoding: .utf8)
    let generated = FrameworkCatalogFormatter(language: .english).document(FrameworkCatalogFormatter.builtIn)
    #expect(contents == generated, "docs/frameworks.md is stale: run '\(Self.regenerate)'")
  }

  @Test func theDocumentListsEveryBuiltInFrameworkAndRequirement() {
    let document = FrameworkCatalogFormatter(language: .english).document(FrameworkCatalogFormatter.builtIn)
    for framework in FrameworkCatalogFormatter.builtIn {
      let start = document.range(of: "\n## \(framework.id): \(framework.name.english)\n")
      #expect(start != nil, "\(framework.id) has no section")
      guard let start else { continue }
      let rest = document[start.upperBound...]
      let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
      let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }
      for requirement in framework.requiredComponents {
        let row = "| `\(requirement.kind)`"
        let cells = " | \(requirement.severity.rawValue) | \(requirement.basis.english) | "
        #expect(
          rows.contains { $0.hasPrefix(row) && $0.contains(cells) }, "\(framework.id): \(requirement.kind)")
      }
      for requirement in framework.requiredLinks {
        let row = "| `\(requirement.from)` → `\(requirement.to.description)`"
        #expect(
          rows.contains { $0.hasPrefix(row) && $0.contains(" | \(requirement.basis.english) | ") },
          "\(framework.id): \(requirement.from) → \(requirement.to)")
      }
      for kind in framework.kinds where kind.isNational {
        #expect(rows.contains { $0.hasPrefix("| `national:\(kind.id)`:") }, "\(framework.id): \(kind.id)")
      }
    }
  }

  /// One line per item of a built-in framework that rests on no instrument, or on an
  /// instrument whose dates are out of order.
  static func undatedItems(_ framework: Framework) -> [String] {
    var problems: [String] = []
    func check(_ instruments: [LegalInstrument], _ what: String) {
      if instruments.isEmpty { problems.append("\(framework.id): \(what) rests on no instrument") }
      for instrument in instruments where instrument.effective < instrument.date {
        problems.append("\(framework.id): \(what): \(instrument.number) takes effect before it is signed")
      }
    }
    check(framework.instruments, "the framework")
    if let successor = framework.successor { check(successor.instruments, "the successor \(successor.id)") }
    for kind in framework.kinds where kind.isNational { check(kind.instruments, "national:\(kind.id)") }
    for requirement in framework.requiredComponents {
      check(requirement.instruments, "the requirement of '\(requirement.kind)'")
      for substitute in requirement.substitutes {
        check(substitute.instruments, "'\(substitute.kind)' satisfying '\(requirement.kind)'")
      }
      if let endedBy = requirement.endedBy { check([endedBy], "the end of '\(requirement.kind)'") }
    }
    for requirement in framework.requiredLinks {
      let link = "the link \(requirement.from) → \(requirement.to)"
      check(requirement.instruments, link)
      for alternative in requirement.alternatives {
        check(alternative.instruments, "\(alternative.to) for \(link)")
      }
      if let endedBy = requirement.endedBy { check([endedBy], "the end of \(link)") }
    }
    if let roadmap = framework.roadmap { check(roadmap.instruments, "the roadmap advice") }
    return problems
  }

  @Test func everyItemOfABuiltInFrameworkRestsOnADatedInstrument() {
    let problems = FrameworkCatalogFormatter.builtIn.flatMap(Self.undatedItems)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  @Test func anItemWithoutAnInstrumentIsFound() throws {
    var framework = try #require(BuiltInFrameworks.framework("2.0"))
    framework.requiredComponents[0].instruments = []
    framework.requiredLinks[0].alternatives[0].instruments = []
    let ngsp = try #require(framework.kinds.firstIndex { $0.id == "ngsp" })
    framework.kinds[ngsp].instruments = []
    #expect(
      Self.undatedItems(framework) == [
        "2.0: national:ngsp rests on no instrument",
        "2.0: the requirement of 'lgsp' rests on no instrument",
        "2.0: national:data-coordination-platform for the link lgsp → national:ngsp rests on no instrument",
      ])
  }

  /// One line per requirement or roadmap advice of a built-in framework whose severity is
  /// stronger than its instruments support, or whose basis is not their citation.
  static func unsupportedSeverities(_ framework: Framework) -> [String] {
    var problems: [String] = []
    func check(_ severity: Severity, _ instruments: [LegalInstrument], _ basis: LocalizedText, _ what: String) {
      if let force = LegalInstrument.force(of: instruments), severity > force {
        problems.append("\(framework.id): \(what) is \(severity.rawValue), its instruments support \(force.rawValue)")
      }
      if basis != LegalInstrument.citation(of: instruments) {
        problems.append("\(framework.id): the basis of \(what) is not the citation of its instruments")
      }
    }
    for requirement in framework.requiredComponents {
      check(requirement.severity, requirement.instruments, requirement.basis, "'\(requirement.kind)'")
    }
    for requirement in framework.requiredLinks {
      check(
        requirement.severity, requirement.instruments, requirement.basis,
        "\(requirement.from) → \(requirement.to)")
    }
    if let roadmap = framework.roadmap {
      check(roadmap.severity, roadmap.instruments, roadmap.basis, "the roadmap advice")
    }
    return problems
  }

  @Test func noBuiltInRequirementIsStrongerThanItsInstruments() {
    let problems = FrameworkCatalogFormatter.builtIn.flatMap(Self.unsupportedSeverities)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  @Test func aRequirementStrongerThanItsInstrumentsIsFound() throws {
    var framework = try #require(BuiltInFrameworks.framework("2.0"))
    let email = try #require(framework.requiredComponents.firstIndex { $0.kind == "email" })
    framework.requiredComponents[email].severity = .error
    #expect(Self.unsupportedSeverities(framework) == ["2.0: 'email' is error, its instruments support warning"])
    framework.requiredComponents[email].severity = .warning
    framework.requiredComponents[email].basis = LocalizedText(en: "folklore", vi: "truyền miệng")
    #expect(
      Self.unsupportedSeverities(framework) == ["2.0: the basis of 'email' is not the citation of its instruments"])
  }
}
