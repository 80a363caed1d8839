import EgovarchTestSupport
import Foundation
import Testing

/// The language of messages (`--lang`, then `LC_ALL`, `LC_MESSAGES`, `LANG`) and colour.
@Suite struct LanguageAndColorTests {
  /// The Lai Châu draft's output in Vietnamese: its two slips and the gaps of the draft.
  static let vietnameseOutput = """
    models/lai-chau-2.0-draft.xml:57:7: cảnh báo: thành phần Hệ thống thông tin báo cáo tỉnh Lai Châu \
    ('reporting-system') được triển khai ở giai đoạn 1 (2017–2019) nhưng dựa vào Hệ thống thông tin báo \
    cáo Chính phủ ('national:government-reporting-system'), hệ thống chỉ có từ năm 2020 \
    [framework/national-unavailable]
    models/lai-chau-2.0-draft.xml:63:7: lỗi: thành phần Phần mềm đăng ký, quản lý hộ tịch ('ho-tich') \
    phụ thuộc vào 'lgps' nhưng mô hình này không có thành phần nào mang mã đó; có phải ý bạn là 'lgsp'? \
    [model/unresolved-reference]
    models/lai-chau-2.0-draft.xml:68:7: cảnh báo: thành phần Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lai \
    Châu (LGSP) ('lgsp') được triển khai ở giai đoạn 1 (2017–2019) nhưng dựa vào Cơ sở dữ liệu hộ tịch \
    điện tử toàn quốc ('national:national-civil-status-db'), hệ thống chỉ có từ năm 2020 \
    [framework/national-unavailable]
    models/lai-chau-2.0-draft.xml:69:7: cảnh báo: thành phần Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lai \
    Châu (LGSP) ('lgsp') được triển khai ở giai đoạn 1 (2017–2019) nhưng dựa vào Nền tảng thanh toán \
    trực tuyến quốc gia (PayGov) ('national:national-payment-platform'), hệ thống chỉ có từ năm 2020 \
    [framework/national-unavailable]
    models/lai-chau-2.0-draft.xml:112:7: cảnh báo: nhiệm vụ xây dựng Mạng truyền số liệu chuyên dùng cấp \
    II (từ tỉnh đến cấp xã) ('specialised-network') của giai đoạn 1 (2017–2019) chưa hoàn thành dù giai \
    đoạn đã kết thúc vào ngày 31/12/2019 (tính đến ngày 18/08/2020) [roadmap/overdue]
    models/lai-chau-2.0-draft.xml:113:7: cảnh báo: nhiệm vụ xây dựng Hệ thống thông tin báo cáo tỉnh Lai \
    Châu ('reporting-system') của giai đoạn 1 (2017–2019) chưa hoàn thành dù giai đoạn đã kết thúc vào \
    ngày 31/12/2019 (tính đến ngày 18/08/2020) [roadmap/overdue]
    models/lai-chau-2.0-draft.xml:114:7: cảnh báo: nhiệm vụ 'Xây dựng cơ chế khuyến khích thu hút…' của \
    giai đoạn 1 (2017–2019) chưa hoàn thành dù giai đoạn đã kết thúc vào ngày 31/12/2019 (tính đến ngày \
    18/08/2020) [roadmap/overdue]
    models/lai-chau-2.0-draft.xml:115:7: cảnh báo: nhiệm vụ 'Xây dựng chương trình đào tạo nâng cao…' \
    của giai đoạn 1 (2017–2019) chưa hoàn thành dù giai đoạn đã kết thúc vào ngày 31/12/2019 (tính đến \
    ngày 18/08/2020) [roadmap/overdue]
    models/lai-chau-2.0-draft.xml:124:7: lỗi: nhiệm vụ của giai đoạn 2 gắn với thành phần 'workstations' nhưng mô \
    hình này không có thành phần nào mang mã đó [roadmap/unknown-component]
    2 lỗi, 7 cảnh báo, 0 ghi chú trong 1 tệp

    """

  /// Runs the Lai Châu draft with `options` and `environment` from the package root.
  private func laiChau(_ options: [String] = [], environment: [String: String] = [:]) async throws -> CommandResult {
    try await CommandRunner.egovarch(
      ["validate"] + options + ["models/lai-chau-2.0-draft.xml"], in: PackageRoot.url,
      environment: environment)
  }

  @Test func langOptionGivesVietnamese() async throws {
    let result = try await laiChau(["--lang", "vi"])
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardOutput == Self.vietnameseOutput)
  }

  @Test func langOptionOverridesTheEnvironment() async throws {
    let english = try await laiChau(["--lang", "en"], environment: ["LANG": "vi_VN.UTF-8"])
    #expect(english.textReport.summary == "2 errors, 7 warnings, 0 notes in 1 file")
    let vietnamese = try await laiChau(["--lang", "vi"], environment: ["LC_ALL": "en_US.UTF-8"])
    #expect(vietnamese.standardOutput == Self.vietnameseOutput)
  }

  @Test(arguments: [
    (["LANG": "vi_VN.UTF-8"], true),
    (["LANG": "vi"], true),
    (["LC_MESSAGES": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"], true),
    (["LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"], true),
    (["LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"], false),
    (["LC_ALL": "", "LC_MESSAGES": "vi_VN", "LANG": "en_US.UTF-8"], true),
    (["LANG": "C.UTF-8"], false),
    ([:], false),
  ])
  func languageFollowsTheLocaleVariables(_ environment: [String: String], _ vietnamese: Bool) async throws {
    let result = try await laiChau(environment: environment)
    #expect(result.exitStatus == 1, "\(result)")
    if vietnamese {
      #expect(result.standardOutput == Self.vietnameseOutput)
    } else {
      #expect(result.textReport.summary == "2 errors, 7 warnings, 0 notes in 1 file")
      #expect(result.textReport.findings.map(\.severity) == BundledModelCommandTests.laiChauSeverities)
    }
  }

  @Test func noColourWhenStandardOutputIsNotATerminal() async throws {
    let result = try await laiChau()
    #expect(!result.standardOutput.contains("\u{1B}"))
    let never = try await laiChau(["--color", "never"])
    #expect(never.standardOutput == result.standardOutput)
  }

  @Test func colorAlwaysForcesEscapes() async throws {
    let result = try await laiChau(["--color", "always"], environment: ["NO_COLOR": "1"])
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardOutput.contains("\u{1B}["))
    let plain = result.standardOutput.replacing(#/\u{1B}\[[0-9;]*m/#, with: "")
    let uncoloured = try await laiChau()
    #expect(plain == uncoloured.standardOutput)
  }

  @Test func colorAlwaysDoesNotTouchJSON() async throws {
    let result = try await laiChau(["--color", "always", "--format", "json"])
    #expect(!result.standardOutput.contains("\u{1B}"))
    #expect(try result.jsonReport().rules == BundledModelCommandTests.laiChauRules)
  }
}
