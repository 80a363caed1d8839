/// The unit of an indicator's target and actual value.
public enum IndicatorUnit: String, Sendable, Hashable, CaseIterable {
  case percent
  case count
  case boolean
}
