/// Builds a Graphviz DOT document line by line, quoting and escaping every id and label.
///
/// Every id and attribute value is written as a double-quoted string: backslashes and double
/// quotes are escaped, line breaks become `\n`, and everything else, Vietnamese included, is
/// kept as UTF-8. Label values also have `&` written as `&amp;`, because Graphviz reads HTML
/// entities in ordinary labels; labels are never HTML-like.
public struct DOTWriter: Sendable {
  /// The attribute names whose values Graphviz shows as text.
  static let textAttributes: Set<String> = ["label", "xlabel", "headlabel", "taillabel", "tooltip"]

  /// The document so far.
  public private(set) var text = ""
  private var depth = 0

  /// Creates an empty writer.
  public init() {}

  /// `value` as a DOT double-quoted string.
  public static func quoted(_ value: String) -> String {
    quoted(value, escapingAmpersands: false)
  }

  /// `value` as a quoted DOT label: `&` written as an entity so that it is shown as typed.
  public static func quotedLabel(_ value: String) -> String {
    quoted(value, escapingAmpersands: true)
  }

  private static func quoted(_ value: String, escapingAmpersands: Bool) -> String {
    var result = "\""
    var previousWasReturn = false
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\r": result += "\\n"
      case "\n": if !previousWasReturn { result += "\\n" }
      case "&" where escapingAmpersands: result += "&amp;"
      case _ where scalar.isHiddenFromReaders: result += "\\" + scalar.visibleEscape
      default: result.unicodeScalars.append(scalar)
      }
      previousWasReturn = scalar == "\r"
    }
    return result + "\""
  }

  /// `lines` as a quoted DOT label whose lines are each left-justified (ended with `\\l`), every
  /// line escaped as `quotedLabel` escapes it.
  public static func quotedLeftJustifiedLabel(_ lines: [String]) -> String {
    "\"" + lines.map { quotedLabel($0).dropFirst().dropLast() + "\\l" }.joined() + "\""
  }

  /// `[name="value", …]` for `attributes` in the order given (empty when there are none).
  public static func attributeList(_ attributes: [(String, String)]) -> String {
    guard !attributes.isEmpty else { return "" }
    let items = attributes.map { name, value in
      "\(name)=" + (textAttributes.contains(name) ? quotedLabel(value) : quoted(value))
    }
    return " [" + items.joined(separator: ", ") + "]"
  }

  /// Writes one line at the current indentation.
  public mutating func line(_ content: String) {
    text += String(repeating: "  ", count: depth) + content + "\n"
  }

  /// Opens `digraph "id" {` with the UTF-8 charset declared.
  public mutating func openDigraph(_ id: String) {
    line("digraph \(Self.quoted(id)) {")
    depth += 1
    attribute("charset", "UTF-8")
  }

  /// Opens `subgraph "id" {`.
  public mutating func openSubgraph(_ id: String) {
    line("subgraph \(Self.quoted(id)) {")
    depth += 1
  }

  /// Opens an anonymous `{` block.
  public mutating func openBlock() {
    line("{")
    depth += 1
  }

  /// Closes the innermost graph, subgraph or block.
  public mutating func close() {
    depth -= 1
    line("}")
  }

  /// Writes a graph attribute `name="value";`.
  public mutating func attribute(_ name: String, _ value: String) {
    line("\(name)=" + (Self.textAttributes.contains(name) ? Self.quotedLabel(value) : Self.quoted(value)) + ";")
  }

  /// Writes default attributes for `kind` (`graph`, `node` or `edge`).
  public mutating func defaults(_ kind: String, _ attributes: [(String, String)]) {
    line(kind + Self.attributeList(attributes) + ";")
  }

  /// Writes a node.
  public mutating func node(_ id: String, _ attributes: [(String, String)] = []) {
    line(Self.quoted(id) + Self.attributeList(attributes) + ";")
  }

  /// Writes a plain-text node whose `lines` are left-justified, with `attributes` after its label.
  public mutating func leftJustifiedNode(_ id: String, lines: [String], _ attributes: [(String, String)] = []) {
    let rest = Self.attributeList(attributes)
    let label = "label=" + Self.quotedLeftJustifiedLabel(lines)
    line(Self.quoted(id) + " [" + label + (rest.isEmpty ? "]" : ", " + rest.dropFirst(2)) + ";")
  }

  /// Writes an edge from `tail` to `head`.
  public mutating func edge(_ tail: String, _ head: String, _ attributes: [(String, String)] = []) {
    line(Self.quoted(tail) + " -> " + Self.quoted(head) + Self.attributeList(attributes) + ";")
  }
}
