import Foundation
import Testing

/// Each model rule reports the exact `line:column` of the `<` of the element it is about.
///
/// Line numbers in the comments count from the XML declaration (line 1).
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
    #expect(
      result.standardOutput == """
        model.xml:7:7: error: 'one-stop' depends on 'lgps', which is not a component of this model; \
        did you mean 'lgsp'? [model/unresolved-reference]
        1 error, 0 warnings, 0 notes in 1 file

        """)
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
    #expect(report.findings.map(\.position) == ["6:7", "10:5"])
    #expect(report.rules == ["model/unresolved-reference", "model/duplicate-id"])
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
    #expect(report.findings.map(\.position) == ["4:\(characterColumn)"])
    #expect(report.rules == ["model/unresolved-reference"])
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
    #expect(
      result.textReport.findings.map(\.description) == [
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
    #expect(
      result.textReport.findings.map(\.description) == [
        "model.xml:6:7: error: 'lgsp' depends on itself [graph/self-dependency]"
      ])
  }

  @Test func cycleIsReportedOnceAtItsEarliestDeclaredComponent() async throws {
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
    #expect(
      result.textReport.findings.map(\.description) == [
        "model.xml:5:5: error: dependency cycle of 3 components: 'c' → 'a' → 'b' → 'c' [graph/cycle]"
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
    let findings = try result.jsonReport().findings
    #expect(findings.map(\.rule) == ["graph/cycle", "graph/cycle"])
    #expect(findings.map(\.position) == ["4:5", "5:5"])
    #expect(findings.map(\.component) == ["d", "a"])
    #expect(findings.map(\.related) == [["e"], ["b"]])
    #expect(findings[0].message == "dependency cycle of 2 components: 'd' → 'e' → 'd'")
    #expect(findings[1].message == "dependency cycle of 2 components: 'a' → 'b' → 'a'")
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
    #expect(
      result.textReport.findings.map(\.description) == [
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
    let findings = try result.jsonReport().findings
    #expect(findings.map(\.rule) == ["model/unresolved-reference", "model/unresolved-reference"])
    #expect(findings.map(\.position) == ["7:5", "10:5"])
    #expect(findings[0].message.contains("did you mean 'portal'?"))
    #expect(findings[0].related == ["portals", "portal"])
    #expect(findings[1].related == ["nowhere-at-all"])
  }

  @Test func nationalReferencesAreNotDangling() async throws {
    let source = ModelSource.document(
      """
        <components>
          <component id="lgsp" kind="lgsp" name="LGSP">
            <dependsOn ref="national:ngsp" type="integration"/>
            <dependsOn ref="national:population-db" type="data"/>
          </component>
        </components>
      """)
    let result = try await validate(source)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes in 1 file\n")
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
    let findings = result.textReport.findings
    #expect(findings.map(\.rule) == ["xml/schema"])
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
