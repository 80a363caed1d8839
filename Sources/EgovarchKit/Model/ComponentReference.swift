/// What a `dependsOn` points at: a component of the same file, or a national system.
public enum ComponentReference: Sendable, Hashable, CustomStringConvertible {
  /// A component of the same file, by id.
  case component(String)
  /// A national system provided by the framework, by kind (written `national:KIND`).
  case national(String)

  /// The prefix that marks a national system.
  public static let nationalPrefix = "national:"

  /// Parses `id` or `national:KIND`.
  public init(parsing text: String) {
    if text.hasPrefix(ComponentReference.nationalPrefix) {
      self = .national(String(text.dropFirst(ComponentReference.nationalPrefix.count)))
    } else {
      self = .component(text)
    }
  }

  /// Whether it names a national system.
  var isNational: Bool {
    if case .national = self { return true }
    return false
  }

  public var description: String {
    switch self {
    case .component(let id): return id
    case .national(let kind): return ComponentReference.nationalPrefix + kind
    }
  }
}
