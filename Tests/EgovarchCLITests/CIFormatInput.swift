import EgovarchTestSupport

/// A model file for the tests of the CI formats (SARIF, JUnit, GitHub), with the exit status
/// that every format must give, as the text format does.
struct CIFormatInput: Sendable, CustomStringConvertible {
  /// What the input is, for test names.
  var name: String
  /// The file's path relative to the working directory of the run.
  var path: String
  /// The file's content.
  var content: String
  /// The exit status of `egovarch validate` on it, in every format.
  var exitStatus: Int32
  /// `path` as a percent-encoded relative URI.
  var uri: String

  var description: String { name }

  /// A document that is not well-formed.
  static let malformed = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
      <components>
        <component id="a" kind="lgsp" name="A & B" status="existing"/>

    """

  /// A well-formed document that breaks the schema (an unknown status).
  static let schemaError = ModelSource.document(
    """
      <components>
        <component id="a" kind="lgsp" name="A" status="done"/>
      </components>
    """)

  /// The inputs.
  static let all: [CIFormatInput] = [
    CIFormatInput(name: "malformed XML", path: "broken.xml", content: malformed, exitStatus: 1, uri: "broken.xml"),
    CIFormatInput(
      name: "schema error", path: "models/status.xml", content: schemaError, exitStatus: 1, uri: "models/status.xml"),
    CIFormatInput(
      name: "suppressed finding", path: "dien-bien.xml", content: FormatExample.text, exitStatus: 1,
      uri: "dien-bien.xml"),
    CIFormatInput(
      name: "clean model", path: "clean.xml", content: ModelSource.complete, exitStatus: 0, uri: "clean.xml"),
    CIFormatInput(
      name: "awkward file name", path: "thư mục/a b#1?%,c:d'\"&<>.xml", content: FormatExample.text,
      exitStatus: 1, uri: "th%C6%B0%20m%E1%BB%A5c/a%20b%231%3F%25%2Cc%3Ad%27%22%26%3C%3E.xml"),
    CIFormatInput(
      name: "line feed in the file name", path: "new\nline.xml", content: malformed, exitStatus: 1,
      uri: "new%0Aline.xml"),
  ]

  /// Writes the input into `directory` and runs `egovarch validate` on it there with `options`.
  func validate(_ options: [String], in directory: TemporaryDirectory) async throws -> CommandResult {
    try directory.write(content, to: path)
    return try await CommandRunner.egovarch(["validate"] + options + [path], in: directory.url)
  }
}
