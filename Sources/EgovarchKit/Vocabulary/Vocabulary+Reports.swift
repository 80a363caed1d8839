/// The words of the CI formats that are not findings: GitHub's overflow notice, the truncation
/// marker and the Markdown summary's headings.
extension Vocabulary {
  // MARK: CI reports

  /// The notice that `count` findings (`counts`: "2 errors, 0 warnings, 9 notes") are not
  /// annotations because GitHub shows `perKind` of each kind per step, and where to see them.
  public static func notAnnotated(_ count: Int, counts: LocalizedText, perKind: Int) -> LocalizedText {
    LocalizedText(
      en: "\(count) more \(count == 1 ? "finding is" : "findings are") not shown as annotations "
        + "(\(counts.english)): GitHub shows at most \(perKind) errors, \(perKind) warnings and \(perKind) notices "
        + "per step; see every finding in the step summary (--format markdown) or in code scanning (--format sarif)",
      vi: "còn \(count) phát hiện không hiện thành chú thích (\(counts.vietnamese)): GitHub chỉ hiện tối đa "
        + "\(perKind) lỗi, \(perKind) cảnh báo và \(perKind) thông báo cho mỗi bước; xem mọi phát hiện trong "
        + "tóm tắt của bước (--format markdown) hoặc trong quét mã (--format sarif)")
  }

  /// The marker after a message cut short, `bytes` bytes (UTF-8) left out.
  public static func truncated(_ bytes: Int) -> LocalizedText {
    LocalizedText(en: "… [truncated: \(bytes) more bytes]", vi: "… [đã cắt bớt: còn \(bytes) byte]")
  }

  /// The heading of the table of counts by rule, and of its first column.
  public static let rule = LocalizedText(en: "Rule", vi: "Quy tắc")

  /// The heading of the table of counts by file, and of its first column.
  public static let file = LocalizedText(en: "File", vi: "Tệp")

  /// The heading of the column of positions.
  public static let lineColumn = LocalizedText(en: "Line:column", vi: "Dòng:cột")

  /// The heading of the column of messages.
  public static let message = LocalizedText(en: "Message", vi: "Nội dung")

  /// The heading of the column of totals.
  public static let total = LocalizedText(en: "Total", vi: "Tổng")

  /// What a report without findings says.
  public static let noFindings = LocalizedText(en: "No findings.", vi: "Không có phát hiện nào.")

  /// The summary of the collapsed rest of a file's findings.
  public static func moreFindings(_ count: Int) -> LocalizedText {
    LocalizedText(
      en: "\(count) more \(count == 1 ? "finding" : "findings")", vi: "\(count) phát hiện khác")
  }

  /// The line that ends a summary cut short to stay under the size a step summary or a
  /// comment may have: `count` findings are not listed.
  public static func notListed(_ count: Int) -> LocalizedText {
    LocalizedText(
      en: "\(count) more \(count == 1 ? "finding is" : "findings are") not listed, to keep this summary under "
        + "the size GitHub and GitLab accept; see them all with --format text or in code scanning (--format sarif)",
      vi: "còn \(count) phát hiện không được liệt kê để tóm tắt này không vượt quá kích thước GitHub và GitLab "
        + "chấp nhận; xem đầy đủ bằng --format text hoặc trong quét mã (--format sarif)")
  }
}
