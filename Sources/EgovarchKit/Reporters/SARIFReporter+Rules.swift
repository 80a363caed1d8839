extension SARIFReporter {
  /// The most tags a rule carries: GitHub code scanning shows ten of them.
  static let tagLimit = 10

  /// The `reportingDescriptor` of `rule`: its id and name, its summary, its description
  /// (summary, rationale, basis), its `helpUri` when `ReporterSettings.helpURI` gives a base,
  /// its documentation as `help` (the text of `egovarch rules` and the Markdown of
  /// `docs/rules.md`, without the examples), its default level and its tags.
  func rule(_ rule: RuleDescription) -> JSONValue {
    let language = settings.language
    var full = rule.summary.text(in: language).capitalizedFirst + ". "
    full += rule.rationale.text(in: language).capitalizedFirst + "."
    if let basis = rule.basis {
      full += " " + Vocabulary.basis.text(in: language).capitalizedFirst + ": " + basis + "."
    }
    let catalogue = RuleCatalogFormatter(language: language)
    var members: [(key: String, value: JSONValue)] = [
      ("id", .string(rule.id)),
      ("name", .string(Self.name(of: rule.id))),
      ("shortDescription", .object([("text", .string(rule.summary.text(in: language)))])),
      ("fullDescription", .object([("text", .string(full))])),
    ]
    if let helpURI = settings.helpURI { members.append(("helpUri", .string(helpURI.uri(for: rule.id)))) }
    members += [
      (
        "help",
        .object([
          ("text", .string(catalogue.documentationText(rule))),
          ("markdown", .string(catalogue.documentationMarkdown(rule))),
        ])
      ),
      ("defaultConfiguration", .object([("level", .string(rule.defaultSeverity.rawValue))])),
      ("properties", .object([("tags", .array(Self.tags(of: rule).map(JSONValue.string)))])),
    ]
    return .object(members)
  }

  /// The rule's name: its id in PascalCase (`framework/missing-link` → `FrameworkMissingLink`).
  public static func name(of ruleID: String) -> String {
    ruleID.split { !($0.isLetter || $0.isNumber) }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// The rule's tags, each once, at most ``tagLimit``: its area (the part of its id before the
  /// `/`: `framework` for the rules that check a model against its framework), then the
  /// number of each instrument of its legal basis, in the order the basis cites them
  /// (`85/2016/NĐ-CP`, `116/2025/QH15`, `1178/BTTTT-THH`).
  public static func tags(of rule: RuleDescription) -> [String] {
    var tags: [String] = []
    let area = rule.id.split(separator: "/").first.map(String.init) ?? rule.id
    tags.append(area)
    if let basis = rule.basis {
      // The number of a Vietnamese legal instrument: a serial number, the year when it has
      // one, and the issuer's symbol (`331/2026/NĐ-CP`, `1178/BTTTT-THH`, `2323/QĐ-BTTTT`).
      let instrumentNumber = /[0-9]+\/(?:[0-9]{4}\/)?[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*/
      for match in basis.matches(of: instrumentNumber) {
        let number = String(match.output)
        if !tags.contains(number) { tags.append(number) }
      }
    }
    return Array(tags.prefix(tagLimit))
  }
}

extension String {
  /// The string with its first character in upper case.
  fileprivate var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
