/// Picks an index at random, each with a probability proportional to its weight.
struct WeightedChoice {
  private let cumulative: [Int]

  /// Creates the choice over `weights` (at least one must be positive).
  init(_ weights: [Int]) {
    var total = 0
    cumulative = weights.map {
      total += $0
      return total
    }
  }

  /// An index drawn with `random`.
  func pick(_ random: inout SplitMix64) -> Int {
    let value = random.below(cumulative.last!)
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > value { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
