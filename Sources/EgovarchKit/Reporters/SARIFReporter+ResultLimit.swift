extension SARIFReporter {
  /// The id of the tool notification that says how many results were left out.
  public static let resultsLeftOutID = "egovarch/results-left-out"

  /// The indices of the findings written when at most `limit` may be, in document order: all
  /// of them when they fit; else the unsuppressed before the suppressed, the most severe
  /// first, and of equal ones those that come first in the document (file, line, column).
  static func keptIndices(of findings: [Finding], limit: Int) -> [Int] {
    guard findings.count > limit else { return Array(findings.indices) }
    let ranked = findings.indices.sorted { left, right in
      let (first, second) = (findings[left], findings[right])
      if first.isSuppressed != second.isSuppressed { return !first.isSuppressed }
      if first.severity != second.severity { return first.severity > second.severity }
      return left < right
    }
    return ranked.prefix(max(0, limit)).sorted()
  }

  /// The `invocation` of a run that writes `reported` of `total` results: it completed, and a
  /// warning says how many results were left out and why.
  func invocation(reported: Int, of total: Int) -> JSONValue {
    let left = total - reported
    let message = LocalizedText(
      en: "\(reported) of \(total) results are in this log, the most severe first: the other \(left) are left out, "
        + "because GitHub code scanning accepts at most \(resultLimit) results per run "
        + "(the text and JSON formats list every finding)",
      vi: "nhật ký này có \(reported) trong số \(total) kết quả, ưu tiên mức nghiêm trọng cao nhất: \(left) kết quả "
        + "còn lại bị lược bỏ vì GitHub code scanning chỉ nhận tối đa \(resultLimit) kết quả "
        + "mỗi lần chạy (định dạng text và JSON liệt kê mọi phát hiện)")
    let notification: JSONValue = .object([
      ("descriptor", .object([("id", .string(Self.resultsLeftOutID))])),
      ("level", .string("warning")),
      ("message", .object([("text", .string(message.text(in: settings.language)))])),
    ])
    return .object([
      ("executionSuccessful", .boolean(true)),
      ("toolExecutionNotifications", .array([notification])),
    ])
  }
}
