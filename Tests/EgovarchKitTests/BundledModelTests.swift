import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// The bundled models are realistic, follow the format, and keep the defects of their sources.
@Suite struct BundledModelTests {
  @Test func thereAreSixModels() {
    #expect(
      PackageRoot.models.map(\.lastPathComponent) == [
        "dien-bien-1.0.xml", "hau-giang-2.0.xml", "lai-chau-2.0-draft.xml", "lang-son-2.0.xml",
        "long-an-2.0.xml", "son-la-2025-plan.xml",
      ])
  }

  @Test(arguments: PackageRoot.models.map(\.lastPathComponent))
  func modelIsValidAndRealistic(_ name: String) throws {
    let url = PackageRoot.url.appendingPathComponent("models/\(name)")
    let outcome = try ArchitectureValidator().validate(fileAt: url.path)
    #expect(outcome.findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty)
    let model = try #require(outcome.architecture)
    #expect(model.components.count >= 20)
    #expect(model.roadmap?.phases.map(\.number) == [1, 2, 3])
    #expect(!model.indicators.isEmpty)
    #expect(model.components.contains { $0.name.unicodeScalars.contains { $0.value > 0x7F } })
    #expect(model.components.allSatisfy { $0.name == $0.name.precomposedStringWithCanonicalMapping })
  }

  @Test func laiChauDraftKeepsItsAuthoringMistakes() throws {
    let url = PackageRoot.url.appendingPathComponent("models/lai-chau-2.0-draft.xml")
    let findings = try ArchitectureValidator().validate(fileAt: url.path).findings
      .filter { $0.ruleID.hasPrefix("model/") || $0.ruleID == "roadmap/unknown-component" }
    #expect(findings.map(\.ruleID) == ["model/unresolved-reference", "roadmap/unknown-component"])
    #expect(findings.first?.message.english.hasSuffix("did you mean 'lgsp'?") == true)
  }
}
