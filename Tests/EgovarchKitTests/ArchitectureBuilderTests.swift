import EgovarchKit
import Testing

/// The loader builds the typed model with exact positions from the format document's example.
@Suite struct ArchitectureBuilderTests {
  private static let example = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1"
                  id="dien-bien" province="Điện Biên" framework="1.0" edition="1.0"
                  decision="1186/QĐ-UBND" approved="2018-12-19" asOf="2019-08-31">
      <title>Kiến trúc Chính quyền điện tử tỉnh Điện Biên, phiên bản 1.0</title>
      <components>
        <component id="lgsp" kind="lgsp" name="Nền tảng tích hợp, chia sẻ dữ liệu tỉnh" status="planned">
          <dependsOn ref="national:ngsp" type="integration"/>
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
        <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh"/>
      </components>
      <roadmap until="2025">
        <phase number="1" start="2018" title="LGSP">
          <task action="build" component="lgsp" status="in-progress" owner="Sở TT&amp;TT"/>
        </phase>
        <phase number="2" start="2020">
          <task action="train">Tư vấn và
            đào tạo kiến trúc</task>
        </phase>
      </roadmap>
      <indicators>
        <indicator id="dvc-level4" unit="percent" target="30" actual="34.5" deadline="2020-12-31"/>
      </indicators>
      <suppressions>
        <suppress rule="roadmap/dependency-later" component="lgsp" reason="rented cloud"/>
      </suppressions>
    </architecture>
    """

  @Test func buildsEveryPartWithPositions() throws {
    let outcome = ArchitectureValidator().validate(bytes: Array(Self.example.utf8), path: "x.xml")
    let structural = outcome.findings.filter { $0.ruleID.hasPrefix("xml/") || $0.ruleID.hasPrefix("model/") }
    #expect(structural.isEmpty, "\(structural.map(\.message.english))")
    let model = try #require(outcome.architecture)
    #expect(model.position == SourcePosition(line: 2, column: 1))
    // Where each start tag ends (just after its `>`), over several lines and for `/>`.
    #expect(model.position.end.map { [$0.line, $0.column] } == [4, 79])
    #expect(model.components[0].position.end.map { [$0.line, $0.column] } == [7, 102])
    #expect(model.components[0].dependencies[1].position.end.map { [$0.line, $0.column] } == [9, 52])
    #expect(model.province == "Điện Biên")
    #expect(model.asOf == CalendarDate(year: 2019, month: 8, day: 31))
    #expect(model.title == "Kiến trúc Chính quyền điện tử tỉnh Điện Biên, phiên bản 1.0")
    #expect(model.components.map(\.id) == ["lgsp", "data-centre"])
    #expect(model.components[0].position == SourcePosition(line: 7, column: 5))
    #expect(model.components[1].status == .planned)
    #expect(model.components[0].dependencies.map(\.reference) == [.national("ngsp"), .component("data-centre")])
    #expect(model.components[0].dependencies[1].position == SourcePosition(line: 9, column: 7))
    #expect(model.components[0].dependencies[1].type == .hosting)
    let roadmap = try #require(model.roadmap)
    #expect(roadmap.phases.map(\.start) == [2018, 2020])
    #expect(roadmap.endYear(ofPhaseAt: 0) == 2019)
    #expect(roadmap.endYear(ofPhaseAt: 1) == 2025)
    #expect(roadmap.phases[0].tasks[0].owner == "Sở TT&TT")
    #expect(roadmap.phases[0].tasks[0].status == .inProgress)
    #expect(roadmap.phases[1].tasks[0].text == "Tư vấn và đào tạo kiến trúc")
    #expect(model.indicators[0].actual == .number(34.5))
    #expect(model.suppressions[0].covers(ruleID: "roadmap/dependency-later", componentID: "lgsp"))
    #expect(!model.suppressions[0].covers(ruleID: "roadmap/dependency-later", componentID: "eams"))
  }

  @Test func schemaErrorsKeepTheRestOfTheModelChecked() {
    let document =
      MarkedExample.header + """

          <components>
            <component id="a" kind="lgsp" name="A" status="done">
              <dependsOn ref="b"/>
            </component>
          </components>
        </architecture>
        """
    let findings = ArchitectureValidator().validate(bytes: Array(document.utf8), path: "x.xml").findings
      .filter { $0.ruleID.hasPrefix("xml/") || $0.ruleID.hasPrefix("model/") }
    #expect(findings.map(\.ruleID) == ["xml/schema", "model/unresolved-reference"])
    #expect(findings.map(\.location.position.line) == [4, 5])
    #expect(findings[0].message.english.contains("'done'"))
  }

  @Test func aDocumentInAnotherNamespaceBuildsNoModel() {
    let document = "<architecture id=\"x\" province=\"X\" framework=\"2.0\"><components/></architecture>"
    let outcome = ArchitectureValidator().validate(bytes: Array(document.utf8), path: "x.xml")
    #expect(outcome.architecture == nil)
    #expect(outcome.findings.map(\.ruleID) == ["xml/schema"])
  }

  @Test func positionsAreComparedByTheirStartAndStayCompact() {
    let bare = SourcePosition(line: 3, column: 5)
    let ended = SourcePosition(line: 3, column: 5, end: (line: 4, column: 9))
    #expect(bare == ended && bare.hashValue == ended.hashValue)
    #expect(bare.end == nil && ended.end.map { [$0.line, $0.column] } == [4, 9])
    #expect(SourcePosition(line: 3, column: 4) < ended)
    // A model keeps one position per element: the end must not make it larger than two Ints.
    #expect(MemoryLayout<SourcePosition>.size == 2 * MemoryLayout<Int>.size)
  }
}
