/// Suggests the existing identifier nearest to a mistyped one ("did you mean 'lgsp'?").
///
/// Distance is the optimal-string-alignment distance (a swap of two neighbours counts once),
/// ignoring case. A suggestion needs a distance of at most a third of the length (at least 1,
/// at most 3). The total work per model is bounded: after `budget` comparisons it stops
/// suggesting, so a generated model where every reference dangles stays fast. A comparison
/// costs in proportion to the identifier's length (one unit per 16 characters), and
/// identifiers longer than `maximumLength` get no suggestion, so that a hostile model of very
/// long, nearly equal identifiers stays fast too.
public final class IdentifierSuggester {
  /// The longest identifier a suggestion is looked for, in Unicode scalars.
  public static let maximumLength = 128

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
    guard target.count <= Self.maximumLength else { return nil }
    let limit = min(3, max(1, target.count / 3))
    let cost = 1 + target.count / 16
    var best: (distance: Int, index: Int)?
    for (index, candidate) in candidates.enumerated() {
      guard remainingBudget > 0 else { return nil }
      remainingBudget -= cost
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
  ///
  /// Only the cells within `bound` of the diagonal are computed (the others cannot hold a
  /// distance of at most `bound`), so the cost is proportional to the length, not its square.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int) -> Int? {
    if bound < 0 || abs(a.count - b.count) > bound { return nil }
    if a.isEmpty { return b.count }
    // Any value above `bound` is as good as another: `outside` stands for all of them.
    let outside = bound + 1
    let width = b.count + 1
    var previousPrevious = [Int](repeating: outside, count: width)
    var previous = (0...b.count).map { min($0, outside) }
    var current = [Int](repeating: outside, count: width)
    for i in 1...a.count {
      let low = max(1, i - bound)
      let high = min(b.count, i + bound)
      current[0] = min(i, outside)
      current[low - 1] = low == 1 ? current[0] : outside
      var rowMinimum = low == 1 ? current[0] : outside
      if low <= high {
        for j in low...high {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, previousPrevious[j - 2] + 1)
          }
          value = min(value, outside)
          current[j] = value
          rowMinimum = min(rowMinimum, value)
        }
      }
      if high + 1 <= b.count { current[high + 1] = outside }
      if rowMinimum > bound { return nil }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    let result = previous[b.count]
    return result <= bound ? result : nil
  }
}
