import EgovarchKit

/// A rule example with `↓` markers removed and the positions they marked.
struct MarkedExample: CustomStringConvertible {
  /// The complete document, markers removed.
  let document: String
  /// Where the markers were, in document order.
  let expectedPositions: [SourcePosition]

  /// The envelope wrapped around examples that are not whole documents (`Example.envelope`).
  static let header = Example.envelope

  /// Parses `source`: wraps a fragment into the envelope, then strips and records markers.
  init(_ source: String) {
    self.init(Example(source))
  }

  /// Parses a rule's example: wraps a fragment into the envelope, then strips and records markers.
  init(_ example: Example) {
    let source = example.code
    let text = example.isWholeDocument ? source : MarkedExample.header + "\n" + source + "\n</architecture>\n"
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
