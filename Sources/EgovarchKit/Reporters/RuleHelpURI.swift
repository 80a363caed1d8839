/// Where each rule's documentation is on the web, for SARIF's `helpUri`: a base URI, given by
/// `--help-uri-base` or the configuration's `help-uri-base`, and the rule's place below it.
///
/// - A base that ends with `/` is a directory: the rule id is appended as a path
///   (`https://example.org/rules/` → `https://example.org/rules/framework/missing-link`).
/// - Otherwise the base is a page like `docs/rules.md`, and the anchor of the rule's section
///   there is appended as the fragment (`https://github.com/OWNER/REPO/blob/main/docs/rules.md`
///   → `…/docs/rules.md#frameworkmissing-link`); a base that already ends with `#` gets the
///   anchor alone.
///
/// The base must be an absolute URI (a scheme such as `https:` and more after it), written with
/// the characters RFC 3986 allows (anything else percent-encoded), and without a fragment
/// unless it ends with that `#`.
public struct RuleHelpURI: Sendable, Hashable {
  /// The base URI, as given.
  public let base: String

  /// The help URIs below `base`; `nil` when `base` is not a base URI (`problem(with:)` says why).
  public init?(base: String) {
    guard Self.problem(with: base) == nil else { return nil }
    self.base = base
  }

  /// The help URI of the rule `ruleID`.
  public func uri(for ruleID: String) -> String {
    if base.hasSuffix("/") { return base + ruleID }
    let anchor = RuleCatalogFormatter.anchor(ruleID)
    return base.hasSuffix("#") ? base + anchor : base + "#" + anchor
  }

  /// What is wrong with `base` as a base URI, as the end of a message ("must be …"); `nil`
  /// when it is one.
  public static func problem(with base: String) -> String? {
    let example = "such as https://github.com/OWNER/REPO/blob/main/docs/rules.md"
    guard let colon = base.firstIndex(of: ":"), colon != base.startIndex, base.index(after: colon) != base.endIndex,
      base[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }),
      base.first?.isLetter == true
    else {
      return "must be an absolute URI (\(example))"
    }
    if let bad = base.unicodeScalars.first(where: { !isAllowed($0) }) {
      let shown =
        bad.properties.isWhitespace || bad.properties.generalCategory == .control
        ? "a blank or control character" : "'\(String(bad).terminalSafe)'"
      return "must be written with the characters of RFC 3986 (percent-encode \(shown))"
    }
    if let hash = base.firstIndex(of: "#"), base.index(after: hash) != base.endIndex {
      return "must not have a fragment, unless it ends with '#' (egovarch appends each rule's anchor)"
    }
    return nil
  }

  /// Whether RFC 3986 allows `scalar` in a URI as written (`%` for percent-encodings).
  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else { return false }
    let character = Character(scalar)
    return character.isLetter || character.isNumber || "-._~:/?#[]@!$&'()*+,;=%".contains(character)
  }
}
