import EgovarchKit

/// A rule example with `↓` markers removed and the positions they marked.
struct MarkedExample: CustomStringConvertible {
  /// The complete document, markers removed.
  let document: String
  /// Where the markers were, in document order.
  let expectedPositions: [SourcePosition]

  /// The envelope wrapped around examples that are not whole documents.
  static let header = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0">
    """

  /// Parses `source`: wraps a fragment into the envelope, then strips and records markers.
  init(_ source: String) {
    let text =
      source.contains("<architecture") || source.contains("<!DOCTYPE")
      ? source : MarkedExample.header + "\n" + source + "\n</architecture>\n"
    var clean = ""
    var positions: [SourcePosition] = []
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars {
      if scalar == "↓" {
        positions.append(SourcePosition(line: line, column: column))
        continue
      }
      clean.unicodeScalars.append(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    document = clean
    expectedPositions = positions
  }

  var description: String { document }
}
