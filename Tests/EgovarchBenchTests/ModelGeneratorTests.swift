import EgovarchKit
import Foundation
import Testing

@testable import egovarch_bench

/// The benchmark's generated models are valid, acyclic, free of findings and reproducible.
@Suite struct ModelGeneratorTests {
  private static let province = Province(id: "lai-chau", name: "Lai Châu")

  private static func generate(_ components: Int, seed: UInt64) -> [UInt8] {
    ModelGenerator(componentCount: components, seed: seed, province: province).generate()
  }

  @Test(arguments: [(1, 1), (5, 2), (16, 3)] as [(Int, UInt64)])
  func modelSmallerThanTheFoundationIsStillValid(components: Int, seed: UInt64) throws {
    let outcome = ArchitectureValidator().validate(bytes: Self.generate(components, seed: seed), path: "generated.xml")
    let model = try #require(outcome.architecture)
    #expect(model.components.count == components)
    // Too small to hold every component the framework requires: those are the only findings.
    #expect(
      outcome.findings.allSatisfy { $0.ruleID == "framework/missing-component" }, "\(outcome.findings.map(\.ruleID))")
  }

  @Test(arguments: [(17, 2), (60, 3), (2_500, 4)] as [(Int, UInt64)])
  func generatedModelHasNoFindings(components: Int, seed: UInt64) throws {
    let outcome = ArchitectureValidator().validate(bytes: Self.generate(components, seed: seed), path: "generated.xml")
    let model = try #require(outcome.architecture)
    #expect(model.components.count == components)
    #expect(outcome.findings.isEmpty, "\(outcome.findings.map { "\($0.ruleID) \($0.message.english)" })")
  }

  @Test func everyDependencyIsOnAnEarlierComponent() throws {
    let outcome = ArchitectureValidator().validate(bytes: Self.generate(3_000, seed: 9), path: "generated.xml")
    let model = try #require(outcome.architecture)
    let index = Dictionary(uniqueKeysWithValues: model.components.enumerated().map { ($1.id, $0) })
    for (position, component) in model.components.enumerated() {
      let local = component.dependencies.compactMap { dependency -> Int? in
        guard case .component(let id) = dependency.reference else { return nil }
        return index[id]
      }
      #expect(local.allSatisfy { $0 < position }, "\(component.id)")
      #expect(position == 0 || (1...4).contains(local.count), "\(component.id)")
    }
    let scheduled = Set((model.roadmap?.phases ?? []).flatMap(\.tasks).compactMap(\.component))
    #expect(scheduled == Set(model.components.map(\.id)))
    #expect(model.roadmap?.phases.count == 3)
    #expect(model.indicators.count >= 3)
  }

  @Test func sameSeedGivesTheSameBytes() {
    #expect(Self.generate(500, seed: 42) == Self.generate(500, seed: 42))
    #expect(Self.generate(500, seed: 42) != Self.generate(500, seed: 43))
  }

  @Test func directoryHoldsOneValidModelPerProvince() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("egovarch-bench-\(UUID().uuidString)").appendingPathComponent("provinces")
    defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
    let command = try GenerateDirectoryCommand.parse(["--models", "3", "--components", "40", "-o", directory.path])
    try command.run()
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names == ["1-ha-noi.xml", "2-ha-giang.xml", "3-cao-bang.xml"])
    for name in names {
      let outcome = try ArchitectureValidator().validate(fileAt: directory.appendingPathComponent(name).path)
      #expect(outcome.findings.isEmpty, "\(name): \(outcome.findings.map(\.ruleID))")
    }
    let again = try GenerateDirectoryCommand.parse(["--models", "3", "--components", "40", "-o", directory.path])
    let first = try Data(contentsOf: directory.appendingPathComponent(names[0]))
    try again.run()
    #expect(try Data(contentsOf: directory.appendingPathComponent(names[0])) == first)
  }
}
