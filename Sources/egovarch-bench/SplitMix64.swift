/// A small seeded pseudo-random generator (SplitMix64): the same seed gives the same model on
/// every machine and every run.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  /// Creates a generator that yields the same sequence for the same `seed`.
  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A number in `0..<bound`, without the bias of a plain remainder that matters here.
  mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }

  /// Whether an event of probability `percent` % happens.
  mutating func chance(_ percent: Int) -> Bool {
    below(100) < percent
  }
}
