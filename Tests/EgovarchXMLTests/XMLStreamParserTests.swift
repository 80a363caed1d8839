import EgovarchXML
import Testing

/// Records what the parser reports, for assertions.
private final class RecordingHandler: XMLEventHandler {
  var tags: [XMLStartTag] = []
  var texts: [String?] = []
  let textElements: Set<String>

  init(textElements: Set<String> = []) { self.textElements = textElements }

  func startElement(_ tag: XMLStartTag) -> Bool {
    tags.append(tag)
    return textElements.contains(tag.localName)
  }

  func endElement(text: String?) { texts.append(text) }
}

private let schemaSource = """
  <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t"
    elementFormDefault="qualified">
    <xs:element name="root">
      <xs:complexType>
        <xs:sequence><xs:element name="item" maxOccurs="unbounded">
          <xs:complexType><xs:attribute name="id" type="xs:int" use="required"/></xs:complexType>
        </xs:element></xs:sequence>
      </xs:complexType>
    </xs:element>
  </xs:schema>
  """

@Suite struct XMLStreamParserTests {
  @Test func reportsExactStartTagPositionsInScalars() {
    let document = """
      <?xml version="1.0" encoding="UTF-8"?>
      <root a="Điện Biên">
        <item
            id="1"/>   <item id="2"/>
      </root>
      """
    let handler = RecordingHandler()
    let problems = XMLStreamParser.parse(Array(document.utf8), schema: nil, handler: handler)
    #expect(problems.isEmpty)
    #expect(
      handler.tags.map(\.position) == [
        XMLPosition(line: 2, column: 1), XMLPosition(line: 3, column: 3),
        XMLPosition(line: 4, column: 18),
      ])
    #expect(handler.tags[0].attribute("a") == "Điện Biên")
  }

  @Test func reportsWhereEachStartTagEnds() {
    // Ends are exclusive: the column just after `>`, counted in scalars, across lines, after
    // blanks before `>` and for `/>`.
    let document = "<root a=\"Điện Biên\">\n  <item\n      id=\"1\"/>   <item id=\"2\" >\r\n<x/></item></root>"
    let handler = RecordingHandler()
    let problems = XMLStreamParser.parse(Array(document.utf8), schema: nil, handler: handler)
    #expect(problems.isEmpty)
    #expect(
      handler.tags.map(\.end) == [
        XMLPosition(line: 1, column: 21), XMLPosition(line: 3, column: 15), XMLPosition(line: 3, column: 32),
        XMLPosition(line: 4, column: 5),
      ])
    #expect(
      handler.tags.map(\.position) == [
        .start, XMLPosition(line: 2, column: 3), XMLPosition(line: 3, column: 18), XMLPosition(line: 4, column: 1),
      ])
  }

  @Test func decodesReferencesInAttributesAndText() {
    let document = "<r o=\"TT&amp;TT &lt;x&gt; &#38; &#x41;\">a &amp; b<![CDATA[<c>]]></r>"
    let handler = RecordingHandler(textElements: ["r"])
    let problems = XMLStreamParser.parse(Array(document.utf8), schema: nil, handler: handler)
    #expect(problems.isEmpty)
    #expect(handler.tags[0].attribute("o") == "TT&TT <x> & A")
    #expect(handler.texts == ["a & b<c>"])
  }

  @Test func malformedDocumentGivesLineAndColumn() {
    let document = "<root>\n  <item id=\"1\">\n</root>\n"
    let problems = XMLStreamParser.parse(Array(document.utf8), schema: nil, handler: RecordingHandler())
    #expect(problems.count == 1)
    #expect(problems.first?.kind == .malformed)
    #expect(problems.first?.position.line == 3)
    #expect(problems.first?.message.contains("mismatch") == true)
  }

  @Test func schemaErrorsPointAtTheOffendingStartTag() throws {
    let schema = try CompiledXMLSchema(source: schemaSource)
    let document = """
      <root xmlns="urn:t">
        <item id="1"/>
        <item id="x"/>
      </root>
      """
    let problems = XMLStreamParser.parse(Array(document.utf8), schema: schema, handler: RecordingHandler())
    #expect(problems.count == 1)
    #expect(problems.first?.kind == .schema)
    #expect(problems.first?.position == XMLPosition(line: 3, column: 3))
    #expect(problems.first?.message.hasPrefix("element 'item', attribute 'id'") == true)
  }

  @Test func missingChildrenPointAtTheParentStartTag() throws {
    let schema = try CompiledXMLSchema(source: schemaSource)
    let document = "<x/>\n"
    let problems = XMLStreamParser.parse(Array(document.utf8), schema: schema, handler: RecordingHandler())
    #expect(problems.map(\.kind) == [.schema])
    let empty = "<root xmlns=\"urn:t\">\n</root>\n"
    let missing = XMLStreamParser.parse(Array(empty.utf8), schema: schema, handler: RecordingHandler())
    #expect(missing.map(\.position) == [XMLPosition(line: 1, column: 1)])
  }

  @Test func doctypeStopsTheParseWithoutReadingEntities() {
    let document = """
      <?xml version="1.0"?>
      <!DOCTYPE root [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
      <root>&secret;</root>
      """
    let handler = RecordingHandler(textElements: ["root"])
    let problems = XMLStreamParser.parse(Array(document.utf8), schema: nil, handler: handler)
    #expect(problems.map(\.kind) == [.doctype])
    #expect(problems.first?.position == XMLPosition(line: 2, column: 1))
    #expect(handler.tags.isEmpty)
  }

  @Test func deepNestingIsRefusedByTheDepthLimit() {
    let depth = 200_000
    let document = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
    let handler = RecordingHandler()
    let problems = XMLStreamParser.parse(Array(document.utf8), schema: nil, handler: handler)
    #expect(problems.first?.kind == .malformed)
    #expect(handler.tags.count < 1000)
  }

  @Test func concurrentParsesKeepTheirProblemsApart() async throws {
    let schema = try CompiledXMLSchema(source: schemaSource)
    let results = await withTaskGroup(of: (Int, [XMLProblem]).self) { group in
      for index in 0..<64 {
        group.addTask {
          let lines = String(repeating: "\n", count: index)
          let document = "<root xmlns=\"urn:t\">\(lines)<item id=\"bad\"/></root>"
          return (index, XMLStreamParser.parse(Array(document.utf8), schema: schema, handler: RecordingHandler()))
        }
      }
      var collected: [(Int, [XMLProblem])] = []
      for await result in group { collected.append(result) }
      return collected
    }
    for (index, problems) in results {
      #expect(problems.map(\.position.line) == [index + 1])
    }
  }
}
