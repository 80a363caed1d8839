import Testing

/// A pending link (format 1.1) through the command line: reported as planned, with its date as
/// each language writes it, a note until that date.
@Suite struct LinkStatusCommandTests {
  /// The complete model with its reporting system's link to the Government reporting system
  /// pending: planned for `from`.
  private static func pending(from: String) -> String {
    let link = #"<dependsOn ref="national:government-reporting-system" type="integration"/>"#
    let source = ModelSource.complete
    #expect(source.contains(link))
    return source.replacingOccurrences(
      of: link,
      with:
        #"<dependsOn ref="national:government-reporting-system" type="integration" status="planned" from="\#(from)"/>"#)
  }

  @Test func aPendingLinkIsAPlannedNote() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.pending(from: "2024-06-30"), to: "pending.xml")
    let english = try await CommandRunner.egovarch(["validate", "--format", "json", "pending.xml"], in: directory.url)
    #expect(english.exitStatus == 0, "\(english)")
    let report = try english.jsonReport()
    #expect(report.findings.map(\.rule) == ["framework/missing-link"], "\(english)")
    let finding = try #require(report.findings.first)
    #expect(finding.severity == "note")
    #expect(finding.message.contains("is planned for 30 June 2024, not yet in place"), "\(finding.message)")

    let vietnamese = try await CommandRunner.egovarch(["validate", "--lang", "vi", "pending.xml"], in: directory.url)
    #expect(vietnamese.exitStatus == 0, "\(vietnamese)")
    let line = try #require(vietnamese.textReport.findings(of: "framework/missing-link").first)
    #expect(line.severity == "ghi chú")
    #expect(line.message.contains("dự kiến có từ ngày 30/06/2024, hiện chưa có"), "\(line.message)")
    #expect(!line.message.contains("2024-06-30"))
  }

  @Test func anOverduePlanFailsLikeAMissingLink() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.pending(from: "2023-06-30"), to: "overdue.xml")
    let result = try await CommandRunner.egovarch(["validate", "overdue.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    let finding = try #require(result.textReport.findings(of: "framework/missing-link").first)
    #expect(finding.severity == "error")
    #expect(finding.message.contains("was planned for 30 June 2023 and is not yet in place"), "\(finding.message)")
  }
}
