/// Finds the elementary cycles of a directed graph (Johnson's algorithm), iteratively so that
/// a cycle through 100,000 nodes needs no deep call stack.
///
/// Cycles are found within each strongly connected group of nodes; at most `limitPerGroup`
/// are reported per group, so a dense tangle cannot make the search explode.
struct CycleFinder {
  let graph: ComponentGraph
  let limitPerGroup: Int

  private var nodeCount: Int { graph.components.count }

  /// Every cycle as a list of nodes, starting at its lowest node, in a deterministic order.
  func cycles() -> [DependencyCycle] {
    // When every component depends only on components declared before it, there is no cycle:
    // the common case of generated models, settled without building any group.
    if (0..<nodeCount).allSatisfy({ node in graph.successors(of: node).allSatisfy { Int($0) < node } }) {
      return []
    }
    let all = Array(0..<nodeCount)
    var result: [DependencyCycle] = []
    // One set of graph-sized work arrays for every search, so that a model of many small
    // cycles does not allocate the whole graph's worth again for each of them.
    var scratch = Scratch(nodeCount: nodeCount)
    for group in stronglyConnectedGroups(of: all, scratch: &scratch) where group.count > 1 {
      let found = cycles(in: group, scratch: &scratch)
      let truncated = found.count >= limitPerGroup
      result += found.map { DependencyCycle(nodes: $0, groupHasMore: truncated) }
    }
    return result.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }
  }

  /// Johnson's search inside one strongly connected group.
  private func cycles(in group: [Int], scratch: inout Scratch) -> [[Int]] {
    var found: [[Int]] = []
    var remaining = group.sorted()
    while !remaining.isEmpty, found.count < limitPerGroup {
      // The group (of the subgraph on `remaining`) that holds its lowest node in a cycle.
      let groups = stronglyConnectedGroups(of: remaining, scratch: &scratch).filter { $0.count > 1 }
      guard let component = groups.min(by: { $0.min()! < $1.min()! }) else { break }
      let start = component.min()!
      found += circuits(from: start, within: Set(component), limit: limitPerGroup - found.count)
      remaining = remaining.filter { $0 > start }
    }
    return found
  }

  /// The cycles through `start` inside `allowed` (Johnson's CIRCUIT, without recursion).
  private func circuits(from start: Int, within allowed: Set<Int>, limit: Int) -> [[Int]] {
    var blocked: Set<Int> = [start]
    var blockers: [Int: Set<Int>] = [:]
    var path = [start]
    var frames: [(node: Int, next: Int, foundCycle: Bool)] = [(start, 0, false)]
    var found: [[Int]] = []

    func unblock(_ node: Int) {
      var pending = [node]
      while let current = pending.popLast() {
        guard blocked.remove(current) != nil else { continue }
        if let waiting = blockers.removeValue(forKey: current) { pending += waiting }
      }
    }

    while let frame = frames.last {
      let edges = graph.successors(of: frame.node)
      if frame.next < edges.count {
        frames[frames.count - 1].next += 1
        let target = Int(edges[edges.startIndex + frame.next])
        guard allowed.contains(target) else { continue }
        if target == start {
          found.append(path)
          frames[frames.count - 1].foundCycle = true
          if found.count >= limit { return found }
        } else if !blocked.contains(target) {
          blocked.insert(target)
          path.append(target)
          frames.append((target, 0, false))
        }
        continue
      }
      frames.removeLast()
      path.removeLast()
      if frame.foundCycle {
        unblock(frame.node)
        if !frames.isEmpty { frames[frames.count - 1].foundCycle = true }
      } else {
        for target in edges where allowed.contains(Int(target)) {
          blockers[Int(target), default: []].insert(frame.node)
        }
      }
    }
    return found
  }

  /// The work arrays of Tarjan's search, one entry per node of the graph; a search leaves
  /// them as it found them, touching only the entries of its own nodes.
  private struct Scratch {
    var member: [Bool]
    var index: [Int]
    var lowLink: [Int]
    var onStack: [Bool]

    init(nodeCount: Int) {
      member = [Bool](repeating: false, count: nodeCount)
      index = [Int](repeating: -1, count: nodeCount)
      lowLink = [Int](repeating: 0, count: nodeCount)
      onStack = [Bool](repeating: false, count: nodeCount)
    }
  }

  /// Tarjan's strongly connected components of the subgraph on `nodes` that have more than one
  /// node, without recursion, in time linear in the subgraph (not in the whole graph).
  private func stronglyConnectedGroups(of nodes: [Int], scratch: inout Scratch) -> [[Int]] {
    let unvisited = -1
    for node in nodes { scratch.member[node] = true }
    defer {
      for node in nodes {
        scratch.member[node] = false
        scratch.index[node] = unvisited
        scratch.lowLink[node] = 0
        scratch.onStack[node] = false
      }
    }
    var stack: [Int] = []
    var groups: [[Int]] = []
    var counter = 0
    func visit(_ node: Int) {
      scratch.index[node] = counter
      scratch.lowLink[node] = counter
      counter += 1
      stack.append(node)
      scratch.onStack[node] = true
    }
    var work: [(node: Int, next: Int)] = []
    for root in nodes where scratch.index[root] == unvisited {
      work.append((root, 0))
      visit(root)
      while let (node, next) = work.last {
        let edges = graph.successors(of: node)
        if next < edges.count {
          work[work.count - 1].next += 1
          let target = Int(edges[edges.startIndex + next])
          guard scratch.member[target] else { continue }
          if scratch.index[target] == unvisited {
            visit(target)
            work.append((target, 0))
          } else if scratch.onStack[target] {
            scratch.lowLink[node] = min(scratch.lowLink[node], scratch.index[target])
          }
          continue
        }
        work.removeLast()
        if let parent = work.last?.node {
          scratch.lowLink[parent] = min(scratch.lowLink[parent], scratch.lowLink[node])
        }
        if scratch.lowLink[node] == scratch.index[node] {
          // A node alone is no cycle (self-dependencies are not edges): not a group worth keeping.
          if stack.last == node {
            stack.removeLast()
            scratch.onStack[node] = false
            continue
          }
          var group: [Int] = []
          while let top = stack.popLast() {
            scratch.onStack[top] = false
            group.append(top)
            if top == node { break }
          }
          groups.append(group)
        }
      }
    }
    return groups
  }
}
