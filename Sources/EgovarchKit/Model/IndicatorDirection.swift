/// Whether an indicator is met by reaching at least, or at most, its target.
public enum IndicatorDirection: String, Sendable, Hashable, CaseIterable {
  case atLeast = "at-least"
  case atMost = "at-most"
}
