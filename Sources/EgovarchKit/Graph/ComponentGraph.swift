/// The components of a model as a directed graph: an edge from each component to each
/// component of the same file it depends on.
///
/// Nodes are the components in document order (their index in `components`). References to
/// national systems and to ids that do not exist are not edges; self-dependencies are left
/// out too (they have a rule of their own).
///
/// The edges are kept in flat arrays (one list for the whole graph, and where each node's part
/// starts), so that a graph of 100,000 components costs a few arrays rather than one per node.
public struct ComponentGraph: Sendable {
  /// The components in document order.
  public let components: [Component]
  /// The index of the first component declared with each id.
  public let indexByID: [String: Int]
  /// For each component whose id an earlier component already has, the index of that first
  /// one (usually empty).
  let duplicates: [Int: Int]
  /// For each dependency of each component, in document order, the index of the component it
  /// names, or -1 (a national system, or an id no component has); `targetStart` says where
  /// each component's part begins.
  let targets: [Int32]
  /// Where each node's dependencies begin in `targets`, plus the end of the last one.
  let targetStart: [Int32]
  /// The edges of each node (without repeats, in document order) in `successorList`, from
  /// `successorStart[node]` to `successorStart[node + 1]`.
  let successorList: [Int32]
  let successorStart: [Int32]

  /// Builds the graph of `architecture` in time linear in its size.
  public init(architecture: Architecture) {
    components = architecture.components
    var index: [String: Int] = [:]
    var duplicates: [Int: Int] = [:]
    index.reserveCapacity(components.count)
    for position in components.indices {
      // One update per component; a duplicate id puts the first component back.
      if let first = index.updateValue(position, forKey: components[position].id) {
        index[components[position].id] = first
        duplicates[position] = first
      }
    }
    indexByID = index
    self.duplicates = duplicates
    var targets: [Int32] = []
    var targetStart: [Int32] = []
    var successorList: [Int32] = []
    var successorStart: [Int32] = []
    let dependencyCount = components.reduce(0) { $0 + $1.dependencies.count }
    targets.reserveCapacity(dependencyCount)
    successorList.reserveCapacity(dependencyCount)
    targetStart.reserveCapacity(components.count + 1)
    successorStart.reserveCapacity(components.count + 1)
    // lastSource[t]: the last node that got the edge to t, so that a repeated target is seen
    // in one step rather than by searching the node's edges so far.
    var lastSource = [Int32](repeating: -1, count: components.count)
    for node in components.indices {
      targetStart.append(Int32(targets.count))
      successorStart.append(Int32(successorList.count))
      for dependency in components[node].dependencies {
        guard case .component(let id) = dependency.reference, let target = index[id] else {
          targets.append(-1)
          continue
        }
        targets.append(Int32(target))
        if target != node && lastSource[target] != Int32(node) {
          lastSource[target] = Int32(node)
          successorList.append(Int32(target))
        }
      }
    }
    targetStart.append(Int32(targets.count))
    successorStart.append(Int32(successorList.count))
    self.targets = targets
    self.targetStart = targetStart
    self.successorList = successorList
    self.successorStart = successorStart
  }

  /// For each node, the nodes it depends on, without repeats, in document order.
  public var successors: [[Int]] {
    components.indices.map { successors(of: $0).map(Int.init) }
  }

  /// The nodes `node` depends on, without repeats, in document order.
  func successors(of node: Int) -> ArraySlice<Int32> {
    successorList[Int(successorStart[node])..<Int(successorStart[node + 1])]
  }

  /// For each dependency of `node`, in document order, the index of the component it names,
  /// or -1 for a national system or an id that no component has.
  func dependencyTargets(of node: Int) -> ArraySlice<Int32> {
    targets[Int(targetStart[node])..<Int(targetStart[node + 1])]
  }

  /// The component with `id`, if the model declares one.
  public func component(withID id: String) -> Component? {
    indexByID[id].map { components[$0] }
  }

  /// The elementary dependency cycles, each starting at its earliest-declared component; at
  /// most `limitPerGroup` for each group of components that all reach each other.
  public func cycles(limitPerGroup: Int = 100) -> [DependencyCycle] {
    CycleFinder(graph: self, limitPerGroup: limitPerGroup).cycles()
  }
}
