/// The target or actual value of an indicator: a number, or yes/no for boolean indicators.
public enum IndicatorValue: Sendable, Hashable, CustomStringConvertible {
  case number(Double)
  case boolean(Bool)

  /// Parses a decimal number or `true`/`false`/`1`/`0`; returns `nil` for anything else,
  /// including NaN, infinities and numbers beyond the format's 18 digits.
  public init?(parsing text: String) {
    let trimmed = text.trimmingCharacters(in: String.xmlWhitespace)
    switch trimmed {
    case "true": self = .boolean(true)
    case "false": self = .boolean(false)
    default:
      guard let value = trimmed.finiteNumber(upTo: FormatBounds.largestAmount) else { return nil }
      self = .number(value)
    }
  }

  /// The value as a number (`true` is 1).
  public var numericValue: Double {
    switch self {
    case .number(let value): return value
    case .boolean(let value): return value ? 1 : 0
    }
  }

  public var description: String {
    switch self {
    case .boolean(let value): return value ? "true" : "false"
    case .number(let value):
      if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
      return String(value)
    }
  }
}
