import EgovarchKit
import Foundation
import Testing

/// `FrameworkCatalogFormatter`: the text, Markdown and JSON of `egovarch frameworks`, on a small
/// framework that uses every element of the format (instruments with an article, a date in
/// force and a confidence; periods; satisfiedBy; an alternative; endedBy; a successor; roadmap
/// advice with a number of phases; national systems).
@Suite struct FrameworkCatalogFormatterTests {
  static let source = """
    <?xml version="1.0" encoding="UTF-8"?>
    <framework xmlns="urn:egovarch:framework:1" id="t1" name="Khung thử" nameEn="Test framework"
               issued="2019-12-31" until="2023-12-28">
      <instrument type="ministry-decision" number="2323/QĐ-BTTTT" date="2019-12-31"/>
      <successor id="t2" name="Khung thử 2" nameEn="Test framework 2" since="2023-12-29">
        <instrument type="ministry-decision" number="2568/QĐ-BTTTT" date="2023-12-29"/>
      </successor>
      <catalogue>
        <kind id="lgsp" layer="integration" scope="provincial" vi="Nền tảng LGSP" en="LGSP platform"/>
        <kind id="one-stop-shop" layer="applications" scope="provincial" vi="Hệ thống một cửa" en="One-stop system"/>
        <kind id="tthc-system" layer="portals" scope="provincial" vi="Hệ thống TTHC" en="Procedure system"/>
        <kind id="web-portal" layer="portals" scope="provincial" vi="Cổng thông tin" en="Web portal"/>
        <kind id="ngsp" layer="integration" scope="national" available="2019" through="lgsp" vi="NGSP quốc gia" en="National NGSP">
          <instrument type="circular" number="13/2017/TT-BTTTT" date="2017-06-23" article="Điều 17" articleEn="Art. 17"/>
        </kind>
        <kind id="hub" layer="integration" scope="national" available="2024" since="2024-10-09" vi="Nền tảng điều phối" en="Coordination hub">
          <instrument type="ministry-decision" number="1729/QĐ-BTTTT" date="2024-10-09"/>
        </kind>
      </catalogue>
      <requirements>
        <component kind="one-stop-shop">
          <instrument type="decree" number="61/2018/NĐ-CP" date="2018-04-23" inForce="2018-06-21"/>
          <satisfiedBy kind="tthc-system" since="2021-12-06">
            <instrument type="decree" number="107/2021/NĐ-CP" date="2021-12-06"/>
          </satisfiedBy>
        </component>
        <component kind="web-portal" until="2022-08-14">
          <instrument type="decree" number="43/2011/NĐ-CP" date="2011-06-13"/>
          <endedBy type="decree" number="42/2022/NĐ-CP" date="2022-06-24" inForce="2022-08-15" confidence="secondary"/>
        </component>
        <component kind="lgsp" severity="warning" basis="Công văn 1178/BTTTT-THH ngày 21/4/2015" basisEn="Official letter 1178/BTTTT-THH of 21/4/2015"/>
        <link from="one-stop-shop" to="national:ngsp" via="lgsp" type="integration" since="2020-01-01">
          <instrument type="circular" number="13/2017/TT-BTTTT" date="2017-06-23" article="Điều 17" articleEn="Art. 17"/>
          <alternative to="national:hub" since="2024-10-09">
            <instrument type="ministry-decision" number="1729/QĐ-BTTTT" date="2024-10-09"/>
          </alternative>
        </link>
      </requirements>
      <roadmap phases="3" severity="note">
        <instrument type="letter" number="1178/BTTTT-THH" date="2015-04-21" article="mục 4.2" articleEn="section 4.2"/>
        <early kind="lgsp"/>
      </roadmap>
    </framework>
    """

  static func framework() throws -> Framework {
    try FrameworkLoader.load(bytes: Array(source.utf8), path: "t1.xml")
  }

  @Test func englishTextShowsEveryRequirementWithItsBasisAndPeriod() throws {
    let text = FrameworkCatalogFormatter(language: .english).text([try Self.framework()], details: true)
    #expect(
      text == """
        t1: Test framework
          issued by: Decision 2323/QĐ-BTTTT of 31/12/2019
          in force: 31 December 2019 – 28 December 2023
          replaced by: t2 (Test framework 2) since 29 December 2023; issued by: Decision 2568/QĐ-BTTTT of 29/12/2023
        required components (3):
          one-stop-shop (error): one-stop system
            basis: Decree 61/2018/NĐ-CP of 23/04/2018
            in force: always
            also satisfied by: procedure system ('tthc-system') since 6 December 2021; basis: Decree 107/2021/NĐ-CP of 06/12/2021
          web-portal (error): web portal
            basis: Decree 43/2011/NĐ-CP of 13/06/2011
            in force: until 14 August 2022
            ended by: Decree 42/2022/NĐ-CP of 24/06/2022 (secondary source)
          lgsp (warning): LGSP platform
            basis: Official letter 1178/BTTTT-THH of 21/4/2015
            in force: always
        required links (1):
          one-stop-shop → national:ngsp via lgsp (integration, error)
            basis: Circular 13/2017/TT-BTTTT of 23/06/2017, Art. 17
            in force: since 1 January 2020
            also met by a link to: Coordination hub ('national:hub') since 9 October 2024; basis: Decision 1729/QĐ-BTTTT of 09/10/2024
        roadmap advice (note):
          first phase: lgsp
          number of phases: 3
          basis: Official letter 1178/BTTTT-THH of 21/04/2015, section 4.2
          in force: always
        national systems (2):
          national:ngsp: National NGSP
            available from 2019, reached through lgsp
            basis: Circular 13/2017/TT-BTTTT of 23/06/2017, Art. 17
          national:hub: Coordination hub
            available from 2024
            basis: Decision 1729/QĐ-BTTTT of 09/10/2024
            in force: since 9 October 2024

        """)
  }

  @Test func vietnameseTextUsesTheVocabulary() throws {
    let text = FrameworkCatalogFormatter(language: .vietnamese).text([try Self.framework()], details: true)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "t1: Khung thử")
    #expect(lines.contains("  ban hành theo: Quyết định 2323/QĐ-BTTTT ngày 31/12/2019"))
    #expect(lines.contains("  hiệu lực: 31/12/2019 – 28/12/2023"))
    #expect(
      lines.contains(
        "  được thay thế bởi: t2 (Khung thử 2) từ ngày 29/12/2023; ban hành theo: Quyết định 2568/QĐ-BTTTT ngày 29/12/2023"
      ))
    #expect(lines.contains("thành phần bắt buộc (3):"))
    #expect(lines.contains("  one-stop-shop (lỗi): hệ thống một cửa"))
    #expect(lines.contains("    hiệu lực: luôn áp dụng"))
    #expect(
      lines.contains(
        "    cũng được đáp ứng bởi: hệ thống TTHC ('tthc-system') từ ngày 06/12/2021; căn cứ: Nghị định 107/2021/NĐ-CP ngày 06/12/2021"
      ))
    #expect(lines.contains("    chấm dứt theo: Nghị định 42/2022/NĐ-CP ngày 24/06/2022 (nguồn thứ cấp)"))
    #expect(lines.contains("  lgsp (cảnh báo): nền tảng LGSP"))
    #expect(lines.contains("    căn cứ: Công văn 1178/BTTTT-THH ngày 21/4/2015"))
    #expect(lines.contains("liên kết bắt buộc (1):"))
    #expect(lines.contains("  one-stop-shop → national:ngsp đi qua lgsp (tích hợp, lỗi)"))
    #expect(
      lines.contains(
        "    cũng được đáp ứng bằng liên kết tới: Nền tảng điều phối ('national:hub') từ ngày 09/10/2024; căn cứ: Quyết định 1729/QĐ-BTTTT ngày 09/10/2024"
      ))
    #expect(lines.contains("khuyến nghị về lộ trình (ghi chú):"))
    #expect(lines.contains("  giai đoạn đầu: lgsp"))
    #expect(lines.contains("  số giai đoạn: 3"))
    #expect(lines.contains("hệ thống quốc gia (2):"))
    #expect(lines.contains("    sẵn sàng từ năm 2019, kết nối qua lgsp"))
    // Nothing English is left but ids, numbers and the format's values.
    for word in ["issued by", "in force", "always", "required", "basis", "since", "until", "available"] {
      #expect(!text.contains(word), "\(word)")
    }
  }

  @Test func listingLeavesTheRequirementsOut() throws {
    let framework = try Self.framework()
    let formatter = FrameworkCatalogFormatter(language: .english)
    let listing = formatter.text([framework], details: false)
    #expect(listing.split(separator: "\n").count == 4)
    #expect(formatter.text([framework], details: true).hasPrefix(listing))
    #expect(!formatter.markdown([framework], details: false).contains("## "))
    #expect(!formatter.json([framework], details: false).contains("\"components\""))
  }

  @Test func frameworksAreOrderedByTheDayTheyTookEffect() throws {
    let first = try Self.framework()
    var second = first
    second.id = "a-later"
    second.period = InForcePeriod(since: CalendarDate(year: 2023, month: 12, day: 29))
    var undated = first
    undated.id = "0-undated"
    undated.period = .always
    undated.issued = nil
    let ordered = FrameworkCatalogFormatter.inForceOrder([undated, second, first])
    #expect(ordered.map(\.id) == ["t1", "a-later", "0-undated"])
    let builtIn = FrameworkCatalogFormatter.builtIn
    #expect(builtIn.map(\.id) == FrameworkCatalogFormatter.inForceOrder(BuiltInFrameworks.all.values).map(\.id))
    #expect(Set(builtIn.map(\.id)) == Set(BuiltInFrameworks.all.keys))
    #expect(Array(builtIn.map(\.id).prefix(2)) == ["1.0", "2.0"])
    let starts = builtIn.compactMap { $0.period.since }
    #expect(starts.count == builtIn.count && starts == starts.sorted())
  }

  @Test func markdownHasATableOfFrameworksAndOneSectionEach() throws {
    let markdown = FrameworkCatalogFormatter(language: .english).markdown([try Self.framework()], details: true)
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "# Built-in frameworks")
    #expect(lines.contains("| id | name | issued by | in force | replaced by |"))
    #expect(
      lines.contains(
        "| `t1` | Test framework | Decision 2323/QĐ-BTTTT of 31/12/2019 | 31 December 2019 – 28 December 2023 | t2 (Test framework 2) since 29 December 2023; issued by: Decision 2568/QĐ-BTTTT of 29/12/2023 |"
      ))
    #expect(lines.contains("## t1: Test framework"))
    #expect(lines.contains("*Khung thử*"))
    #expect(lines.contains("### Required components"))
    #expect(
      lines.contains(
        "| `one-stop-shop`: one-stop system | error | Decree 61/2018/NĐ-CP of 23/04/2018 | always | procedure system ('tthc-system') since 6 December 2021; basis: Decree 107/2021/NĐ-CP of 06/12/2021 | – |"
      ))
    #expect(
      lines.contains(
        "| `web-portal`: web portal | error | Decree 43/2011/NĐ-CP of 13/06/2011 | until 14 August 2022 | – | Decree 42/2022/NĐ-CP of 24/06/2022 (secondary source) |"
      ))
    #expect(lines.contains("### Required links"))
    #expect(
      lines.contains(
        "| `one-stop-shop` → `national:ngsp` via `lgsp` | integration | error | Circular 13/2017/TT-BTTTT of 23/06/2017, Art. 17 | since 1 January 2020 | Coordination hub ('national:hub') since 9 October 2024; basis: Decision 1729/QĐ-BTTTT of 09/10/2024 | – |"
      ))
    #expect(lines.contains("- First phase: `lgsp`"))
    #expect(lines.contains("- Number of phases: 3"))
    #expect(lines.contains("- Severity: note"))
    #expect(
      lines.contains(
        "| `national:hub`: Coordination hub | 2024 | – | Decision 1729/QĐ-BTTTT of 09/10/2024 | since 9 October 2024 |")
    )
    // Every instrument once, with its Vietnamese citation and the day it took effect.
    #expect(lines.contains("### Instruments cited"))
    #expect(
      lines.contains(
        "| Decree 61/2018/NĐ-CP of 23/04/2018 | Nghị định 61/2018/NĐ-CP ngày 23/04/2018 | error | 2018-06-21 |"))
    #expect(
      lines.filter {
        $0.hasPrefix("| Circular 13/2017/TT-BTTTT of 23/06/2017 | Thông tư 13/2017/TT-BTTTT ngày 23/06/2017 |")
      }
      .count == 1)
    #expect(
      lines.contains(
        "| Decision 1729/QĐ-BTTTT of 09/10/2024 | Quyết định 1729/QĐ-BTTTT ngày 09/10/2024 | warning | 2024-10-09 |"))
    let instrumentRows = lines.drop { $0 != "### Instruments cited" }.filter { $0.hasPrefix("| ") }.dropFirst()
    #expect(instrumentRows.count == 9, "\(instrumentRows)")
  }

  @Test func vietnameseMarkdown() throws {
    let markdown = FrameworkCatalogFormatter(language: .vietnamese).markdown([try Self.framework()], details: true)
    #expect(markdown.hasPrefix("# Khung kiến trúc có sẵn\n"))
    #expect(markdown.contains("\n### Thành phần bắt buộc\n"))
    #expect(
      markdown.contains("\n| loại thành phần | mức độ | căn cứ | hiệu lực | cũng được đáp ứng bởi | chấm dứt theo |\n"))
    #expect(markdown.contains("\n*Test framework*\n"))
    #expect(markdown.contains("| lỗi | Nghị định 61/2018/NĐ-CP ngày 23/04/2018 | luôn áp dụng |"))
    #expect(markdown.contains("\n- Mức độ: ghi chú\n"))
  }

  @Test func theDocumentSaysHowItIsMadeAndRead() throws {
    let formatter = FrameworkCatalogFormatter(language: .english)
    let framework = try Self.framework()
    let document = formatter.document([framework])
    #expect(
      document.contains(
        "\nGenerated by `egovarch frameworks show --all --format markdown --lang en`; do not edit by hand"))
    // The rest is the Markdown of the details.
    let markdown = formatter.markdown([framework], details: true)
    #expect(document.hasSuffix(String(markdown.drop { $0 != "|" })))
  }

  @Test func aCellCannotBreakTheTable() throws {
    var framework = try Self.framework()
    framework.requiredComponents[2].basis = LocalizedText(en: "a | b\nc", vi: "a | b\nc")
    let markdown = FrameworkCatalogFormatter(language: .english).markdown([framework], details: true)
    #expect(markdown.contains("| `lgsp`: LGSP platform | warning | a \\| b c | always | – | – |"))
  }

  @Test func jsonHasEveryFieldInAFixedOrder() throws {
    let framework = try Self.framework()
    let json = FrameworkCatalogFormatter(language: .english).json([framework], details: true)
    #expect(json == FrameworkCatalogFormatter(language: .english).json([framework], details: true))
    #expect(json.hasSuffix("}\n"))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    let frameworks = try #require(object["frameworks"] as? [[String: Any]])
    let first = try #require(frameworks.first)
    #expect(first["id"] as? String == "t1")
    #expect(first["name"] as? String == "Test framework")
    #expect(first["since"] as? String == "2019-12-31")
    #expect(first["until"] as? String == "2023-12-28")
    let successor = try #require(first["successor"] as? [String: Any])
    #expect(successor["id"] as? String == "t2")
    #expect(successor["since"] as? String == "2023-12-29")
    let components = try #require(first["components"] as? [[String: Any]])
    #expect(components.map { $0["kind"] as? String } == ["one-stop-shop", "web-portal", "lgsp"])
    #expect(components.map { $0["severity"] as? String } == ["error", "error", "warning"])
    let instrument = try #require((components[0]["instruments"] as? [[String: Any]])?.first)
    #expect(instrument["type"] as? String == "decree")
    #expect(instrument["number"] as? String == "61/2018/NĐ-CP")
    #expect(instrument["date"] as? String == "2018-04-23")
    #expect(instrument["inForce"] as? String == "2018-06-21")
    #expect(instrument["article"] is NSNull)
    #expect(instrument["confidence"] as? String == "seen")
    #expect(instrument["force"] as? String == "error")
    #expect(instrument["citation"] as? String == "Decree 61/2018/NĐ-CP of 23/04/2018")
    let substitute = try #require((components[0]["satisfiedBy"] as? [[String: Any]])?.first)
    #expect(substitute["kind"] as? String == "tthc-system")
    #expect(substitute["since"] as? String == "2021-12-06")
    #expect(substitute["until"] is NSNull)
    let endedBy = try #require(components[1]["endedBy"] as? [String: Any])
    #expect(endedBy["confidence"] as? String == "secondary")
    #expect(components[2]["instruments"] as? [Any] == nil || (components[2]["instruments"] as? [Any])?.isEmpty == true)
    #expect(components[2]["basis"] as? String == "Official letter 1178/BTTTT-THH of 21/4/2015")
    let link = try #require((first["links"] as? [[String: Any]])?.first)
    #expect(link["to"] as? String == "national:ngsp")
    #expect(link["via"] as? String == "lgsp")
    #expect(link["since"] as? String == "2020-01-01")
    let alternative = try #require((link["alternatives"] as? [[String: Any]])?.first)
    #expect(alternative["to"] as? String == "national:hub")
    #expect(alternative["name"] as? String == "Coordination hub")
    let roadmap = try #require(first["roadmap"] as? [String: Any])
    #expect(roadmap["phases"] as? Int == 3)
    #expect(roadmap["early"] as? [String] == ["lgsp"])
    #expect(roadmap["severity"] as? String == "note")
    let national = try #require(first["nationalSystems"] as? [[String: Any]])
    #expect(national.map { $0["reference"] as? String } == ["national:ngsp", "national:hub"])
    #expect(national[0]["available"] as? Int == 2019)
    #expect(national[1]["through"] is NSNull)
    // Keys in the documented order.
    let keys = json.split(separator: "\n").compactMap { $0.firstMatch(of: /^ {6}"([A-Za-z]+)":/)?.1 }
    #expect(
      keys.map(String.init) == [
        "id", "name", "basis", "instruments", "issued", "since", "until", "successor", "components", "links",
        "roadmap", "nationalSystems",
      ])
  }

  @Test func vietnameseJSONKeepsTheFormatsValues() throws {
    let json = FrameworkCatalogFormatter(language: .vietnamese).json([try Self.framework()], details: true)
    #expect(json.contains("\"name\": \"Khung thử\""))
    #expect(json.contains("\"citation\": \"Nghị định 61/2018/NĐ-CP ngày 23/04/2018\""))
    #expect(json.contains("\"article\": \"Điều 17\""))
    #expect(json.contains("\"severity\": \"error\""))
    #expect(json.contains("\"type\": \"integration\""))
  }

  @Test func anUnknownIdNamesTheKnownOnes() {
    #expect(
      FrameworkCatalogFormatter(language: .english).unknownFramework("9.9", known: ["1.0", "2.0"])
        == "no built-in framework '9.9': the built-in frameworks are 1.0, 2.0")
    #expect(
      FrameworkCatalogFormatter(language: .vietnamese).unknownFramework("9.9", known: ["1.0", "2.0"])
        == "không có khung kiến trúc có sẵn '9.9': các khung kiến trúc có sẵn là 1.0, 2.0")
  }
}
