import Foundation
import Testing

/// Each model rule reports the exact `line:column` of the `<` of the element it is about.
///
/// Line numbers in the comments count from the XML declaration (line 1). The small documents
/// here lack most of what framework 2.0 requires, so they also get `framework/…` and
/// `roadmap/…` findings; each test looks at the findings of the rule it is about, and checks
/// that the document itself (`xml/…`) drew no finding it does not expect.
@Suite struct FindingPositionTests {
  /// Validates `source` as `model.xml` and returns the result (text output, English).
  private func validate(_ source: String, _ options: [String] = []) async throws -> CommandResult {
    let directory = try TemporaryDirectory()
    try directory.write(source, to: "model.xml")
    return try await CommandRunner.egovarch(["validate"] + options + ["model.xml"], in: directory.url)
  }

  @Test func dependsOnTypoIsReportedAtItsStartTag() async throws {
    let source = """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="Lai Châu" framework="2.0">
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP"/>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa điện tử">
            <description>Hệ thống một cửa</description>
            <dependsOn ref="lgps" type="integration"/>
          </component>
        </components>
      </architecture>
      """
    let result = try await validate(source)
    #expect(result.exitStatus == 1, "\(result)")
    let report = result.textReport
    #expect(report.unparsedLines.isEmpty, "\(result)")
    #expect(report.xmlRules.isEmpty, "\(result)")
    #expect(
      report.findings(of: "model/unresolved-reference").map(\.description) == [
        "model.xml:7:7: error: component Một cửa điện tử ('one-stop') depends on 'lgps', which is not a component of this model; "
          + "did you mean 'lgsp'? [model/unresolved-reference]"
      ])
  }

  @Test func startTagOverSeveralLinesIsReportedAtTheLineOfItsBracket() async throws {
    let source = """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
        <components>
          <component id="portal" kind="web-portal" name="Cổng thông tin"/>
          <component id="one-stop" kind="one-stop-shop" name="Một cửa">
            <dependsOn
                ref="ghost"
                type="integration"/>
          </component>
          <component
              id="portal"
              kind="web-portal"
              name="Cổng thông tin (bản sao)"/>
        </components>
      </architecture>
      """
    let report = try await validate(source).textReport
    #expect(report.unparsedLines.isEmpty)
    #expect(report.xmlRules.isEmpty)
    let modelFindings = report.findings(of: ["model/unresolved-reference", "model/duplicate-id"])
    #expect(modelFindings.map(\.position) == ["6:7", "10:5"])
    #expect(modelFindings.map(\.rule) == ["model/unresolved-reference", "model/duplicate-id"])
  }

  @Test func columnsCountCharactersNotBytes() async throws {
    let line =
      #"    <component id="a" kind="lgsp" name="Hệ thống điện tử"><description>Phần mềm đăng ký "#
      + #"hộ tịch</description><dependsOn ref="zz"/></component>"#
    let source = ModelSource.document("  <components>\n" + line + "\n  </components>")
    let prefix = try #require(line.range(of: "<dependsOn")).lowerBound
    let characterColumn = line.distance(from: line.startIndex, to: prefix) + 1
    let byteColumn = line[..<prefix].utf8.count + 1
    #expect(characterColumn == 110)
    #expect(byteColumn > characterColumn)  // so the test tells the two apart
    let report = try await validate(source).textReport
    #expect(report.xmlRules.isEmpty)
    #expect(report.findings(of: "model/unresolved-reference").map(\.position) == ["4:\(characterColumn)"])
  }

  @Test func duplicateIDIsReportedAtTheSecondDeclaration() async throws {
    let source = ModelSource.document(
      """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP"/>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu"/>
          <component id="lgsp" kind="lgsp" name="LGSP (bản sao)"/>
        </components>
      """)
    let result = try await validate(source)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.xmlRules.isEmpty, "\(result)")
    #expect(
      result.textReport.findings(of: "model/duplicate-id").map(\.description) == [
        "model.xml:6:5: error: component id 'lgsp' is already declared at line 4 [model/duplicate-id]"
      ])
  }

  @Test func selfDependencyIsReportedAtTheDependsOn() async throws {
    let source = ModelSource.document(
      """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="lgsp" type="hosting"/>
          </component>
        </components>
      """)
    let result = try await validate(source)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.xmlRules.isEmpty, "\(result)")
    #expect(result.textReport.findings(of: "graph/cycle").isEmpty, "a self-dependency is not also a cycle")
    #expect(
      result.textReport.findings(of: "graph/self-dependency").map(\.description) == [
        "model.xml:6:7: error: component LGSP ('lgsp') depends on itself [graph/self-dependency]"
      ])
  }

  @Test func cycleIsReportedOnceAtItsSmallestID() async throws {
    let source = ModelSource.document(
      """
        <components>
          <component id="portal" kind="web-portal" name="Cổng"/>
          <component id="c" kind="soc" name="C"><dependsOn ref="a"/></component>
          <component id="b" kind="data-centre" name="B"><dependsOn ref="c"/></component>
          <component id="a" kind="lgsp" name="A">
            <dependsOn ref="b"/>
          </component>
        </components>
      """)
    let result = try await validate(source)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.xmlRules.isEmpty, "\(result)")
    #expect(
      result.textReport.findings(of: "graph/cycle").map(\.description) == [
        "model.xml:7:5: error: dependency cycle of 3 components: A ('a') → B ('b') → C ('c') → A ('a') [graph/cycle]"
      ])
  }

  @Test func separateCyclesAreReportedSeparately() async throws {
    let source = ModelSource.document(
      """
        <components>
          <component id="d" kind="eams" name="D"><dependsOn ref="e"/></component>
          <component id="a" kind="lgsp" name="A"><dependsOn ref="b"/></component>
          <component id="b" kind="data-centre" name="B"><dependsOn ref="a"/></component>
          <component id="e" kind="eams" name="E"><dependsOn ref="d"/></component>
        </components>
      """)
    let result = try await validate(source, ["--format", "json"])
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.xmlRules.isEmpty, "\(result)")
    let findings = report.findings(of: "graph/cycle")
    #expect(findings.count == 2, "\(result)")
    #expect(findings.map(\.position) == ["4:5", "5:5"])
    #expect(findings.map(\.component) == ["d", "a"])
    #expect(findings.map(\.related) == [["e"], ["b"]])
    #expect(findings[0].message == "dependency cycle of 2 components: D ('d') → E ('e') → D ('d')")
    #expect(findings[1].message == "dependency cycle of 2 components: A ('a') → B ('b') → A ('a')")
  }

  @Test func unknownRoadmapComponentIsReportedAtTheTask() async throws {
    let source = ModelSource.document(
      """
        <components>
          <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh"/>
        </components>
        <roadmap until="2025">
          <phase number="1" start="2020" title="Hạ tầng"><task action="train">Đào tạo</task><task action="build"
              component="data-center"/></phase>
        </roadmap>
      """)
    let result = try await validate(source)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.xmlRules.isEmpty, "\(result)")
    #expect(
      result.textReport.findings(of: "roadmap/unknown-component").map(\.description) == [
        "model.xml:7:87: error: task of phase 1 names 'data-center', which is not a component of this model; "
          + "did you mean 'data-centre'? [roadmap/unknown-component]"
      ])
  }

  @Test func indicatorAndSuppressionReferencesAreChecked() async throws {
    let source = ModelSource.document(
      """
        <components>
          <component id="portal" kind="web-portal" name="Cổng thông tin"/>
        </components>
        <indicators>
          <indicator id="dvc4" target="30" component="portals"/>
        </indicators>
        <suppressions>
          <suppress rule="graph/cycle" component="nowhere-at-all" reason="đang rà soát"/>
        </suppressions>
      """)
    let result = try await validate(source, ["--format", "json"])
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.xmlRules.isEmpty, "\(result)")
    let findings = report.findings(of: "model/unresolved-reference")
    #expect(findings.count == 2, "\(result)")
    #expect(findings.map(\.position) == ["7:5", "10:5"])
    #expect(findings[0].message.contains("did you mean 'portal'?"))
    #expect(findings[0].related == ["portals", "portal"])
    #expect(findings[1].related == ["nowhere-at-all"])
  }

  /// A `national:KIND` reference is never a dangling reference: it is the framework's catalogue
  /// that says whether KIND is a national system (`framework/unknown-kind`, at the dependsOn).
  @Test func nationalReferencesAreNotDangling() async throws {
    let source = ModelSource.document(
      """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="national:population-db" type="data"/>
            <dependsOn ref="national:national-population-db" type="data"/>
          </component>
        </components>
      """)
    let result = try await validate(source, ["--format", "json"])
    let report = try result.jsonReport()
    #expect(report.xmlRules.isEmpty, "\(result)")
    #expect(report.findings(of: "model/unresolved-reference").isEmpty, "\(result)")
    #expect(report.findings(of: "framework/missing-link").isEmpty, "the LGSP reaches the NGSP: \(result)")
    let unknown = report.findings(of: "framework/unknown-kind")
    #expect(unknown.map(\.position) == ["6:7"], "\(result)")
    #expect(unknown.first?.component == "lgsp")
    #expect(unknown.first?.message.contains("'national:population-db'") == true, "\(result)")
  }

  /// The same references in a model that has everything else: nothing at all to report.
  @Test func nationalReferencesInACompleteModelAreClean() async throws {
    let source = ModelSource.complete(
      components: """
            <component id="ho-tich" kind="sector-application" name="Hộ tịch" status="existing">
              <dependsOn ref="lgsp" type="integration"/>
              <dependsOn ref="national:national-population-db" type="data"/>
              <dependsOn ref="national:national-civil-status-db" type="data"/>
            </component>

        """)
    let result = try await validate(source, ["--fail-on", "note"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n", "\(result)")
  }

  @Test func schemaViolationIsReportedAtTheElement() async throws {
    let source = ModelSource.document(
      """
        <components>
          <component id="a" kind="lgsp" name="A" status="existing"/>
          <component id="b" kind="lgsp" name="B"
                     colour="red"/>
        </components>
      """)
    let result = try await validate(source)
    #expect(result.exitStatus == 1, "\(result)")
    let report = result.textReport
    #expect(report.xmlRules == ["xml/schema"], "\(result)")
    let findings = report.findings(of: "xml/schema")
    #expect(findings.map(\.position) == ["5:5"])
    #expect(findings.first?.message.contains("'colour'") == true)
  }

  @Test func malformedXMLIsReportedWhereTheParserStopped() async throws {
    let source = ModelSource.document(
      """
        <components>
          <component id="a" kind="lgsp" name="A &undefined; B"/>
        </components>
      """)
    let result = try await validate(source)
    #expect(result.exitStatus == 1, "\(result)")
    let findings = result.textReport.findings
    #expect(findings.map(\.rule) == ["xml/malformed"])
    #expect(findings.first?.line == 4)
    #expect(findings.first?.message.contains("undefined") == true)
  }

  @Test func doctypeIsReportedAtItsDeclaration() async throws {
    let source = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- a comment first -->
        <!DOCTYPE architecture>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
        <components/>
      </architecture>
      """
    let result = try await validate(source)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.findings.map(\.position) == ["3:3"])
    #expect(result.textReport.rules == ["xml/doctype"])
  }
}
