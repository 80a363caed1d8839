import Foundation
import Testing

/// The language of messages (`--lang`, then `LC_ALL`, `LC_MESSAGES`, `LANG`) and colour.
@Suite struct LanguageAndColorTests {
  /// The Lai Châu draft's output in Vietnamese.
  static let vietnameseOutput = """
    models/lai-chau-2.0-draft.xml:62:7: lỗi: 'ho-tich' phụ thuộc vào 'lgps', không phải thành phần của mô hình \
    này; có phải ý bạn là 'lgsp'? [model/unresolved-reference]
    models/lai-chau-2.0-draft.xml:123:7: lỗi: nhiệm vụ của giai đoạn 2 chỉ tới 'workstations', không phải \
    thành phần của mô hình này [roadmap/unknown-component]
    2 lỗi, 0 cảnh báo, 0 ghi chú trong 1 tệp

    """

  /// Runs the Lai Châu draft with `options` and `environment` from the package root.
  private func laiChau(_ options: [String] = [], environment: [String: String] = [:]) async throws -> CommandResult {
    try await CommandRunner.egovarch(
      ["validate"] + options + ["models/lai-chau-2.0-draft.xml"], in: PackageDirectory.root,
      environment: environment)
  }

  @Test func langOptionGivesVietnamese() async throws {
    let result = try await laiChau(["--lang", "vi"])
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardOutput == Self.vietnameseOutput)
  }

  @Test func langOptionOverridesTheEnvironment() async throws {
    let english = try await laiChau(["--lang", "en"], environment: ["LANG": "vi_VN.UTF-8"])
    #expect(english.textReport.summary == "2 errors, 0 warnings, 0 notes in 1 file")
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
      #expect(result.textReport.summary == "2 errors, 0 warnings, 0 notes in 1 file")
      #expect(result.textReport.findings.allSatisfy { $0.severity == "error" })
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
    #expect(try result.jsonReport().findings.count == 2)
  }
}
