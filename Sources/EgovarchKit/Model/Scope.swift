/// Who a component serves and who runs it.
public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
  case provincial
  case district
  case national
  case external
}
