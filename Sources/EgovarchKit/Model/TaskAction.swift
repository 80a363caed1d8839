/// What a roadmap task does to its component.
public enum TaskAction: String, Sendable, Hashable, CaseIterable {
  case build
  case upgrade
  case integrate
  case operate
  case train
  case consult
  case policy
}
