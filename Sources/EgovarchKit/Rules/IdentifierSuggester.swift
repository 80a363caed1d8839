/// Suggests the existing identifier nearest to a mistyped one ("did you mean 'lgsp'?").
///
/// Distance is the optimal-string-alignment distance (a swap of two neighbours counts once),
/// ignoring case. A suggestion needs a distance of at most a third of the length (at least 1,
/// at most 3). The total work per model is bounded: after `budget` comparisons it stops
/// suggesting, so a generated model where every reference dangles stays fast.
public final class IdentifierSuggester {
  private let candidates: [[Unicode.Scalar]]
  private let originals: [String]
  private var remainingBudget: Int

  /// Creates a suggester over `candidates` (first occurrence wins on ties).
  public init(candidates: [String], budget: Int = 5_000_000) {
    var seen: Set<String> = []
    var unique: [String] = []
    for candidate in candidates where !candidate.isEmpty && seen.insert(candidate).inserted {
      unique.append(candidate)
    }
    originals = unique
    self.candidates = unique.map { Array($0.lowercased().unicodeScalars) }
    remainingBudget = budget
  }

  /// Returns the nearest candidate to `identifier`, or `nil` when none is near enough.
  public func suggestion(for identifier: String) -> String? {
    let target = Array(identifier.lowercased().unicodeScalars)
    let limit = min(3, max(1, target.count / 3))
    var best: (distance: Int, index: Int)?
    for (index, candidate) in candidates.enumerated() {
      guard remainingBudget > 0 else { return nil }
      remainingBudget -= 1
      guard abs(candidate.count - target.count) <= limit else { continue }
      let bound = best.map { $0.distance - 1 } ?? limit
      if let distance = Self.distance(target, candidate, atMost: bound) {
        best = (distance, index)
        if distance == 0 { break }
      }
    }
    return best.map { originals[$0.index] }
  }

  /// The optimal-string-alignment distance, or `nil` when it exceeds `bound`.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int) -> Int? {
    if bound < 0 { return nil }
    let width = b.count + 1
    var previousPrevious = [Int](repeating: 0, count: width)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: width)
    if a.isEmpty { return b.count <= bound ? b.count : nil }
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      if !b.isEmpty {
        for j in 1...b.count {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, previousPrevious[j - 2] + 1)
          }
          current[j] = value
          rowMinimum = min(rowMinimum, value)
        }
      }
      if rowMinimum > bound { return nil }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    let result = previous[b.count]
    return result <= bound ? result : nil
  }
}
