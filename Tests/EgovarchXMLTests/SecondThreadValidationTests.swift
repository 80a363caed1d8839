import Testing

@testable import EgovarchXML

/// Validating on a second thread (as for large documents) reports exactly what one thread does,
/// and the handler sees exactly the same events.
@Suite struct SecondThreadValidationTests {
  private static let schemaSource = """
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t"
      elementFormDefault="qualified">
      <xs:element name="root">
        <xs:complexType>
          <xs:sequence><xs:element name="item" maxOccurs="unbounded">
            <xs:complexType>
              <xs:simpleContent>
                <xs:extension base="xs:string"><xs:attribute name="id" type="xs:int" use="required"/></xs:extension>
              </xs:simpleContent>
            </xs:complexType>
          </xs:element></xs:sequence>
        </xs:complexType>
      </xs:element>
    </xs:schema>
    """

  /// Records every event, by name, for comparison.
  private final class Recorder: XMLElementHandler {
    let vocabulary = ["root", "item", "id", "urn:t"]
    var events: [String] = []

    func startElement(_ element: XMLElementStart) -> Bool {
      events.append("\(element.localName) \(element.position) id=\(element.value(2) ?? "-")")
      return element.name == 1
    }

    func endElement(text: String?) { events.append("end \(text ?? "-")") }
  }

  private static let documents = [
    "<root xmlns=\"urn:t\">\n  <item id=\"1\">a &amp; b</item>\n  <item id=\"2\"/>\n</root>\n",
    "<root xmlns=\"urn:t\">\n  <item id=\"x\"/>\n  <item/>\n  <other/>\n</root>\n",
    "<root xmlns=\"urn:t\">\n  <item id=\"1\">\n</root>\n",
    "<root xmlns=\"urn:t\">\n</root>\n",
    "<root xmlns=\"urn:t\"><item id=\"1\">a<x/></item>\n  <item id=\"y\"><x/></item><q/></root>",
    "<root xmlns=\"urn:t\">\n  <item id=\"1\">" + String(repeating: "long text ", count: 120_000) + "</item>\n</root>",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY e \"x\">]>\n<root xmlns=\"urn:t\">&e;</root>\n",
    "<root xmlns=\"urn:t\">" + String(repeating: "<item id=\"7\">Điện Biên</item>\n", count: 2_000) + "</root>",
  ]

  @Test(arguments: documents)
  func secondThreadReportsTheSameProblemsAndEvents(document: String) throws {
    let schema = try CompiledXMLSchema(source: Self.schemaSource)
    let bytes = Array(document.utf8)
    let serial = Recorder()
    let parallel = Recorder()
    let one = XMLStreamParser.parse(bytes, schema: schema, handler: serial, parallelFrom: .max)
    let two = XMLStreamParser.parse(bytes, schema: schema, handler: parallel, parallelFrom: 0)
    #expect(one == two)
    #expect(serial.events == parallel.events)
  }
}
