/// Compares the cost of one job at two sizes, for the tests of linear growth where counting
/// the work is not practical: never an absolute time, only the ratio of two.
///
/// Each size runs three times and the fastest run counts, so that a busy machine slows the
/// ratio down less. With sizes `n` and `8n`, linear work gives a ratio near 8 and quadratic
/// work near 64: the tests accept up to ``limit``.
enum GrowthRatio {
  /// The largest ratio a linear job may show between sizes `n` and `8n`.
  static let limit = 24.0

  /// How much longer `large` takes than `small`, best of three runs each.
  static func of(small: () -> Void, large: () -> Void) -> Double {
    let clock = ContinuousClock()
    func fastest(_ body: () -> Void) -> Duration {
      (0..<3).map { _ in clock.measure(body) }.min() ?? .zero
    }
    let smallTime = fastest(small)
    let largeTime = fastest(large)
    return largeTime / max(smallTime, .microseconds(1))
  }
}
