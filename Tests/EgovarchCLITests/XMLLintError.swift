/// Why `XMLLint` rejected a document, or could not run.
enum XMLLintError: Error, CustomStringConvertible {
  /// `xmllint --noout` found the document not well-formed.
  case notWellFormed(messages: String, document: String)
  /// `xmllint` did not run as expected (missing, or an XPath error).
  case failed(CommandResult)

  var description: String {
    switch self {
    case .notWellFormed(let messages, let document):
      let excerpt = document.count <= 2_000 ? document : String(document.prefix(2_000)) + "…"
      return "xmllint finds the document not well-formed:\n\(messages)\n--- document:\n\(excerpt)"
    case .failed(let result):
      return "xmllint (libxml2-utils) did not run as expected: \(result)"
    }
  }
}
