/// Who a component serves and who runs it.
public enum Scope: String, Sendable, Hashable, CaseIterable {
  case provincial
  case district
  case national
  case external
}
