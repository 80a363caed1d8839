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
    for group in stronglyConnectedGroups(of: all) where group.count > 1 {
      let found = cycles(in: group)
      let truncated = found.count >= limitPerGroup
      result += found.map { DependencyCycle(nodes: $0, groupHasMore: truncated) }
    }
    return result.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }
  }

  /// Johnson's search inside one strongly connected group.
  private func cycles(in group: [Int]) -> [[Int]] {
    var found: [[Int]] = []
    var remaining = group.sorted()
    while !remaining.isEmpty, found.count < limitPerGroup {
      // The group (of the subgraph on `remaining`) that holds its lowest node in a cycle.
      let groups = stronglyConnectedGroups(of: remaining).filter { $0.count > 1 }
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

  /// Tarjan's strongly connected components of the subgraph on `nodes` that have more than one
  /// node, without recursion.
  private func stronglyConnectedGroups(of nodes: [Int]) -> [[Int]] {
    let unvisited = -1
    var member = [Bool](repeating: false, count: nodeCount)
    for node in nodes { member[node] = true }
    var index = [Int](repeating: unvisited, count: nodeCount)
    var lowLink = [Int](repeating: 0, count: nodeCount)
    var onStack = [Bool](repeating: false, count: nodeCount)
    var stack: [Int] = []
    var groups: [[Int]] = []
    var counter = 0
    func visit(_ node: Int) {
      index[node] = counter
      lowLink[node] = counter
      counter += 1
      stack.append(node)
      onStack[node] = true
    }
    var work: [(node: Int, next: Int)] = []
    for root in nodes where index[root] == unvisited {
      work.append((root, 0))
      visit(root)
      while let (node, next) = work.last {
        let edges = graph.successors(of: node)
        if next < edges.count {
          work[work.count - 1].next += 1
          let target = Int(edges[edges.startIndex + next])
          guard member[target] else { continue }
          if index[target] == unvisited {
            visit(target)
            work.append((target, 0))
          } else if onStack[target] {
            lowLink[node] = min(lowLink[node], index[target])
          }
          continue
        }
        work.removeLast()
        if let parent = work.last?.node {
          lowLink[parent] = min(lowLink[parent], lowLink[node])
        }
        if lowLink[node] == index[node] {
          // A node alone is no cycle (self-dependencies are not edges): not a group worth keeping.
          if stack.last == node {
            stack.removeLast()
            onStack[node] = false
            continue
          }
          var group: [Int] = []
          while let top = stack.popLast() {
            onStack[top] = false
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
