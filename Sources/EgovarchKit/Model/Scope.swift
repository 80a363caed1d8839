/// Who a component serves and who runs it.
///
/// `provincial`, `district` and `commune` are the province's own levels of government: the
/// province builds, routes and runs their components. From 2025-07-01 local government has two
/// levels, the province and the commune; the district level ended (`admin/district-level`).
public enum Scope: String, Sendable, Hashable, CaseIterable {
  case provincial
  case district
  case commune
  case national
  case external

  /// Whether the province builds and runs components of this scope: the provincial, district
  /// and commune levels, not national or external systems.
  public var isLocalGovernment: Bool {
    switch self {
    case .provincial, .district, .commune: return true
    case .national, .external: return false
    }
  }
}
