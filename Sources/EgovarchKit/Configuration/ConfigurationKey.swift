/// The top-level keys of a configuration file, in the order the documentation lists them.
enum ConfigurationKey: String, CaseIterable {
  case framework
  case failOn = "fail-on"
  case onlyRules = "only-rules"
  case disabledRules = "disabled-rules"
  case severity
  case exclude
  case helpURIBase = "help-uri-base"

  /// The keys as prose: "framework, fail-on, …, exclude and help-uri-base".
  static var list: String {
    let names = allCases.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
  }
}
