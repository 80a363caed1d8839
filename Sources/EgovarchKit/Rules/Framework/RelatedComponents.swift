/// The ids a framework finding lists in `related` where it speaks of a kind: the model's
/// non-retired components of that kind, so that `related` names things of the model (component
/// ids, `national:…` references), never a kind of the catalogue.
///
/// At most `limit` ids per kind, in document order, each id once (a real model has one LGSP, or
/// an old and a new one; the limit keeps a hostile model of thousands of platforms from listing
/// them all in every finding). Each kind's list is made once, on first use.
final class RelatedComponents {
  /// The most ids listed for one kind.
  static let limit = 10

  private let graph: ComponentGraph
  private let componentsByKind: [String: [Int32]]
  /// For each kind asked about: the first `limit + 1` distinct ids of its non-retired components
  /// (one more than listed, so that leaving out the finding's own component still lists `limit`).
  private var cache: [String: [String]] = [:]

  /// Creates the helper over `context`'s graph.
  init(_ context: RuleContext) {
    graph = context.graph
    componentsByKind = context.componentsByKind
  }

  /// The ids of the non-retired components of `kind`, without `excluded` (the finding's own
  /// component), at most `limit`, in document order.
  func ids(ofKind kind: String, excluding excluded: String? = nil) -> [String] {
    let all = cache[kind] ?? first(ofKind: kind)
    cache[kind] = all
    return Array(all.lazy.filter { $0 != excluded }.prefix(Self.limit))
  }

  private func first(ofKind kind: String) -> [String] {
    var ids: [String] = []
    var seen: Set<String> = []
    let components = graph.components
    for index in componentsByKind[kind] ?? [] where components[Int(index)].status != .retired {
      guard seen.insert(components[Int(index)].id).inserted else { continue }
      ids.append(components[Int(index)].id)
      if ids.count > Self.limit { break }
    }
    return ids
  }
}
