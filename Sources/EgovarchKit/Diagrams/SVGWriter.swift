/// Builds an SVG document element by element, escaping every text and every attribute value.
///
/// Text and attribute values go through the one escaper of the XML outputs
/// (`String.markupEscaped(inAttribute:allQuotes:)`): `&`, `<`, `>` and both quotes become
/// character references, and characters a reader would not see (controls, bidirectional
/// overrides) are shown as visible escapes, so that a model's names can neither break the
/// document nor hide text. Numbers are written with at most one decimal, the same on every
/// machine.
struct SVGWriter: Sendable {
  /// The document so far.
  private(set) var text = ""
  /// The names of the elements opened and not yet closed, innermost last.
  private var openElements: [String] = []

  /// Starts a document of `width` by `height` pixels (its `viewBox` is the same box), with
  /// `title` as its accessible name and `attributes` on the root element (fonts, say).
  init(width: Double, height: Double, title: String, attributes: [(String, String)] = []) {
    text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    let size = [
      ("xmlns", "http://www.w3.org/2000/svg"), ("width", Self.number(width)), ("height", Self.number(height)),
      ("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))"),
    ]
    open("svg", size + attributes)
    element("title", text: title)
  }

  /// `value` escaped as character data.
  static func escapedText(_ value: String) -> String {
    value.markupEscaped(inAttribute: false, allQuotes: true)
  }

  /// `value` escaped for a double-quoted attribute.
  static func escapedAttribute(_ value: String) -> String {
    value.markupEscaped(inAttribute: true, allQuotes: true)
  }

  /// `value` with at most one decimal and no trailing `.0`: `12`, `12.5`, `-3.1`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let tenths = Int((value * 10).rounded())
    let whole = String(abs(tenths) / 10)
    let sign = tenths < 0 ? "-" : ""
    return tenths % 10 == 0 ? sign + whole : sign + whole + "." + String(abs(tenths) % 10)
  }

  /// ` name="value"` for each attribute, in the order given.
  private static func attributeText(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(escapedAttribute($0.1))\"" }.joined()
  }

  /// The indentation of the current depth.
  private var indentation: String { String(repeating: "  ", count: openElements.count) }

  /// Opens `<name …>`; `close()` ends it.
  mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
    text += indentation + "<\(name)\(Self.attributeText(attributes))>\n"
    openElements.append(name)
  }

  /// Closes the innermost open element.
  mutating func close() {
    guard let name = openElements.popLast() else { return }
    text += indentation + "</\(name)>\n"
  }

  /// Writes `<name …/>`, or `<name …>text</name>` with `text` escaped.
  mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String? = nil) {
    let head = indentation + "<\(name)\(Self.attributeText(attributes))"
    guard let content else {
      text += head + "/>\n"
      return
    }
    text += head + ">" + Self.escapedText(content) + "</\(name)>\n"
  }

  /// Writes `<text …>` holding `runs` on one line, each a `<tspan>` with its own attributes
  /// and its text escaped.
  ///
  /// The runs are written with no white space between them, and the text element keeps its
  /// spaces (`xml:space="preserve"`): librsvg drops a space at the start or the end of a
  /// `tspan` otherwise. The runs' text should hold no line break or tab (the timeline's labels
  /// are on one line).
  mutating func text(_ attributes: [(String, String)], runs: [(text: String, attributes: [(String, String)])]) {
    let spans = runs.map { run in
      "<tspan\(Self.attributeText(run.attributes))>" + Self.escapedText(run.text) + "</tspan>"
    }
    let preserving = attributes + [("xml:space", "preserve")]
    text += indentation + "<text\(Self.attributeText(preserving))>" + spans.joined() + "</text>\n"
  }

  /// The finished document, with every element still open closed.
  var document: String {
    var copy = self
    while !copy.openElements.isEmpty { copy.close() }
    return copy.text
  }
}
