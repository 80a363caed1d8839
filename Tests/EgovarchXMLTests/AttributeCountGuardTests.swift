import Testing

@testable import EgovarchXML

/// A start tag with more attributes than any model needs is refused before libxml2, whose cost
/// grows with the square of their number, parses it.
@Suite struct AttributeCountGuardTests {
  private final class Tags: XMLEventHandler {
    var names: [String] = []
    func startElement(_ tag: XMLStartTag) -> Bool {
      names.append(tag.localName)
      return false
    }
    func endElement(text: String?) {}
  }

  private static func document(attributes: Int, prefix: String = "x:") -> String {
    let list = (0..<attributes).map { #"\#(prefix)a\#($0)="v""# }.joined(separator: " ")
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <root xmlns:x="urn:x">
        <ok a="1"/>
        <item \(list)/>
        <after/>
      </root>
      """
  }

  @Test(arguments: [1_001, 50_000])
  func tooManyAttributesAreRefusedAtTheStartTag(count: Int) {
    let tags = Tags()
    let problems = XMLStreamParser.parse(Array(Self.document(attributes: count).utf8), schema: nil, handler: tags)
    #expect(
      problems == [
        XMLProblem(
          kind: .malformed,
          message: "this element has more than 1,000 attributes; no element of a model has more than a dozen",
          position: XMLPosition(line: 4, column: 3))
      ])
    #expect(tags.names == ["root", "ok"])
  }

  @Test func theSameProblemComesFromTheValidationThread() throws {
    let schema = try CompiledXMLSchema(
      source: #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="root"/></xs:schema>"#)
    let bytes = Array(Self.document(attributes: 2_000, prefix: "").utf8)
    let serial = XMLStreamParser.parse(
      bytes, schema: schema, handler: XMLEventHandlerAdapter(Tags()), parallelFrom: .max)
    let parallel = XMLStreamParser.parse(
      bytes, schema: schema, handler: XMLEventHandlerAdapter(Tags()), parallelFrom: 0)
    #expect(serial == parallel)
    #expect(serial.last?.position == XMLPosition(line: 4, column: 3))
  }

  @Test func aThousandAttributesAreParsed() {
    let tags = Tags()
    let problems = XMLStreamParser.parse(Array(Self.document(attributes: 1_000).utf8), schema: nil, handler: tags)
    #expect(problems.isEmpty)
    #expect(tags.names == ["root", "ok", "item", "after"])
  }

  /// `=` inside values, comments, CDATA sections and processing instructions is no attribute,
  /// wherever the chunks libxml2 asks for begin and end.
  @Test func onlyAttributesOfStartTagsCount() {
    let many = String(repeating: "=", count: 3_000)
    let document = """
      <?xml version="1.0"?><?pi <a \(many) ?><r a="\(many)>" b='\(many)'><!-- <a \(many) --->\
      <![CDATA[<a \(many) ]]]></r><!--x--><e \(String(repeating: "a=\"1\" ", count: 1_001))/>
      """
    let bytes = Array(document.utf8)
    let start = bytes.count - 1_001 * 6 - 5
    for chunk in [1, 2, 3, 7, 4_000] {
      var guardian = AttributeCountGuard()
      var tripped: Int?
      bytes.withUnsafeBufferPointer { buffer in
        var offset = 0
        while offset < buffer.count, tripped == nil {
          let end = min(offset + chunk, buffer.count)
          tripped = guardian.scan(buffer, offset..<end)
          offset = end
        }
      }
      #expect(tripped != nil, "chunk \(chunk)")
      #expect(guardian.tagStart == start, "chunk \(chunk)")
    }
  }
}
