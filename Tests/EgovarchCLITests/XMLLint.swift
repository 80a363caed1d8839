import Foundation

/// Runs `xmllint` (libxml2-utils) over a document written to a temporary file.
enum XMLLint {
  /// Throws `XMLLintError` unless `xmllint --noout` finds `document` well-formed.
  static func checkWellFormed(_ document: Data) async throws {
    let result = try await run(["--noout"], on: document)
    guard result.exitStatus == 0, result.standardError.isEmpty else {
      if result.exitStatus == 1 {
        throw XMLLintError.notWellFormed(
          messages: result.standardError, document: String(decoding: document, as: UTF8.self))
      }
      throw XMLLintError.failed(result)
    }
  }

  /// The string value of the XPath 1.0 `expression` over `document`.
  static func evaluate(_ expression: String, in document: Data) async throws -> String {
    let result = try await run(["--xpath", expression], on: document)
    guard result.exitStatus == 0 else { throw XMLLintError.failed(result) }
    var value = result.standardOutput
    if value.hasSuffix("\n") { value.removeLast() }
    return value
  }

  private static func run(_ options: [String], on document: Data) async throws -> CommandResult {
    let directory = try TemporaryDirectory()
    let file = try directory.write(document, to: "document.xml")
    return try await CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["xmllint"] + options + [file.path], in: directory.url)
  }
}
