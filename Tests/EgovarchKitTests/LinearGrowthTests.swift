import Testing

@testable import EgovarchKit

/// Inputs that used to cost the square of their size (issue 11, "linear in every input"):
/// each test counts the work, or compares the time of two sizes (`GrowthRatio`), never an
/// absolute time.
@Suite struct LinearGrowthTests {
  private static func at(_ line: Int) -> SourcePosition { SourcePosition(line: line, column: 1) }

  @Test func suppressionLookUpsDoNotGrowWithTheNumberOfSuppressions() {
    var lookUpsBySize: [Int] = []
    for size in [1_000, 8_000] {
      var suppressions = (0..<size).map {
        Suppression(rule: "rule/\($0 % 7)", component: "c\($0)", reason: "r\($0)", position: Self.at($0))
      }
      suppressions += [
        Suppression(rule: "*", component: "c3", reason: "any rule on c3", position: Self.at(size)),
        Suppression(rule: "rule/9", reason: "all of rule 9", position: Self.at(size + 1)),
      ]
      var index = SuppressionIndex(suppressions)
      let findings = (0..<500).map { (rule: "rule/\($0 % 10)", component: $0 % 3 == 0 ? nil : "c\($0)") }
      for finding in findings {
        let expected = suppressions.first { $0.covers(ruleID: finding.rule, componentID: finding.component) }
        #expect(index.suppression(ruleID: finding.rule, componentID: finding.component) == expected)
      }
      lookUpsBySize.append(index.lookUps)
    }
    // At most four look-ups per finding, whatever the number of suppressions.
    #expect(lookUpsBySize.allSatisfy { $0 <= 4 * 500 })
    #expect(lookUpsBySize[0] == lookUpsBySize[1])
  }

  @Test func patternSetAnswersLikeEachPatternInTurn() throws {
    let written = [
      "archive/**", "**/tmp", "drafts/*.xml", "*.bak", "a?c/d", "**/x*y/**", "../shared/*.xml", "models",
      "**/*", "q/**/r", "*", "m*/n", "**/e-*-f.xml", ".", "deep/er/still",
    ]
    var random: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((random >> 33) % UInt64(bound))
    }
    let names = [
      "archive", "tmp", "drafts", "a.xml", "b.bak", "abc", "d", "xzy", "shared", "models", "q", "r", "mn", "n",
      "e-1-f.xml", "deep", "er", "still", "x",
    ]
    let bases = ["/repo", "/repo/sub", "", "rel"]
    for round in 0..<200 {
      let patterns = try (0..<(1 + next(5))).map { _ in
        try PathPattern(written[next(written.count)], relativeTo: bases[next(bases.count)])
      }
      let set = PathPatternSet(patterns)
      for _ in 0..<20 {
        let path = (0..<(1 + next(5))).map { _ in names[next(names.count)] }.joined(separator: "/")
        let absolute = round % 2 == 0 ? "/repo/" + path : path
        let expected = patterns.contains { $0.matches(absolute, currentDirectory: "/repo") }
        #expect(
          set.matches(absolute, currentDirectory: "/repo") == expected,
          "\(patterns.map(\.pattern)) on \(absolute)")
      }
    }
  }

  @Test func patternSetComparisonsDoNotGrowWithTheNumberOfPatterns() throws {
    func comparisons(patternCount: Int) throws -> Int {
      var written = ["*x*", "**/*-old-*"]
      for index in 0..<patternCount {
        written.append(
          ["archive-\(index)/**", "**/skip-\(index).xml", "models/draft-\(index)-*.xml", "**/*.bak\(index)"][
            index % 4])
      }
      let set = PathPatternSet(try written.map { try PathPattern($0, relativeTo: "/repo") })
      var count = 0
      for model in 0..<200 {
        let excluded = set.matches("/repo/models/m\(model).xml", currentDirectory: "/", comparisons: &count)
        #expect(!excluded)
      }
      #expect(set.matches("/repo/models/draft-2-a.xml", currentDirectory: "/", comparisons: &count) == true)
      #expect(set.matches("/repo/x/skip-1.xml", currentDirectory: "/", comparisons: &count) == true)
      return count
    }
    let small = try comparisons(patternCount: 1_000)
    let large = try comparisons(patternCount: 8_000)
    // Only the two patterns without a literal start or end are tried one by one.
    #expect(small > 0)
    #expect(large <= small + 10)
  }

  /// A model of `size` components (or dependencies) built by `make`, validated with every rule.
  private func validationRatio(_ make: (Int) -> [Component]) -> Double {
    let validator = ArchitectureValidator(
      options: ValidationOptions(today: CalendarDate(year: 2026, month: 3, day: 31)!))
    func run(_ size: Int) -> () -> Void {
      let architecture = Architecture(id: "t", province: "T", framework: "2.0", components: make(size))
      return { _ = validator.check(architecture, path: "t.xml") }
    }
    return GrowthRatio.of(small: run(2_000), large: run(16_000))
  }

  @Test func bypassCheckIsLinearInTheDependenciesOfOneComponent() {
    let ratio = validationRatio { size in
      let national = (0..<size).map {
        Dependency(
          reference: .national("national-public-service-portal"), type: .integration, position: Self.at($0 + 3))
      }
      return [
        Component(id: "lgsp", kind: "lgsp", name: "L", status: .existing, position: Self.at(1)),
        Component(
          id: "one-stop", kind: "one-stop-shop", name: "O", status: .existing,
          dependencies: national + [Dependency(reference: .component("lgsp"), position: Self.at(size + 3))],
          position: Self.at(2)),
      ]
    }
    #expect(ratio < GrowthRatio.limit)
  }

  @Test func distinctTargetsOfOneComponentCostLinearTime() {
    let ratio = validationRatio { size in
      (0..<size).map {
        Component(id: "t\($0)", kind: "lgsp", name: "T", status: .existing, position: Self.at($0 + 1))
      } + [
        Component(
          id: "hub", kind: "reporting-system", name: "H", status: .existing,
          dependencies: (0..<size).map { Dependency(reference: .component("t\($0)"), position: Self.at($0 + 1)) },
          position: Self.at(size + 1))
      ]
    }
    #expect(ratio < GrowthRatio.limit)
  }

  @Test func manySmallCyclesCostLinearTime() {
    let ratio = validationRatio { size in
      (0..<size).map {
        Component(
          id: "c\($0)", kind: "sector-application", name: "C", status: .existing,
          dependencies: [Dependency(reference: .component("c\($0 ^ 1)"), position: Self.at($0 + 1))],
          position: Self.at($0 + 1))
      }
    }
    #expect(ratio < GrowthRatio.limit)
  }

  @Test func frameworkThroughCheckIsLinearInTheKinds() throws {
    func framework(_ size: Int) -> [UInt8] {
      let kinds = (0..<size).map {
        #"<kind id="n\#($0)" layer="integration" scope="national" vi="N" en="N" through="last"/>"#
      }
      return Array(
        """
        <framework xmlns="urn:egovarch:framework:1" id="big" name="B" nameEn="B" basis="Decision 1/QD of 1/1/2020" basisEn="Decision 1/QD of 1/1/2020" issued="2020-01-01">
        <catalogue>\(kinds.joined(separator: "\n"))
        <kind id="last" layer="integration" scope="provincial" vi="L" en="L"/></catalogue>
        </framework>
        """.utf8)
    }
    let small = framework(2_000)
    let large = framework(16_000)
    #expect(try FrameworkLoader.load(bytes: large, path: "big.xml").kinds.count == 16_001)
    let ratio = GrowthRatio.of(
      small: { _ = try? FrameworkLoader.load(bytes: small, path: "big.xml") },
      large: { _ = try? FrameworkLoader.load(bytes: large, path: "big.xml") })
    #expect(ratio < GrowthRatio.limit)
  }

  @Test func foreignAttributesOfOneElementCostLinearTime() {
    func document(_ size: Int) -> [UInt8] {
      let attributes = (0..<size).map { #"x:a\#($0)="1""# }.joined(separator: " ")
      return Array(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="t" province="T" framework="2.0">
          <components>
            <component id="a" kind="sector-application" name="A" xmlns:x="urn:x" \(attributes)/>
          </components>
        </architecture>
        """.utf8)
    }
    let validator = ArchitectureValidator()
    let small = document(20_000)
    let large = document(160_000)
    let findings = validator.validate(bytes: large, path: "t.xml").findings
    #expect(findings.map(\.ruleID) == ["xml/malformed"])
    #expect(findings.first?.location.position == SourcePosition(line: 4, column: 5))
    let ratio = GrowthRatio.of(
      small: { _ = validator.validate(bytes: small, path: "t.xml") },
      large: { _ = validator.validate(bytes: large, path: "t.xml") })
    #expect(ratio < GrowthRatio.limit)
  }

  @Test func deliveredDependenciesOnDistinctComponentsCostLinearTime() {
    let validator = ArchitectureValidator(
      options: ValidationOptions(today: CalendarDate(year: 2026, month: 3, day: 31)!))
    func run(_ size: Int) -> () -> Void {
      let planned = (0..<size).map {
        Component(id: "p\($0)", kind: "sector-application", name: "P", status: .planned, position: Self.at($0 + 1))
      }
      let hub = Component(
        id: "hub", kind: "sector-application", name: "H", status: .planned,
        dependencies: (0..<size).map { Dependency(reference: .component("p\($0)"), position: Self.at($0 + 1)) },
        position: Self.at(size + 1))
      let roadmap = Roadmap(
        phases: [
          Phase(
            number: 1, start: 2020, tasks: [RoadmapTask(action: .build, component: "hub", position: Self.at(size + 2))],
            position: Self.at(size + 2))
        ], position: Self.at(size + 2))
      let architecture = Architecture(
        id: "t", province: "T", framework: "2.0", components: planned + [hub], roadmap: roadmap)
      return { _ = validator.check(architecture, path: "t.xml") }
    }
    #expect(GrowthRatio.of(small: run(2_000), large: run(16_000)) < GrowthRatio.limit)
  }
}
