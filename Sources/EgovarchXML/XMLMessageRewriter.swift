/// Turns libxml2's messages into egovarch's style: no namespace noise, lowercase, no period.
enum XMLMessageRewriter {
  /// Rewrites one libxml2 message.
  static func readable(_ raw: String) -> String {
    var text = raw.trimmingTrailingWhitespace()
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

  /// Removes `{namespace-uri}` prefixes that libxml2 puts before element names.
  fileprivate func removingNamespaceBraces() -> String {
    var result = ""
    result.reserveCapacity(count)
    var skipping = false
    for character in self {
      if character == "{" {
        skipping = true
      } else if character == "}" && skipping {
        skipping = false
      } else if !skipping {
        result.append(character)
      }
    }
    return skipping ? self : result
  }
}
