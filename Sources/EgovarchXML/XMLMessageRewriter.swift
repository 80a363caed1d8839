/// Turns libxml2's messages into egovarch's style: no namespace noise, lowercase, no period.
enum XMLMessageRewriter {
  /// Rewrites one libxml2 message.
  static func readable(_ raw: String) -> String {
    var text = raw.trimmingTrailingWhitespace()
    if text.hasPrefix("Input is not proper UTF-8"), let bytes = text.firstRange(of: "Bytes: ") {
      text = "the text is not valid UTF-8 (bytes " + text[bytes.upperBound...] + ")"
    }
    // One finding is one line: libxml2 sometimes adds a second line of detail.
    text = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    text = text.removingNamespaceBraces()
    text = text.replacing("[facet 'enumeration'] ", with: "")
    text = text.replacing("[facet 'pattern'] ", with: "")
    text = text.replacing("[facet 'minLength'] ", with: "")
    text = text.replacing("[facet 'maxLength'] ", with: "")
    text = text.replacing("[facet 'minInclusive'] ", with: "")
    text = text.replacing("[facet 'maxInclusive'] ", with: "")
    text = text.replacing("[facet 'totalDigits'] ", with: "")
    if text.hasPrefix("Excessive depth in document") {
      text = "elements are nested too deeply (libxml2's limit is 256 levels)"
    }
    text = text.replacing("': The ", with: "': the ").replacing("': This ", with: "': this ")
      .replacing("': No ", with: "': no ").replacing("': Missing ", with: "': missing ")
      .replacing("': Character ", with: "': character ").replacing("': Element ", with: "': element ")
    while text.hasSuffix(".") { text.removeLast() }
    if let first = text.first, first.isUppercase,
      text.dropFirst().first.map({ !$0.isUppercase }) ?? true
    {
      text = first.lowercased() + text.dropFirst()
    }
    return text
  }
}

extension String {
  fileprivate func trimmingTrailingWhitespace() -> String {
    var text = self
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return text
  }

  /// Removes the `{namespace-uri}` prefixes that libxml2 puts before element names, keeping
  /// other braces (such as the set of allowed values `{'a', 'b'}`).
  fileprivate func removingNamespaceBraces() -> String {
    var result = ""
    result.reserveCapacity(count)
    var rest = self[...]
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let inside = rest[rest.index(after: open)..<close]
      let isNamespace = inside.contains(":") && !inside.contains(" ") && !inside.contains("'")
      if !isNamespace { result += rest[open...close] }
      rest = rest[rest.index(after: close)...]
    }
    result += rest
    return result
  }
}
