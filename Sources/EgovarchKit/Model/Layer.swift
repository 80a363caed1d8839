/// The layer of the architecture a component belongs to, from users down to infrastructure.
public enum Layer: String, Sendable, Hashable, CaseIterable {
  case users
  case channels
  case portals
  case services
  case applications
  case integration
  case shared
  case data
  case infrastructure
  case security
  case governance
}
