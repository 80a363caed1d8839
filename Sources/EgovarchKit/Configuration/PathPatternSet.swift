/// Many ``PathPattern``s matched at once: whether any of them matches a path or a directory
/// above it, with the same answer as trying each pattern in turn.
///
/// The patterns are grouped by the directory they are anchored at (their base, less their
/// leading `..`), and each group's segments are merged into a tree: a literal segment is a
/// dictionary look-up, a segment with `*` or `?` is looked up by the literal text it starts or
/// ends with, and `**` keeps its place for any number of segments. A path is then walked once
/// down each group's tree, so 32,000 patterns cost little more per path than one; only
/// segments with no literal start or end (`*`, `*x*`) are tried one by one.
public struct PathPatternSet: Sendable, Equatable {
  /// The patterns, in the order given.
  public let patterns: [PathPattern]
  private let groups: [Group]

  /// Patterns sharing a base and a number of leading `..`.
  private struct Group: Sendable {
    var base: String
    var parentCount: Int
    var nodes: [Node] = [Node()]
  }

  /// A point in a group's tree: what has been matched of some patterns' segments.
  private struct Node: Sendable {
    /// A pattern ends here.
    var isEnd = false
    /// The node after `**`: it stays reached whatever segments follow.
    var isGlobstar = false
    var globstar: Int?
    var literal: [String: Int] = [:]
    /// Wildcard segments by the literal text before their first wildcard (`draft-*`).
    var byPrefix: [String: [(segment: [Character], child: Int)]] = [:]
    var prefixLengths: Set<Int> = []
    /// Wildcard segments by the literal text after their last wildcard (`*.bak`).
    var bySuffix: [String: [(segment: [Character], child: Int)]] = [:]
    var suffixLengths: Set<Int> = []
    /// Wildcard segments with neither (`*`, `*x*`).
    var other: [(segment: [Character], child: Int)] = []
  }

  private struct GroupKey: Hashable {
    var base: String
    var parentCount: Int
  }

  /// Builds the set, in time linear in the patterns' total length.
  public init(_ patterns: [PathPattern]) {
    self.patterns = patterns
    var groups: [Group] = []
    var groupIndex: [GroupKey: Int] = [:]
    for pattern in patterns {
      let key = GroupKey(base: pattern.base, parentCount: pattern.parentCount)
      let index =
        groupIndex[key]
        ?? {
          groups.append(Group(base: pattern.base, parentCount: pattern.parentCount))
          groupIndex[key] = groups.count - 1
          return groups.count - 1
        }()
      Self.insert(pattern.segments, into: &groups[index].nodes)
    }
    self.groups = groups
  }

  public static func == (lhs: PathPatternSet, rhs: PathPatternSet) -> Bool {
    lhs.patterns == rhs.patterns
  }

  /// Whether a pattern matches `path` or a directory above it (see ``PathPattern/matches(_:currentDirectory:)``).
  public func matches(_ path: String, currentDirectory: String) -> Bool {
    var comparisons = 0
    return matches(path, currentDirectory: currentDirectory, comparisons: &comparisons)
  }

  /// `matches(_:currentDirectory:)`, adding to `comparisons` the number of wildcard segments
  /// and patterns tried one by one (what the tests count to check the cost does not grow
  /// with the number of patterns).
  func matches(_ path: String, currentDirectory: String, comparisons: inout Int) -> Bool {
    if groups.isEmpty { return false }
    let target = LexicalPath.segments(of: path, currentDirectory: currentDirectory)
    var bases: [String: [Substring]] = [:]
    for group in groups {
      let base =
        bases[group.base]
        ?? {
          let segments = LexicalPath.segments(of: group.base, currentDirectory: currentDirectory)
          bases[group.base] = segments
          return segments
        }()
      let anchor = base.dropLast(group.parentCount)
      if anchor.contains(where: { PathPattern.isWildcard(Array($0)) }) {
        // A base directory whose name holds `*` or `?`: each pattern in turn, as written.
        if patterns.contains(where: {
          guard $0.base == group.base && $0.parentCount == group.parentCount else { return false }
          comparisons += 1
          return $0.matches(path, currentDirectory: currentDirectory)
        }) {
          return true
        }
        continue
      }
      guard target.count >= anchor.count, zip(anchor, target).allSatisfy({ $0 == $1 }) else { continue }
      if Self.matches(target[anchor.count...], group.nodes, comparisons: &comparisons) { return true }
    }
    return false
  }

  /// Adds one pattern's segments to a tree.
  private static func insert(_ segments: [[Character]], into nodes: inout [Node]) {
    var current = 0
    func child(_ existing: Int?) -> Int {
      if let existing { return existing }
      nodes.append(Node())
      return nodes.count - 1
    }
    for segment in segments {
      if segment == ["*", "*"] {
        let next = child(nodes[current].globstar)
        nodes[current].globstar = next
        nodes[next].isGlobstar = true
        current = next
      } else if !PathPattern.isWildcard(segment) {
        let key = String(segment)
        let next = child(nodes[current].literal[key])
        nodes[current].literal[key] = next
        current = next
      } else {
        // Each wildcard segment gets a node of its own (no merging needed for correctness).
        let next = child(nil)
        let prefix = segment.prefix { $0 != "*" && $0 != "?" }
        let suffix = segment.reversed().prefix { $0 != "*" && $0 != "?" }.reversed()
        if !prefix.isEmpty && prefix.count >= suffix.count {
          nodes[current].byPrefix[String(prefix), default: []].append((segment, next))
          nodes[current].prefixLengths.insert(prefix.count)
        } else if !suffix.isEmpty {
          nodes[current].bySuffix[String(suffix), default: []].append((segment, next))
          nodes[current].suffixLengths.insert(suffix.count)
        } else {
          nodes[current].other.append((segment, next))
        }
        current = next
      }
    }
    nodes[current].isEnd = true
  }

  /// Whether a path of the tree matches `target` or a prefix of it.
  private static func matches(_ target: ArraySlice<Substring>, _ nodes: [Node], comparisons: inout Int) -> Bool {
    var active: [Int] = []
    var seen: Set<Int> = []
    func reach(_ node: Int, into list: inout [Int]) {
      var pending = [node]
      while let current = pending.popLast() {
        guard seen.insert(current).inserted else { continue }
        list.append(current)
        if let next = nodes[current].globstar { pending.append(next) }
      }
    }
    func compare(_ pattern: [Character], _ name: [Character]) -> Bool {
      comparisons += 1
      return PathPattern.matches(pattern, name)
    }
    reach(0, into: &active)
    for segment in target {
      if active.contains(where: { nodes[$0].isEnd }) { return true }
      let name = Array(segment)
      let key = String(segment)
      var next: [Int] = []
      seen.removeAll(keepingCapacity: true)
      for node in active {
        let current = nodes[node]
        if current.isGlobstar { reach(node, into: &next) }
        if let child = current.literal[key] { reach(child, into: &next) }
        for length in current.prefixLengths where length <= name.count {
          for edge in current.byPrefix[String(name[..<length])] ?? [] where compare(edge.segment, name) {
            reach(edge.child, into: &next)
          }
        }
        for length in current.suffixLengths where length <= name.count {
          for edge in current.bySuffix[String(name[(name.count - length)...])] ?? [] where compare(edge.segment, name) {
            reach(edge.child, into: &next)
          }
        }
        for edge in current.other where compare(edge.segment, name) { reach(edge.child, into: &next) }
      }
      if next.isEmpty { return false }
      active = next
    }
    return active.contains { nodes[$0].isEnd }
  }

}
