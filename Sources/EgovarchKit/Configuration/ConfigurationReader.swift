import Yams

/// Turns the YAML nodes of a configuration file into a ``Configuration``, checking every
/// value and naming the node at fault.
///
/// It only ever walks the shapes a configuration has (a mapping of scalars, lists of
/// scalars and one mapping of scalars), and stops at the first unexpected node.
struct ConfigurationReader {
  /// The configuration file, as error messages name it.
  let file: String
  /// The directory relative paths start from; "" to leave them relative.
  let directory: String
  private let ruleIDs: Set<String>
  private let ruleSuggester: IdentifierSuggester

  /// Creates a reader for the file `file` in `directory`.
  init(file: String, directory: String) {
    self.file = file
    self.directory = directory
    let ids = RuleRegistry.descriptions.map(\.id)
    ruleIDs = Set(ids)
    ruleSuggester = IdentifierSuggester(candidates: ids)
  }

  /// The configuration `root` describes; an absent or empty document says nothing.
  func configuration(from root: Node?) throws(ConfigurationError) -> Configuration {
    var configuration = Configuration(directory: directory, path: file)
    guard let root, !Self.isNull(root) else { return configuration }
    guard case .mapping(let mapping) = root else {
      // Never quoted: a document that is not a mapping may be any file (`--config /etc/passwd`).
      let what = if case .scalar = root { "a single text value" } else { Self.describe(root) }
      throw error(at: root, "a configuration file must be a mapping of keys to values, not \(what)")
    }
    for (keyNode, value) in mapping {
      let key = try configurationKey(keyNode)
      if Self.isNull(value) { continue }
      switch key {
      case .framework: configuration.framework = try framework(value)
      case .failOn: configuration.failOn = try failureThreshold(value)
      case .onlyRules:
        let rules = try ruleList(value, key: key)
        if rules.isEmpty {
          throw error(at: value, "'only-rules' is empty, so no rule would run (remove it to run every rule)")
        }
        configuration.onlyRules = rules
      case .disabledRules: configuration.disabledRules = try ruleList(value, key: key)
      case .severity: configuration.severities = try severities(value)
      case .exclude: configuration.excludedPaths = try patterns(value)
      case .helpURIBase: configuration.helpURI = try helpURI(value)
      }
    }
    return configuration
  }

  // MARK: - Keys and values

  private func configurationKey(_ node: Node) throws(ConfigurationError) -> ConfigurationKey {
    guard case .scalar(let scalar) = node, !Self.isNull(node) else {
      throw error(at: node, "a key must be a name, not \(Self.describe(node))")
    }
    if let key = ConfigurationKey(rawValue: scalar.string) { return key }
    let keys = ConfigurationKey.allCases.map(\.rawValue)
    if let suggestion = IdentifierSuggester(candidates: keys).suggestion(for: scalar.string) {
      throw error(at: node, "unknown key \(Self.excerpt(scalar.string)) (did you mean '\(suggestion)'?)")
    }
    throw error(at: node, "unknown key \(Self.excerpt(scalar.string)) (the keys are \(ConfigurationKey.list))")
  }

  private func framework(_ node: Node) throws(ConfigurationError) -> String {
    let builtIn = BuiltInFrameworks.all.keys.sorted()
    guard let text = Self.string(node), !text.isEmpty else {
      let allowed = Self.list(builtIn, joinedBy: "or")
      throw error(
        at: node,
        "'framework' must be a built-in framework (\(allowed)) or the path of a framework file, not \(Self.describe(node))"
      )
    }
    if builtIn.contains(text) { return text }
    if text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
      let known = Self.list(builtIn, joinedBy: "and")
      throw error(
        at: node,
        "unknown framework \(Self.excerpt(text)) (the built-in frameworks are \(known); a framework file is named by its path)"
      )
    }
    if text.hasPrefix("/") || directory.isEmpty { return text }
    return directory.hasSuffix("/") ? directory + text : directory + "/" + text
  }

  private func failureThreshold(_ node: Node) throws(ConfigurationError) -> FailureThreshold {
    if let text = Self.string(node), let threshold = FailureThreshold(rawValue: text) { return threshold }
    let allowed = Self.list(FailureThreshold.allCases.map(\.rawValue), joinedBy: "or")
    throw error(at: node, "'fail-on' must be \(allowed), not \(Self.describe(node))")
  }

  /// The rule ids listed in `node`, each once, in order.
  private func ruleList(_ node: Node, key: ConfigurationKey) throws(ConfigurationError) -> [String] {
    guard case .sequence(let sequence) = node else {
      throw error(at: node, "'\(key.rawValue)' must be a list of rule ids")
    }
    var rules: [String] = []
    for item in sequence {
      guard let id = Self.string(item) else { throw error(at: item, "'\(key.rawValue)' must be a list of rule ids") }
      try checkRule(id, at: item)
      if !rules.contains(id) { rules.append(id) }
    }
    return rules
  }

  private func severities(_ node: Node) throws(ConfigurationError) -> [String: Severity] {
    let allowed = Self.list(Severity.allCases.reversed().map(\.rawValue), joinedBy: "or")
    guard case .mapping(let mapping) = node else {
      throw error(at: node, "'severity' must be a mapping from rule ids to \(allowed)")
    }
    var severities: [String: Severity] = [:]
    for (keyNode, value) in mapping {
      guard let id = Self.string(keyNode) else {
        throw error(at: keyNode, "'severity' must be a mapping from rule ids to \(allowed)")
      }
      try checkRule(id, at: keyNode)
      guard let text = Self.string(value), let severity = Severity(rawValue: text) else {
        throw error(at: value, "the severity of \(Self.excerpt(id)) must be \(allowed), not \(Self.describe(value))")
      }
      severities[id] = severity
    }
    return severities
  }

  private func helpURI(_ node: Node) throws(ConfigurationError) -> RuleHelpURI {
    guard let text = Self.string(node) else {
      throw error(at: node, "'help-uri-base' must be a URI, not \(Self.describe(node))")
    }
    guard let helpURI = RuleHelpURI(base: text) else {
      throw error(at: node, "'help-uri-base' \(RuleHelpURI.problem(with: text) ?? "is not a base URI")")
    }
    return helpURI
  }

  private func patterns(_ node: Node) throws(ConfigurationError) -> [PathPattern] {
    guard case .sequence(let sequence) = node else {
      throw error(at: node, "'exclude' must be a list of path patterns")
    }
    var patterns: [PathPattern] = []
    for item in sequence {
      guard let text = Self.string(item) else { throw error(at: item, "'exclude' must be a list of path patterns") }
      do {
        patterns.append(try PathPattern(text, relativeTo: directory))
      } catch {
        throw self.error(at: item, Self.message(for: error))
      }
    }
    return patterns
  }

  private func checkRule(_ id: String, at node: Node) throws(ConfigurationError) {
    if ruleIDs.contains(id) { return }
    if let suggestion = ruleSuggester.suggestion(for: id) {
      throw error(at: node, "unknown rule id \(Self.excerpt(id)) (did you mean '\(suggestion)'?)")
    }
    throw error(at: node, "unknown rule id \(Self.excerpt(id)) ('egovarch rules' lists the rules)")
  }

  private static func message(for error: PathPatternError) -> String {
    switch error {
    case .empty: return "an exclude pattern cannot be empty"
    case .absolute(let pattern):
      return "exclude pattern \(excerpt(pattern)) is absolute; write it relative to the configuration file's directory"
    case .parentAfterWildcard(let pattern): return "exclude pattern \(excerpt(pattern)) has '..' after a wildcard"
    case .tooLong: return "an exclude pattern cannot be longer than \(PathPattern.lengthLimit) bytes"
    }
  }

  // MARK: - Nodes

  private func error(at node: Node, _ message: String) -> ConfigurationError {
    ConfigurationError(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message: message)
  }

  /// A null scalar: empty, `~` or `null` (unquoted).
  private static func isNull(_ node: Node) -> Bool {
    guard case .scalar = node else { return false }
    return node.tag.description == Tag.Name.null.rawValue
  }

  /// The text of a scalar that is not null.
  private static func string(_ node: Node) -> String? {
    guard case .scalar(let scalar) = node, !isNull(node) else { return nil }
    return scalar.string
  }

  /// What a wrong value is, for messages: `'warn'`, "a list", "a mapping", "an empty value".
  private static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar):
      if isNull(node) { return "an empty value" }
      return excerpt(scalar.string)
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .alias: return "an alias"
    }
  }

  /// The longest excerpt of a file's text a message quotes, in Unicode scalars.
  static let excerptLimit = 40

  /// `text` as a message may quote it: in single quotes, control characters escaped, cut
  /// after ``excerptLimit`` characters ("…"), so that a message never carries much of a file
  /// that was not meant as a configuration.
  static func excerpt(_ text: String) -> String {
    let scalars = text.unicodeScalars
    let shown =
      scalars.count > excerptLimit ? String(String.UnicodeScalarView(scalars.prefix(excerptLimit))) + "…" : text
    return "'" + shown.terminalSafe + "'"
  }

  /// "a, b or c" (with `conjunction` "or").
  private static func list(_ words: [String], joinedBy conjunction: String) -> String {
    guard let last = words.last else { return "" }
    return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}
