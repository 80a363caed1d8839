import EgovarchKit
import Testing

/// Cycle finding is exact on small graphs and linear on large ones.
@Suite struct ComponentGraphTests {
  private func architecture(_ edges: [String: [String]], order: [String]) -> Architecture {
    Architecture(
      id: "t", province: "T", framework: "2.0",
      components: order.enumerated().map { index, id in
        Component(
          id: id, kind: "custom", name: id,
          dependencies: (edges[id] ?? []).map {
            Dependency(reference: .component($0), position: SourcePosition(line: index + 1, column: 3))
          },
          position: SourcePosition(line: index + 1, column: 1))
      })
  }

  @Test func findsEachElementaryCycleOnceStartingAtTheEarliestComponent() {
    let model = architecture(
      ["a": ["b"], "b": ["c", "a"], "c": ["a"], "d": ["d", "a"]], order: ["a", "b", "c", "d"])
    let graph = ComponentGraph(architecture: model)
    let cycles = graph.cycles().map { $0.nodes.map { graph.components[$0].id } }
    #expect(cycles == [["a", "b"], ["a", "b", "c"]])
  }

  @Test func aHundredThousandComponentCycleIsOneFinding() {
    let count = 100_000
    let ids = (0..<count).map { "c\($0)" }
    var edges: [String: [String]] = [:]
    for index in 0..<count { edges[ids[index]] = [ids[(index + 1) % count]] }
    let graph = ComponentGraph(architecture: architecture(edges, order: ids))
    let cycles = graph.cycles()
    #expect(cycles.count == 1)
    #expect(cycles.first?.nodes.count == count)
    #expect(cycles.first?.nodes.first == 0)
    #expect(cycles.first?.groupHasMore == false)
  }

  @Test func aDenseTangleIsCappedPerGroup() {
    let ids = (0..<12).map { "n\($0)" }
    var edges: [String: [String]] = [:]
    for id in ids { edges[id] = ids.filter { $0 != id } }
    let graph = ComponentGraph(architecture: architecture(edges, order: ids))
    let cycles = graph.cycles(limitPerGroup: 50)
    #expect(cycles.count == 50)
    #expect(cycles.allSatisfy { $0.groupHasMore })
  }
}
