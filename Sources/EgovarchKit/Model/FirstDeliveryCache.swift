import Synchronization

/// Holds `RoadmapSchedule.firstDelivery` once it has been asked for: a dictionary with an entry
/// per scheduled component (some megabytes on a model of 100,000 components) that the rules,
/// which work by component index, never need.
final class FirstDeliveryCache: Sendable {
  private let storage = Mutex<[String: Int]?>(nil)

  /// The cached dictionary, computed by `compute` on first use (under the lock).
  func value(_ compute: () -> [String: Int]) -> [String: Int] {
    storage.withLock { cached in
      if let cached { return cached }
      let value = compute()
      cached = value
      return value
    }
  }
}
