import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch frameworks` and `egovarch frameworks show`: the built-in frameworks with their
/// decision, period in force and successor, and one framework's requirements with their bases
/// and periods, in both languages and as text, Markdown or JSON.
@Suite struct FrameworksCommandTests {
  private func frameworks(_ arguments: [String], environment: [String: String] = [:]) async throws -> CommandResult {
    try await CommandRunner.egovarch(["frameworks"] + arguments, in: PackageRoot.url, environment: environment)
  }

  /// The unindented, non-empty lines of a text output: one heading per framework (`ID: NAME`)
  /// or per section of `show`.
  private func headings(_ result: CommandResult) -> [String] {
    result.outputLines.filter { !$0.isEmpty && !$0.hasPrefix(" ") }
  }

  /// The ids of the built-in frameworks, in the order `egovarch frameworks --format json` lists
  /// them.
  private func builtInIDs() async throws -> [String] {
    let result = try await frameworks(["--format", "json"])
    let object = try JSONSerialization.jsonObject(with: result.standardOutputBytes) as? [String: Any]
    let list = try #require(object?["frameworks"] as? [[String: Any]], "\(result)")
    return list.compactMap { $0["id"] as? String }
  }

  @Test func listsEveryBuiltInFrameworkInTheOrderTheyTookEffect() async throws {
    let result = try await frameworks([])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    let ids = headings(result).map { String($0.prefix { $0 != ":" }) }
    #expect(ids == (try await builtInIDs()))
    #expect(Array(ids.prefix(2)) == ["1.0", "2.0"], "\(result)")
    let lines = result.outputLines
    #expect(lines.contains("1.0: Vietnam e-Government Architecture Framework, version 1.0"))
    #expect(lines.contains("  issued by: Official letter 1178/BTTTT-THH of 21/04/2015"))
    #expect(lines.contains("  in force: 21 April 2015 – 30 December 2019"))
    #expect(
      lines.contains(
        "  replaced by: 2.0 (Vietnam e-Government Architecture Framework, version 2.0) since 31 December 2019; issued by: Decision 2323/QĐ-BTTTT of 31/12/2019"
      ))
    #expect(lines.contains("  issued by: Decision 2323/QĐ-BTTTT of 31/12/2019"))
    #expect(lines.contains { $0.hasPrefix("  replaced by: 3.0 (") && $0.contains(" since 29 December 2023; ") })
    #expect(lines.contains { $0.hasSuffix("Decision 2568/QĐ-BTTTT of 29/12/2023") })
    // Each block: the issuing decision and the period, then the successor if there is one.
    for heading in headings(result) {
      let block = lines.drop { $0 != heading }.dropFirst().prefix { $0.hasPrefix("  ") }
      #expect(block.first?.hasPrefix("  issued by: ") == true, "\(heading)")
      #expect(block.dropFirst().first?.hasPrefix("  in force: ") == true, "\(heading)")
    }
    #expect(try await frameworks(["list"]).standardOutput == result.standardOutput)
  }

  @Test func listInVietnamese() async throws {
    let result = try await frameworks(["--lang", "vi"])
    #expect(result.exitStatus == 0, "\(result)")
    let lines = result.outputLines
    #expect(lines.contains("1.0: Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 1.0"))
    #expect(lines.contains("  ban hành theo: Công văn 1178/BTTTT-THH ngày 21/04/2015"))
    #expect(lines.contains("  hiệu lực: 21/04/2015 – 30/12/2019"))
    #expect(
      lines.contains(
        "  được thay thế bởi: 2.0 (Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 2.0) từ ngày 31/12/2019; ban hành theo: Quyết định 2323/QĐ-BTTTT ngày 31/12/2019"
      ))
    let fromEnvironment = try await frameworks([], environment: ["LANG": "vi_VN.UTF-8"])
    #expect(fromEnvironment.standardOutput == result.standardOutput)
    let forced = try await frameworks(["--lang", "en"], environment: ["LC_ALL": "vi_VN.UTF-8"])
    #expect(forced.standardOutput == (try await frameworks([])).standardOutput)
  }

  @Test func showPrintsEveryRequirementWithItsBasisAndPeriod() async throws {
    let result = try await frameworks(["show", "2.0"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    #expect(
      headings(result).map { String($0.prefix { $0 != "(" }) } == [
        "2.0: Vietnam e-Government Architecture Framework, version 2.0", "required components ",
        "required links ", "roadmap advice ", "national systems ",
      ])
    let text = result.standardOutput
    #expect(
      text.contains(
        """

          public-service-portal (error): provincial public-service portal
            basis: Decree 61/2018/NĐ-CP of 23/04/2018, Art. 3(5), Art. 25; Resolution 17/NQ-CP of 07/03/2019
            in force: until 30 June 2025
            also satisfied by: provincial administrative-procedure information system ('tthc-system') since 6 December 2021; basis: Decree 107/2021/NĐ-CP of 06/12/2021
            ended by: Official letter 623/TTg-KSTT of 30/05/2025 (secondary source)

        """), "\(result)")
    #expect(
      text.contains(
        """

          email (warning): government e-mail system
            basis: Directive 34/2008/CT-TTg of 03/12/2008
            in force: always

        """))
    #expect(
      text.contains(
        """

          lgsp → national:ngsp (integration, error)
            basis: Circular 13/2017/TT-BTTTT of 23/06/2017, Art. 16(1); Decree 47/2020/NĐ-CP of 09/04/2020, Art. 46
            in force: always
            also met by a link to: National data sharing and coordination platform (National Data Centre) ('national:data-coordination-platform') since 9 October 2024; basis: Decision 1729/QĐ-BTTTT of 09/10/2024

        """))
    #expect(
      text.contains("\n  one-stop-shop → national:national-public-service-portal (integration, error)\n"))
    #expect(
      text.contains(
        """

        roadmap advice (note):
          first phase: data-centre, specialised-network, wan, security-system, lgsp
          basis: Official letter 1178/BTTTT-THH of 21/04/2015, section 4.2
          in force: always

        """))
    #expect(
      text.contains(
        """

          national:ngsp: National data integration and sharing platform (NGSP, NDXP)
            available from 2019, reached through lgsp
            basis: Circular 13/2017/TT-BTTTT of 23/06/2017, Art. 3(13), Art. 17

        """))
  }

  @Test func showInVietnamese() async throws {
    let result = try await frameworks(["show", "2.0", "--lang", "vi"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(
      headings(result).map { String($0.prefix { $0 != "(" }) } == [
        "2.0: Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 2.0", "thành phần bắt buộc ",
        "liên kết bắt buộc ", "khuyến nghị về lộ trình ", "hệ thống quốc gia ",
      ])
    let lines = result.outputLines
    #expect(lines.contains("  public-service-portal (lỗi): cổng dịch vụ công trực tuyến tỉnh"))
    #expect(lines.contains("    hiệu lực: đến ngày 30/06/2025"))
    #expect(lines.contains("    chấm dứt theo: Công văn 623/TTg-KSTT ngày 30/05/2025 (nguồn thứ cấp)"))
    #expect(lines.contains("  one-stop-shop → national:national-public-service-portal (tích hợp, lỗi)"))
    #expect(lines.contains("    sẵn sàng từ năm 2019, kết nối qua lgsp"))
    let fromEnvironment = try await frameworks(["show", "2.0"], environment: ["LC_MESSAGES": "vi_VN"])
    #expect(fromEnvironment.standardOutput == result.standardOutput)
  }

  @Test func showsEveryBuiltInFramework() async throws {
    let ids = try await builtInIDs()
    var blocks: [String] = []
    for id in ids {
      let result = try await frameworks(["show", id])
      #expect(result.exitStatus == 0, "\(result)")
      #expect(result.outputLines.first?.hasPrefix("\(id): ") == true, "\(result)")
      #expect(result.outputLines.contains { $0.hasPrefix("required components (") }, "\(result)")
      blocks.append(result.standardOutput)
    }
    let all = try await frameworks(["show", "--all"])
    #expect(all.exitStatus == 0, "\(all)")
    #expect(all.standardOutput == blocks.joined(separator: "\n"))
  }

  @Test func unknownIdIsAnErrorListingTheKnownOnes() async throws {
    let known = try await builtInIDs().joined(separator: ", ")
    let result = try await frameworks(["show", "9.9"])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(
      result.standardError == "egovarch: error: no built-in framework '9.9': the built-in frameworks are \(known)\n")
    let vietnamese = try await frameworks(["show", "9.9", "--lang", "vi"])
    #expect(vietnamese.exitStatus == 2, "\(vietnamese)")
    #expect(
      vietnamese.standardError
        == "egovarch: error: không có khung kiến trúc có sẵn '9.9': các khung kiến trúc có sẵn là \(known)\n")
    // A framework file is not a built-in id: `show` lists only what egovarch carries.
    let file = try await frameworks(["show", "schemas/frameworks/2.0.xml"])
    #expect(file.exitStatus == 2, "\(file)")
    #expect(file.standardError.contains("'schemas/frameworks/2.0.xml'"), "\(file)")
  }

  @Test func anUnknownIdIsPrintedEscaped() async throws {
    let result = try await frameworks(["show", "x\u{1B}[31m\nfake"])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(!result.standardError.contains("\u{1B}"), "\(result)")
    #expect(result.standardError.split(separator: "\n").count == 1, "\(result)")
  }

  @Test func markdownOfAllIsTheFrameworksDocument() async throws {
    let document = try String(
      contentsOf: PackageRoot.url.appendingPathComponent("docs/frameworks.md"), encoding: .utf8)
    let result = try await frameworks(["show", "--all", "--format", "markdown", "--lang", "en"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(
      result.standardOutput == document,
      "docs/frameworks.md is not what `egovarch frameworks show --all --format markdown --lang en` prints")
    // The list and one framework as Markdown: the same table, without or with one section.
    let list = try await frameworks(["--format", "markdown"])
    #expect(
      list.standardOutput.hasPrefix("# Built-in frameworks\n\n| id | name | issued by | in force | replaced by |\n"))
    #expect(!list.standardOutput.contains("\n## "))
    let one = try await frameworks(["show", "1.0", "--format", "markdown"])
    #expect(
      one.outputLines.filter { $0.hasPrefix("## ") } == [
        "## 1.0: Vietnam e-Government Architecture Framework, version 1.0"
      ])
    #expect(one.standardOutput.contains("\n### Required components\n"))
    let vietnamese = try await frameworks(["show", "1.0", "--format", "markdown", "--lang", "vi"])
    #expect(vietnamese.standardOutput.hasPrefix("# Khung kiến trúc có sẵn\n"), "\(vietnamese)")
  }

  @Test func jsonListsAndShows() async throws {
    let list = try await frameworks(["--format", "json"])
    #expect(list.exitStatus == 0, "\(list)")
    let listed = try #require(
      (try JSONSerialization.jsonObject(with: list.standardOutputBytes) as? [String: Any])?["frameworks"]
        as? [[String: Any]])
    #expect(listed.allSatisfy { $0["components"] == nil && $0["since"] is String })
    let result = try await frameworks(["show", "2.0", "--format", "json"])
    #expect(result.exitStatus == 0, "\(result)")
    let object = try #require(try JSONSerialization.jsonObject(with: result.standardOutputBytes) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    let framework = try #require((object["frameworks"] as? [[String: Any]])?.first)
    #expect(framework["id"] as? String == "2.0")
    #expect(framework["until"] as? String == "2023-12-28")
    #expect((framework["successor"] as? [String: Any])?["id"] as? String == "3.0")
    let components = try #require(framework["components"] as? [[String: Any]])
    #expect(components.contains { $0["kind"] as? String == "one-stop-shop" })
    for component in components {
      #expect((component["instruments"] as? [Any])?.isEmpty == false, "\(component)")
    }
    let links = try #require(framework["links"] as? [[String: Any]])
    #expect(links.contains { ($0["alternatives"] as? [Any])?.isEmpty == false })
    #expect(framework["roadmap"] is [String: Any])
    #expect((framework["nationalSystems"] as? [Any])?.isEmpty == false)
    let again = try await frameworks(["show", "2.0", "--format", "json"])
    #expect(again.standardOutputBytes == result.standardOutputBytes)
  }

  @Test(arguments: [
    ["show"], ["show", "2.0", "--all"], ["show", "1.0", "2.0"], ["--format", "yaml"],
    ["show", "2.0", "--format", "sarif"],
    ["--lang", "fr"], ["list", "extra"], ["--no-such-option"],
  ])
  func badCommandLineIsAUsageError(_ arguments: [String]) async throws {
    let result = try await frameworks(arguments)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(!result.standardError.isEmpty)
  }
}
