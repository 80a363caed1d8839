import Foundation

/// Reads SARIF logs back with `sarif-tools` (the `sarif` command of the Python package
/// `sarif-tools`), a consumer that egovarch does not write for.
enum SARIFTools {
  /// The counts by level that `sarif summary` prints for `document` (`["error": 2, …]`).
  ///
  /// A missing `sarif` command is an error, never a pass.
  static func summary(_ document: Data) async throws -> [String: Int] {
    let directory = try TemporaryDirectory()
    return try await summary(fileAt: directory.write(document, to: "log.sarif"))
  }

  /// The counts by level that `sarif summary` prints for the log in the file `log`.
  static func summary(fileAt log: URL) async throws -> [String: Int] {
    let directory = try TemporaryDirectory()
    let result = try await CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["sarif", "summary", log.path], in: directory.url,
      timeout: .seconds(300))
    guard result.exitStatus == 0 else { throw SARIFSchemaError.validatorUnavailable("sarif summary failed: \(result)") }
    var counts: [String: Int] = [:]
    for line in result.outputLines {
      guard let match = line.wholeMatch(of: /(error|warning|note|none): ([0-9]+)/) else { continue }
      counts[String(match.1)] = Int(match.2)
    }
    return counts
  }
}
